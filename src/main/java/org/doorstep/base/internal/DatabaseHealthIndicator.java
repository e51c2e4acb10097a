package org.doorstep.base.internal;

import org.doorstep.base.DatabaseAvailability;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Readiness's view of PostgreSQL ("database"): the probe's latest answer, so a load balancer asking during an
 * outage hears DOWN at once instead of after a connection timeout (Spring's "db" check is switched off).
 */
@Component("databaseHealthIndicator")
class DatabaseHealthIndicator implements HealthIndicator {

    private final DatabaseAvailability database;

    DatabaseHealthIndicator(DatabaseAvailability database) {
        this.database = database;
    }

    @Override
    public Health health() {
        return database.reachable() ? Health.up().build()
                : Health.down().withDetail("reason", "PostgreSQL cannot be reached").build();
    }
}
