package org.doorstep.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.doorstep.TestData;
import org.doorstep.TestSignIn;
import org.doorstep.workshop.load.VaadinClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The import's server-side upload limit over real HTTP, as a crafted request that skips the browser's 10 MB check
 * would send it: 60 MB never reaches the disk (at most the 10 MB limit is written, and that goes again), the person is
 * told the limit on their screen, and no upload leaves its temporary file or folder behind in any outcome.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class UploadLimitIT {

    private static final Pattern TARGET = Pattern.compile("\"(VAADIN/dynamic/resource/[^\"]+)\"");
    private static final long LIMIT = 10L * 1024 * 1024;
    private static final long SIXTY_MB = 60L * 1024 * 1024;
    private static final Path TMP = Path.of(System.getProperty("java.io.tmpdir"));
    /** Folders an upload writes into: ours, and Vaadin's own temporary-file handler's. */
    private static final Pattern UPLOAD_FOLDER = Pattern.compile("doorstep-upload-.*|temp_dir.*");

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    private VaadinClient trainee;
    private Set<Path> before;
    private final AtomicLong largestSeen = new AtomicLong();
    private final AtomicBoolean watching = new AtomicBoolean(true);
    private Thread watcher;

    @BeforeEach
    void watchTheTemporaryFolder() {
        before = uploadFolders();
        watcher = Thread.ofPlatform().daemon().start(() -> {
            while (watching.get()) {
                newUploadFolders().forEach(folder -> largestSeen.accumulateAndGet(largestFileIn(folder), Math::max));
                pause(2);
            }
        });
    }

    @AfterEach
    void stop() throws InterruptedException {
        watching.set(false);
        watcher.join();
        if (trainee != null) {
            trainee.close();
        }
    }

    @Test
    void sixty_megabytes_with_their_length_declared_are_refused_before_a_byte_is_written() {
        String target = openImport();

        HttpResponse<String> answer = postOrNull(target, Map.of("Content-Type", "text/csv", "X-Filename", "Connections.csv"),
                HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> zeros(SIXTY_MB)),
                        SIXTY_MB));

        if (answer != null) { // Tomcat may close the connection before a client still sending reads the answer
            assertThat(answer.statusCode()).isEqualTo(422);
            assertThat(answer.body()).contains("larger than 10 MB");
        }
        trainee.awaitMessageContaining("The file is larger than 10 MB, too large to import", Duration.ofSeconds(20));
        assertThat(largestSeen.get()).as("bytes written to a temporary file").isZero();
        assertNoUploadFolderLeft();
    }

    @Test
    void sixty_megabytes_streamed_without_a_length_are_cut_off_at_the_limit_and_deleted() {
        String target = openImport();

        HttpResponse<String> answer = postOrNull(target, Map.of("Content-Type", "text/csv", "X-Filename", "Connections.csv"),
                HttpRequest.BodyPublishers.ofInputStream(() -> zeros(SIXTY_MB)));

        if (answer != null) {
            assertThat(answer.statusCode()).isEqualTo(422);
            assertThat(answer.body()).contains("larger than 10 MB");
        }
        trainee.awaitMessageContaining("The file is larger than 10 MB, too large to import", Duration.ofSeconds(20));
        assertThat(largestSeen.get()).as("bytes written to a temporary file").isLessThanOrEqualTo(LIMIT);
        assertNoUploadFolderLeft();
    }

    @Test
    void an_accepted_upload_keeps_its_file_only_until_the_screen_closes() {
        String target = openImport();

        HttpResponse<String> answer = trainee.post(target, Map.of("Content-Type", "text/csv", "X-Filename", "Connections.csv"),
                ExportFiles.PREAMBLE.concat(ExportFiles.row("Omar", "Dubois", "omar-1", "Halcyon", "07 Jan 2020"))
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(answer.statusCode()).isEqualTo(200);
        trainee.awaitMessageContaining("New connections: 1", Duration.ofSeconds(20));
        assertThat(newUploadFolders()).as("the file waits for the confirmation").hasSize(1);
        trainee.close();
        trainee = null;
        assertNoUploadFolderLeft();
    }

    /** Opens the import view as a new trainee; answers the upload's address. */
    private String openImport() {
        String username = TestData.in(context).demoTrainee("uploader", "Una Uploader").username();
        trainee = new VaadinClient().signIn(URI.create("http://localhost:" + port), username, TestSignIn.PASSWORD);
        String uidl = trainee.open("exercise/import");
        Matcher target = TARGET.matcher(uidl);
        assertThat(target.find()).as("the upload's address in %s", uidl).isTrue();
        return target.group(1);
    }

    private HttpResponse<String> postOrNull(String target, Map<String, String> headers, HttpRequest.BodyPublisher body) {
        try {
            return trainee.post(target, headers, body);
        } catch (IllegalStateException closedWhileSending) {
            assertThat(closedWhileSending).hasRootCauseInstanceOf(IOException.class);
            return null;
        }
    }

    private void assertNoUploadFolderLeft() {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!newUploadFolders().isEmpty() && System.nanoTime() < until) {
            pause(50);
        }
        assertThat(newUploadFolders()).as("upload folders left behind").isEmpty();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Set<Path> newUploadFolders() {
        Set<Path> now = uploadFolders();
        now.removeAll(before);
        return now;
    }

    private static Set<Path> uploadFolders() {
        try (Stream<Path> entries = Files.list(TMP)) {
            return entries.filter(path -> UPLOAD_FOLDER.matcher(path.getFileName().toString()).matches())
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            return new java.util.HashSet<>();
        }
    }

    private static long largestFileIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.mapToLong(file -> {
                try {
                    return Files.size(file);
                } catch (IOException gone) {
                    return 0;
                }
            }).max().orElse(0);
        } catch (IOException gone) {
            return 0;
        }
    }

    private static InputStream zeros(long length) {
        return new InputStream() {
            private long left = length;

            @Override
            public int read() {
                return left-- > 0 ? 0 : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int count) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(count, left);
                java.util.Arrays.fill(buffer, offset, offset + n, (byte) 'a');
                left -= n;
                return n;
            }
        };
    }
}
