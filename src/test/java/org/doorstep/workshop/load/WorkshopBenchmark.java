package org.doorstep.workshop.load;

import java.io.IOException;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A live session of 500 trainee screens on one running Doorstep: how long a trainer's step change takes to reach
 * every screen, and the server's heap per trainee screen. Trainees and trainer are headless {@link VaadinClient}s;
 * the trainer clicks the presenter's Next button over Vaadin's protocol, as a browser would.
 *
 * <p>Arguments: base URL, JDBC URL of the app's database (to create the room), trainees (500), sign-ins at a time
 * (8), steps (5), the app's process id for its heap (found with {@code jcmd -l} when left out).
 * See docs/benchmarks.md for the commands.
 */
public final class WorkshopBenchmark {

    static final String PASSWORD = "benchmark passphrase, not for people";
    static final String LESSON = "four-criteria";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private WorkshopBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args.length > 0 ? args[0] : "http://localhost:8080/");
        String jdbcUrl = args.length > 1 ? args[1] : "jdbc:postgresql://127.0.0.1:5432/doorstep_bench?user=postgres";
        int count = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        int parallel = args.length > 3 ? Integer.parseInt(args[3]) : 8;
        int steps = args.length > 4 ? Integer.parseInt(args[4]) : 5;
        String pid = args.length > 5 ? args[5] : ServerHeap.findPid("doorstep");

        String code;
        try (Connection db = DriverManager.getConnection(jdbcUrl)) {
            code = BenchmarkRoom.create(db, count, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode(PASSWORD));
        }
        System.out.printf("session %s of %s with %d trainees who joined; app pid %s%n", code, LESSON, count, pid);

        VaadinClient trainer = new VaadinClient().signIn(base, BenchmarkRoom.TRAINER, PASSWORD);
        int next = nodeWithId(trainer.open("workshop/" + code + "/present"), "presenter-next");

        long heapBefore = ServerHeap.usedAfterGc(pid);
        long start = System.nanoTime();
        List<VaadinClient> trainees = VaadinClients.open(base, BenchmarkRoom::trainee, PASSWORD, "workshop/" + code,
                count, parallel);
        double seconds = (System.nanoTime() - start) / 1e9;
        long heapAfter = ServerHeap.usedAfterGc(pid);
        System.out.printf("%d trainee screens open in %.1f s (%d at a time)%n", trainees.size(), seconds, parallel);
        System.out.printf("server heap after GC: %.1f -> %.1f MiB, %.0f KiB a trainee screen%n", heapBefore / 1048576.0,
                heapAfter / 1048576.0, (heapAfter - heapBefore) / 1024.0 / count);

        for (int step = 2; step <= steps + 1; step++) {
            long clicked = System.nanoTime();
            trainer.sendEvent(next, "click", Map.of());
            PushLatency latency = PushLatency.await(clicked, trainees, "Step " + step + " of ", Duration.ofSeconds(30));
            System.out.println("step " + step + ": " + latency);
            Thread.sleep(1000);
        }
        long open = trainees.stream().filter(VaadinClient::pushConnected).count();
        System.out.println("websockets still open: " + open + "/" + trainees.size());
        trainer.close();
        VaadinClients.closeAll(trainees);
    }

    /** The state node of the element with this id attribute, from the UIDL that created it. */
    static int nodeWithId(String uidl, String id) {
        for (JsonNode change : JSON.readTree(uidl).path("changes")) {
            if ("id".equals(change.path("key").asString()) && id.equals(change.path("value").asString())) {
                return change.path("node").asInt();
            }
        }
        throw new IllegalStateException("No element with id " + id + " in the view's UIDL");
    }

    /** A room of its own: a trainer, a cohort, trainees who joined a live session; the previous run's goes first. */
    static final class BenchmarkRoom {

        static final String TRAINER = "bench-trainer";

        static String trainee(int i) {
            return String.format("bench-%04d", i);
        }

        static String create(Connection db, int count, String hash) throws Exception {
            db.setAutoCommit(false);
            execute(db, "delete from app_user where username like 'bench-%'");
            execute(db, "delete from cohort where name = 'Benchmark cohort'");
            long organisation = id(db, "insert into organisation (name) values ('Benchmark Ltd') "
                    + "on conflict (name) do update set name = excluded.name returning id");
            long trainer = id(db, "insert into app_user (username, display_name, password_hash, organisation_id) "
                    + "values ('" + TRAINER + "', 'Bench Trainer', ?, " + organisation + ") returning id", hash);
            execute(db, "insert into user_role (user_id, role) values (" + trainer + ", 'TRAINER')");
            long cohort = id(db, "insert into cohort (organisation_id, name, join_code, trainer_id) values ("
                    + organisation + ", 'Benchmark cohort', 'BENCH' || floor(random() * 1000)::int, " + trainer + ") returning id");
            String code = "B" + Long.toString(System.nanoTime() % 60_000_000L, 36).toUpperCase();
            long session = id(db, "insert into workshop_session (cohort_id, trainer_id, lesson_slug, join_code, starts_at) "
                    + "values (" + cohort + ", " + trainer + ", '" + LESSON + "', '" + code + "', now()) returning id");
            try (PreparedStatement insert = db.prepareStatement("""
                    with u as (insert into app_user (username, display_name, password_hash, organisation_id)
                               values (?, ?, ?, ?) returning id),
                         r as (insert into user_role (user_id, role) select id, 'TRAINEE' from u),
                         m as (insert into cohort_member (cohort_id, user_id) select ?, id from u)
                    insert into workshop_attendee (session_id, user_id, joined_at) select ?, id, now() from u""")) {
                for (int i = 0; i < count; i++) {
                    insert.setString(1, trainee(i));
                    insert.setString(2, "Bench Trainee " + i);
                    insert.setString(3, hash);
                    insert.setLong(4, organisation);
                    insert.setLong(5, cohort);
                    insert.setLong(6, session);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            db.commit();
            return code;
        }

        private static void execute(Connection db, String sql) throws Exception {
            try (var statement = db.createStatement()) {
                statement.execute(sql);
            }
        }

        private static long id(Connection db, String sql, String... parameters) throws Exception {
            try (PreparedStatement statement = db.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setString(i + 1, parameters[i]);
                }
                try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        }
    }

    /** The app's heap, read with jcmd from outside: the driver's own memory stays out of the figure. */
    static final class ServerHeap {

        private static final Pattern USED = Pattern.compile("used (\\d+)K");

        /** The lines with a total: G1 prints one for its heap, Serial one per generation (DefNew, Tenured), summed. */
        static long usedAfterGc(String pid) throws IOException, InterruptedException {
            jcmd(pid, "GC.run");
            long used = 0;
            boolean found = false;
            for (String line : jcmd(pid, "GC.heap_info").lines().toList()) {
                Matcher figure = USED.matcher(line);
                if (line.contains("total") && figure.find()) {
                    used += Long.parseLong(figure.group(1)) * 1024;
                    found = true;
                }
            }
            if (!found) {
                throw new IllegalStateException("jcmd GC.heap_info printed no used figure");
            }
            return used;
        }

        static String findPid(String mainClassPart) throws IOException, InterruptedException {
            return jcmd(null, "-l").lines()
                    .filter(line -> line.toLowerCase().contains(mainClassPart) && !line.contains("WorkshopBenchmark")
                            && !line.contains("maven"))
                    .map(line -> line.substring(0, line.indexOf(' '))).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No running Doorstep found by jcmd -l; pass its pid"));
        }

        private static String jcmd(String pid, String command) throws IOException, InterruptedException {
            String jcmd = System.getProperty("java.home") + "/bin/jcmd";
            Process process = (pid == null ? new ProcessBuilder(jcmd, command) : new ProcessBuilder(jcmd, pid, command))
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            process.waitFor();
            return output;
        }
    }
}
