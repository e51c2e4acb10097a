package org.doorstep.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

class DatabaseAvailabilityTest {

    @Test
    void a_refused_connection_deep_in_the_causes_is_an_outage() {
        var pool = new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out"
                + " after 1000ms", "08001", new SQLException("Connection to localhost:5432 refused", "08001"));
        var jpa = new CannotCreateTransactionException("Could not open JPA EntityManager for transaction", pool);

        assertThat(DatabaseAvailability.isOutage(jpa)).isTrue();
    }

    @Test
    void a_server_shutting_down_or_starting_is_an_outage() {
        assertThat(DatabaseAvailability.isOutage(new SQLException("terminating connection", "57P01"))).isTrue();
        assertThat(DatabaseAvailability.isOutage(new SQLException("the database system is starting up", "57P03")))
                .isTrue();
        assertThat(DatabaseAvailability.isOutage(new RuntimeException(new ConnectException("Connection refused"))))
                .isTrue();
    }

    @Test
    void a_busy_pool_or_a_broken_rule_is_not_an_outage() {
        var busy = new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out"
                        + " after 1000ms (total=10, active=10, idle=0, waiting=3)"));
        var duplicate = new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key value violates unique constraint", "23505"));

        assertThat(DatabaseAvailability.isOutage(busy)).isFalse();
        assertThat(DatabaseAvailability.isOutage(duplicate)).isFalse();
        assertThat(DatabaseAvailability.isOutage(new IllegalStateException("a bug"))).isFalse();
    }
}
