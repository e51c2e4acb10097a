package org.doorstep.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's HAProxy, run with the production configuration {@code docker/haproxy.cfg} in front of local app
 * instances: the configuration reads its addresses from {@code DOORSTEP_LB_*} variables, which this sets to
 * free local ports. Where HAProxy is missing a local run skips the journey and says so; on CI (CI=true) it
 * fails, since CI installs it.
 */
final class Haproxy implements AutoCloseable {

    static final File BINARY = new File("/usr/sbin/haproxy");
    static final Path CONFIGURATION = Path.of("docker", "haproxy.cfg");

    final int port;
    private final int statsPort;
    private final Process process;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Haproxy(int port, int statsPort, Process process) {
        this.port = port;
        this.statsPort = statsPort;
        this.process = process;
    }

    static void assumeInstalled() {
        if (!BINARY.canExecute()) {
            String message = "Load-balanced journey needs haproxy at " + BINARY + " (apt-get install -y haproxy)";
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(message + ": CI must install it");
            }
            System.err.println("SKIPPED: " + message);
            Assumptions.abort(message);
        }
    }

    /** HAProxy in the foreground before app1 and app2 (local ports), its log in target/haproxy-journey.log. */
    static Haproxy start(int app1Port, int app2Port) throws IOException {
        int port = freePort();
        int statsPort = freePort();
        ProcessBuilder builder = new ProcessBuilder(BINARY.getPath(), "-db", "-f", CONFIGURATION.toString());
        builder.environment().put("DOORSTEP_LB_BIND", "127.0.0.1:" + port);
        builder.environment().put("DOORSTEP_LB_STATS_BIND", "127.0.0.1:" + statsPort);
        builder.environment().put("DOORSTEP_LB_APP1", "127.0.0.1:" + app1Port);
        builder.environment().put("DOORSTEP_LB_APP2", "127.0.0.1:" + app2Port);
        Files.createDirectories(Path.of("target"));
        builder.redirectErrorStream(true).redirectOutput(Path.of("target", "haproxy-journey.log").toFile());
        return new Haproxy(port, statsPort, builder.start());
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Waits until HAProxy's own health check reports the server so ("UP", "DOWN"), as its status page says. */
    void awaitServer(String server, String state) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        String last = "no answer";
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("HAProxy stopped: see target/haproxy-journey.log");
            }
            last = serverStatus(server);
            if (last.startsWith(state)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("HAProxy's " + server + " stayed " + last + ", not " + state);
    }

    /** The status column of the server's line in the CSV of the status page. */
    private String serverStatus(String server) throws InterruptedException {
        try {
            String csv = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + statsPort + "/stats;csv"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString()).body();
            List<String> lines = csv.lines().toList();
            List<String> header = Arrays.asList(lines.getFirst().replaceFirst("^# ", "").split(","));
            int name = header.indexOf("svname");
            int status = header.indexOf("status");
            return lines.stream().map(line -> line.split(",", -1))
                    .filter(fields -> fields.length > status && fields[0].equals("doorstep_apps") && fields[name].equals(server))
                    .map(fields -> fields[status]).findFirst().orElse("missing");
        } catch (IOException e) {
            return "no answer (" + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
