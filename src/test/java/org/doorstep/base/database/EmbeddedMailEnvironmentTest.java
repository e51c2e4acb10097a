package org.doorstep.base.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogs;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.mock.env.MockEnvironment;

class EmbeddedMailEnvironmentTest {

    private static void process(MockEnvironment environment, SpringApplication application) {
        new EmbeddedMailEnvironment(new DeferredLogs()).postProcessEnvironment(environment, application);
    }

    @Test
    void a_configured_smtp_host_starts_no_embedded_server() {
        MockEnvironment environment = new MockEnvironment().withProperty("spring.mail.host", "smtp.example.org");

        process(environment, new SpringApplication());

        assertThat(environment.getPropertySources().contains("doorstepEmbeddedMail")).isFalse();
        assertThat(environment.getProperty("spring.mail.host")).isEqualTo("smtp.example.org");
    }

    @Test
    void a_jar_without_greenmail_starts_none_and_leaves_mail_unconfigured() {
        ClassLoader withoutGreenMail = new ClassLoader(getClass().getClassLoader()) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                if (name.startsWith("com.icegreen.")) {
                    throw new ClassNotFoundException(name);
                }
                return super.loadClass(name, resolve);
            }
        };
        SpringApplication application = new SpringApplication();
        application.setResourceLoader(new DefaultResourceLoader(withoutGreenMail));

        MockEnvironment environment = new MockEnvironment();
        process(environment, application);

        assertThat(environment.getProperty("spring.mail.host")).isNull();
        assertThat(environment.getPropertySources().contains("doorstepEmbeddedMail")).isFalse();
    }

    @Test
    void an_external_database_starts_none_unless_asked() {
        MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/doorstep");

        process(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.mail.host")).isNull();
    }

    @Test
    void the_embedded_mode_points_spring_mail_at_greenmail_and_keeps_sent_bodies() {
        MockEnvironment environment = new MockEnvironment();
        try {
            process(environment, new SpringApplication());

            assertThat(environment.getProperty("spring.mail.host")).isEqualTo("127.0.0.1");
            assertThat(environment.getProperty("spring.mail.port", Integer.class)).isEqualTo(EmbeddedMailServer.current().port());
            assertThat(environment.getProperty("doorstep.mail.keep-sent-bodies")).isEqualTo("true");
        } finally {
            EmbeddedMailServer.release();
        }
    }
}
