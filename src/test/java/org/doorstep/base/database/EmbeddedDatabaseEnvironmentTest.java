package org.doorstep.base.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
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
}
