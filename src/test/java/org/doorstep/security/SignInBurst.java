package org.doorstep.security;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Sign-in burst (docs/benchmarks.md): a room signing in at once against a Doorstep that is already running.
 * Starts nothing: it inserts {@code people} trainee accounts straight into that Doorstep's database (one
 * Argon2id hash of today's settings, made here once), fires all their sign-ins at the same moment from this
 * one address ({@code typos} of them first with a wrong password), waits for every answer (up to 5 minutes
 * each), reports what came back and how long it took, and deletes the accounts again.
 *
 * <pre>./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.doorstep.security.SignInBurst \
 *   -Dexec.args="http://localhost:8095 jdbc:postgresql://127.0.0.1:5432/doorstep_signin postgres - 200 0"</pre>
 */
public final class SignInBurst {

    private static final String PASSWORD = "a burst of kettles at nine sharp";

    private record Outcome(boolean signedIn, long millis, String problem) {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8095";
        String jdbcUrl = args.length > 1 ? args[1] : "jdbc:postgresql://127.0.0.1:5432/doorstep_signin";
        String user = args.length > 2 ? args[2] : "postgres";
        String password = args.length > 3 && !args[3].equals("-") ? args[3] : ""; // "-": none (trust authentication)
        int people = args.length > 4 ? Integer.parseInt(args[4]) : 200;
        int typos = args.length > 5 ? Integer.parseInt(args[5]) : 0;
        String prefix = "burst-" + UUID.randomUUID().toString().substring(0, 6) + "-";

        try (Connection db = DriverManager.getConnection(jdbcUrl, user, password)) {
            List<String> usernames = insertAccounts(db, prefix, people);
            try {
                run(base, usernames, typos);
            } finally {
                for (String table : List.of("app_user", "login_failure")) {
                    try (PreparedStatement delete = db.prepareStatement("delete from " + table + " where username like ?")) {
                        delete.setString(1, prefix + "%");
                        delete.executeUpdate();
                    }
                }
            }
        }
        System.exit(0);
    }

    private static List<String> insertAccounts(Connection db, String prefix, int people) throws Exception {
        String hash = SecurityConfiguration.argon2id().encode(PASSWORD);
        long organisation;
        try (ResultSet row = db.createStatement().executeQuery("""
                insert into organisation (name) values ('Sign-in burst') on conflict (name) do update set name = excluded.name
                returning id""")) {
            row.next();
            organisation = row.getLong(1);
        }
        List<String> usernames = new ArrayList<>();
        try (PreparedStatement account = db.prepareStatement("""
                with inserted as (insert into app_user (username, display_name, password_hash, organisation_id)
                                  values (?, ?, ?, ?) returning id)
                insert into user_role (user_id, role) select id, 'TRAINEE' from inserted""")) {
            for (int i = 0; i < people; i++) {
                String username = prefix + i;
                account.setString(1, username);
                account.setString(2, "Burst Person " + i);
                account.setString(3, hash);
                account.setLong(4, organisation);
                account.addBatch();
                usernames.add(username);
            }
            account.executeBatch();
        }
        return usernames;
    }

    private static void run(String base, List<String> usernames, int typos) throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Outcome>> futures = new ArrayList<>();
        long began;
        try (ExecutorService threads = Executors.newFixedThreadPool(usernames.size())) {
            for (int i = 0; i < usernames.size(); i++) {
                String username = usernames.get(i);
                boolean typo = i < typos;
                futures.add(threads.submit(() -> {
                    start.await();
                    long t0 = System.nanoTime();
                    try {
                        if (typo && signIn(http, base, username, "a typo, surely") == Boolean.TRUE) {
                            return new Outcome(false, 0, "a wrong password signed in");
                        }
                        boolean in = signIn(http, base, username, PASSWORD);
                        return new Outcome(in, (System.nanoTime() - t0) / 1_000_000, in ? null : "sent back to /login?error");
                    } catch (Exception e) {
                        return new Outcome(false, (System.nanoTime() - t0) / 1_000_000, e.toString());
                    }
                }));
            }
            began = System.nanoTime();
            start.countDown();
        }
        long wall = (System.nanoTime() - began) / 1_000_000;
        List<Long> times = new ArrayList<>();
        int signedIn = 0;
        int withinAMinute = 0;
        for (Future<Outcome> future : futures) {
            Outcome outcome = future.get();
            times.add(outcome.millis());
            if (outcome.signedIn()) {
                signedIn++;
                withinAMinute += outcome.millis() <= 60_000 ? 1 : 0;
            } else {
                System.out.println("refused: " + outcome.problem());
            }
        }
        Collections.sort(times);
        System.out.printf("%d sign-ins (%d after a typo) from one address in %.1f s: %d signed in, %d not%n",
                usernames.size(), typos, wall / 1000.0, signedIn, usernames.size() - signedIn);
        System.out.printf("time to signed in: p50 %d ms, p95 %d ms, max %d ms; signed in within 60 s: %d%n",
                times.get(times.size() / 2), times.get((int) (times.size() * 0.95) - 1), times.getLast(), withinAMinute);
    }

    /** True when sent home, false when sent back with an error; an exception for anything else (500, timeout). */
    private static boolean signIn(HttpClient http, String base, String username, String password) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/login")).timeout(Duration.ofMinutes(5))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)))
                .build();
        HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || !location.matches(".*/(login\\?error)?")) {
            throw new IllegalStateException("HTTP " + response.statusCode() + " to " + location);
        }
        return !location.endsWith("/login?error");
    }
}
