package org.doorstep.base.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.logging.Log;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.boot.logging.DeferredLogs;
import org.springframework.mock.env.MockEnvironment;

class EmbeddedDatabaseEnvironmentTest {

    @Test
    void an_external_database_url_starts_no_embedded_database_and_no_demo_data() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db.example:5432/doorstep");

        new EmbeddedDatabaseEnvironment(new DeferredLogs()).postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getPropertySources().contains("doorstepEmbeddedDatabase")).isFalse();
        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://db.example:5432/doorstep");
        assertThat(environment.getProperty("doorstep.demo-data")).isNull();
    }

    @Test
    void the_database_mode_line_names_the_database_without_its_credentials() {
        List<String> lines = new ArrayList<>();
        MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url",
                "jdbc:postgresql://doorstep:s3cret@db.example:5432/doorstep?ssl=true&password=s3cret&sslpassword=k3y");

        new EmbeddedDatabaseEnvironment(recording(lines)).postProcessEnvironment(environment, new SpringApplication());

        assertThat(lines).singleElement().satisfies(line -> assertThat(line)
                .startsWith("Database mode: external PostgreSQL at jdbc:postgresql://***@db.example:5432/doorstep?ssl=true")
                .doesNotContain("s3cret").doesNotContain("k3y").doesNotContain("doorstep:"));
    }

    @Test
    void the_embedded_databases_url_is_logged_without_its_user_and_password_parameters() {
        assertThat(JdbcUrls.redacted("jdbc:postgresql://localhost:41234/postgres?user=postgres&password=postgres"))
                .isEqualTo("jdbc:postgresql://localhost:41234/postgres?user=***&password=***");
        assertThat(JdbcUrls.redacted("jdbc:postgresql://db:5432/doorstep")).isEqualTo("jdbc:postgresql://db:5432/doorstep");
    }

    /** A log factory whose logs keep every info line (the real one defers them until logging is set up). */
    private static DeferredLogFactory recording(List<String> lines) {
        Log log = (Log) Proxy.newProxyInstance(Log.class.getClassLoader(), new Class<?>[] {Log.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("info") && args != null) {
                        lines.add(String.valueOf(args[0]));
                    }
                    return method.getReturnType() == boolean.class ? true : null;
                });
        return destination -> log;
    }
}
