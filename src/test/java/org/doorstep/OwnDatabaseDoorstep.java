package org.doorstep;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * A Doorstep on a free port with a PostgreSQL of its own (not the one other tests share), which a test may stop
 * and start again on the same port and data, as a database restart under a running app.
 */
public final class OwnDatabaseDoorstep implements AutoCloseable {

    private final Path dataDirectory;
    private final int databasePort;
    private EmbeddedPostgres postgres;
    private ConfigurableApplicationContext app;

    private OwnDatabaseDoorstep() throws IOException {
        dataDirectory = Files.createTempDirectory("doorstep-own-pg");
        try (ServerSocket free = new ServerSocket(0)) {
            databasePort = free.getLocalPort();
        }
    }

    public static OwnDatabaseDoorstep start() throws IOException {
        OwnDatabaseDoorstep doorstep = new OwnDatabaseDoorstep();
        doorstep.startDatabase();
        doorstep.app = AnotherInstance.start(
                "--server.port=0",
                "--spring.datasource.url=jdbc:postgresql://localhost:" + doorstep.databasePort + "/postgres",
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres");
        return doorstep;
    }

    public URI base() {
        return URI.create("http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort() + "/");
    }

    public void stopDatabase() throws IOException {
        postgres.close();
        postgres = null;
    }

    public void startDatabase() throws IOException {
        postgres = EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false)
                .setPort(databasePort).start();
    }

    /** The first column of the first row, or "none". */
    public String query(String sql) {
        try (Connection db = postgres.getPostgresDatabase().getConnection(); Statement statement = db.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            return row.next() ? row.getString(1) : "none";
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        if (app != null) {
            AnotherInstance.stop(app);
        }
        if (postgres != null) {
            postgres.close();
        }
        try {
            FileSystemUtils.deleteRecursively(dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
