package org.doorstep.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.doorstep.workshop.load.VaadinClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** What an upload that is refused leaves in the log, over real HTTP as the browser's upload sends it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class UploadLogIT {

    private static final Pattern TARGET = Pattern.compile("\"(VAADIN/dynamic/resource/[^\"]+)\"");

    @LocalServerPort
    int port;

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private VaadinClient trainee;

    @BeforeEach
    void listen() {
        log.start();
        root().addAppender(log);
    }

    @AfterEach
    void stop() {
        root().detachAppender(log);
        if (trainee != null) {
            trainee.close();
        }
    }

    @Test
    void an_oversized_multipart_upload_is_refused_with_413_and_logs_one_line_without_a_stack_trace() {
        String target = openImport();

        HttpResponse<String> answer = trainee.post(target, Map.of("Content-Type", "multipart/form-data; boundary=XyZ"),
                multipart("Connections.csv", new byte[11 * 1024 * 1024]));

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(loggedAtInfoOrAbove()).singleElement().asString()
                .startsWith("INFO OversizedUploadFilter: Upload refused: 11534453 bytes, more than the 10485760 allowed");
        assertThat(log.list).allMatch(event -> event.getThrowableProxy() == null, "carries no stack trace");
    }

    @Test
    void an_oversized_upload_as_the_browser_sends_it_is_refused_naming_the_limit_and_logs_one_line() throws Exception {
        String target = openImport();

        HttpResponse<String> answer = trainee.post(target,
                Map.of("Content-Type", "text/csv", "X-Filename", "Connections.csv"), new byte[11 * 1024 * 1024]);

        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.body()).contains("The file is larger than 10 MB");
        for (int waited = 0; loggedAtInfoOrAbove().isEmpty() && waited < 50; waited++) {
            Thread.sleep(100);
        }
        assertThat(loggedAtInfoOrAbove()).singleElement().asString()
                .startsWith("INFO BoundedUpload: Upload refused: 11534336 bytes or more, more than the 10485760 allowed");
        assertThat(log.list).allMatch(event -> event.getThrowableProxy() == null, "carries no stack trace");
    }

    /** Opens the import view as the trainee; answers the upload's address, with the log emptied so far. */
    private String openImport() {
        trainee = new VaadinClient().signIn(URI.create("http://localhost:" + port), "trainee", "doorstep-demo");
        String uidl = trainee.open("exercise/import");
        Matcher target = TARGET.matcher(uidl);
        assertThat(target.find()).as("the upload's address in %s", uidl).isTrue();
        log.list.clear();
        return target.group(1);
    }

    private List<String> loggedAtInfoOrAbove() {
        return List.copyOf(log.list).stream().filter(event -> event.getLevel().isGreaterOrEqual(Level.INFO))
                .map(event -> event.getLevel() + " " + event.getLoggerName().replaceAll(".*\\.", "") + ": "
                        + event.getFormattedMessage())
                .toList();
    }

    private static byte[] multipart(String fileName, byte[] content) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes("\r\n--XyZ--\r\n".getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private static ch.qos.logback.classic.Logger root() {
        return ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger("ROOT");
    }
}
