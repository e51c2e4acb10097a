package org.doorstep.base.database;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * In the embedded mode (no SPRING_DATASOURCE_URL) and in tests (doorstep.mail.embedded=true), starts an
 * embedded GreenMail SMTP server and points spring.mail at it, unless spring.mail.host names a real one.
 * The production jar carries no GreenMail, so it never starts there. Runs just before the database choice,
 * which would otherwise set spring.datasource.url itself.
 */
class EmbeddedMailEnvironment implements EnvironmentPostProcessor, Ordered {

    static final String GREENMAIL_CLASS = "com.icegreen.greenmail.util.GreenMail";

    private final Log log;

    EmbeddedMailEnvironment(DeferredLogFactory logFactory) {
        this.log = logFactory.getLog(EmbeddedMailEnvironment.class);
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 1;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean embeddedMode = !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
        boolean wanted = environment.getProperty("doorstep.mail.embedded", Boolean.class, embeddedMode);
        String host = environment.getProperty("spring.mail.host");
        if (StringUtils.hasText(host)) {
            log.info("Mail mode: SMTP at " + host + ":" + environment.getProperty("spring.mail.port", "25"));
            return;
        }
        if (!wanted || !ClassUtils.isPresent(GREENMAIL_CLASS, application.getClassLoader())) {
            log.info("Mail mode: no SMTP server configured (SPRING_MAIL_HOST); mail stays queued in mail_outbox");
            return;
        }
        int port = EmbeddedMailServer.acquire().port();
        log.info("Mail mode: embedded GreenMail SMTP at 127.0.0.1:" + port + " (mail is kept in memory, never delivered)");
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.mail.host", "127.0.0.1");
        properties.put("spring.mail.port", String.valueOf(port));
        if (!environment.containsProperty("doorstep.mail.keep-sent-bodies")) {
            // Developers read what was sent on the Outbox page; nobody else receives it. (Tests erase, as production.)
            properties.put("doorstep.mail.keep-sent-bodies", "true");
        }
        environment.getPropertySources().addFirst(new MapPropertySource("doorstepEmbeddedMail", properties));
        application.addInitializers(EmbeddedMailEnvironment::exposeAndReleaseOnClose);
    }

    /** Tests read the received mail from the bean; the server stops when the last context using it closes. */
    private static void exposeAndReleaseOnClose(ConfigurableApplicationContext context) {
        var beans = context.getBeanFactory();
        beans.registerSingleton("embeddedMailServer",
                Objects.requireNonNull(EmbeddedMailServer.current(), "acquired when the environment was prepared"));
        if (beans instanceof org.springframework.beans.factory.support.DefaultSingletonBeanRegistry registry) {
            registry.registerDisposableBean("embeddedMailRelease", EmbeddedMailServer::release);
        }
    }
}
