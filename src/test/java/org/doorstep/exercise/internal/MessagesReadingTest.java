package org.doorstep.exercise.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.doorstep.exercise.ImportRefusedException;
import org.doorstep.exercise.ImportRefusedException.Reason;
import org.junit.jupiter.api.Test;

/** messages.csv read on one thread and counted on another gives what a reading on one thread gives. */
class MessagesReadingTest {

    private static final String OWNER = "https://www.linkedin.com/in/alex-morgan-0a1b2c3d";

    /** rows messages, the member writing to 700 people in turn, some to a group, a few with line breaks. */
    private static byte[] messages(int rows) {
        StringBuilder text = new StringBuilder(
                "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\n");
        for (int i = 0; i < rows; i++) {
            int person = i % 700;
            String to = i % 50 == 0 ? "\"Person " + person + ", Person " + (person + 1) + "\""
                    : "Person " + person;
            String urls = i % 50 == 0 ? "\"https://www.linkedin.com/in/p" + person + ",https://www.linkedin.com/in/p"
                    + (person + 1) + "\"" : "https://www.linkedin.com/in/p" + person;
            text.append(i).append(",,Alex Morgan,").append(OWNER).append(',').append(to).append(',').append(urls)
                    .append(",2026-01-01,,\"Hello,\nspeak soon\",INBOX\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void counting_the_records_as_another_thread_reads_them_gives_what_one_thread_gives() {
        byte[] bytes = messages(5_500); // six batches, the last one short

        MessagedContacts counted = MessagesReading.start(bytes, "messages.csv in the zip").count();

        assertThat(counted).isEqualTo(MessagesCsvParser.parse(new ByteArrayInputStream(bytes), "messages.csv"));
        assertThat(counted.messagesWith("https://www.linkedin.com/in/p3", "person 3")).isGreaterThan(7);
    }

    @Test
    void a_refusal_on_the_reading_thread_is_thrown_to_the_one_counting() {
        byte[] broken = Arrays.copyOf(messages(10), messages(10).length + 8);
        System.arraycopy("1,,\"open".getBytes(StandardCharsets.UTF_8), 0, broken, broken.length - 8, 8);

        Throwable thrown = catchThrowable(() -> MessagesReading.start(broken, "messages.csv in the zip").count());

        assertThat(thrown).isInstanceOf(ImportRefusedException.class);
        assertThat(((ImportRefusedException) thrown).reason()).isEqualTo(Reason.UNBALANCED_QUOTES);
    }

    @Test
    void a_reading_nobody_counts_stops_instead_of_waiting_forever() throws Exception {
        MessagesReading reading = MessagesReading.start(messages(100_000), "messages.csv in the zip");
        try {
            Thread.sleep(500); // 100 batches read in far less; 64 fit the queue, so the reader waits
            assertThat(reading.stopped()).as("a full queue holds the reader").isNotDone();
        } finally {
            reading.abandon();
        }

        reading.stopped().get(5, TimeUnit.SECONDS);
    }
}
