package org.doorstep.exercise.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.doorstep.exercise.internal.ConnectionsCsvParserTest.fixture;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.doorstep.exercise.internal.ConnectionsCsvParserTest.EndlessStream;
import org.doorstep.exercise.ImportRefusedException;
import org.doorstep.exercise.ImportRefusedException.Reason;
import org.junit.jupiter.api.Test;

class MessagesCsvParserTest {

    private static final String OWNER = "https://www.linkedin.com/in/alex-morgan-0a1b2c3d";
    private static final String HEADER = "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,"
            + "RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\n";

    private static MessagedContacts parse(String text) {
        return MessagesCsvParser.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static ImportRefusedException refusal(Runnable parse) {
        Throwable thrown = catchThrowable(parse::run);
        assertThat(thrown).isInstanceOf(ImportRefusedException.class);
        return (ImportRefusedException) thrown;
    }

    @Test
    void everyone_written_with_is_collected_and_the_member_left_out() {
        MessagedContacts contacts = MessagesCsvParser.parse(new ByteArrayInputStream(fixture("messages.csv")));

        assertThat(contacts.profileUrls()).containsExactlyInAnyOrder(
                "https://www.linkedin.com/in/omar-dubois-a6a3a450",
                "https://www.linkedin.com/in/siobhán-ní-bhriain-12ab34cd",
                "https://www.linkedin.com/in/ravi-garcía-099950d8",
                "https://www.linkedin.com/in/mei-wright-774b15d7",
                "https://www.linkedin.com/in/jane-roe-phd",
                "https://www.linkedin.com/in/kim-park-mba");
        assertThat(contacts.names()).containsExactlyInAnyOrder(
                "omar dubois", "siobhán ní bhriain", "ravi garcía", "mei wright", "jane roe, phd", "dr. kim park, mba");
    }

    @Test
    void addresses_from_messages_match_the_same_people_in_connections() {
        MessagedContacts contacts = MessagesCsvParser.parse(new ByteArrayInputStream(fixture("messages.csv")));
        ConnectionsFile connections = ConnectionsCsvParser.parse(new ByteArrayInputStream(fixture("many-scripts.csv")));

        assertThat(connections.connections())
                .filteredOn(connection -> contacts.profileUrls().contains(connection.profileUrl()))
                .extracting(ParsedConnection::firstName).containsExactly("Siobhán");
    }

    @Test
    void names_are_match_keys_in_lower_case_like_a_connections_first_and_last_name() {
        MessagedContacts contacts = MessagesCsvParser.parse(new ByteArrayInputStream(fixture("messages.csv")));
        ConnectionsFile connections = ConnectionsCsvParser.parse(new ByteArrayInputStream(fixture("many-scripts.csv")));

        assertThat(connections.connections())
                .filteredOn(connection -> contacts.names().contains(
                        (connection.firstName() + " " + connection.lastName()).toLowerCase(Locale.ROOT)))
                .extracting(ParsedConnection::lastName).containsExactly("Ní Bhriain");
    }

    @Test
    void recipient_addresses_separated_by_commas_or_spaces_each_count() {
        MessagedContacts contacts = parse(HEADER
                + "1,,Alex Morgan," + OWNER + ",\"A, B, C\",\"https://www.linkedin.com/in/a, https://www.linkedin.com/in/b"
                + "  https://www.linkedin.com/in/c\",2026-01-01,,Hi,INBOX\n"
                + "2,,Alex Morgan," + OWNER + ",D,https://www.linkedin.com/in/d,2026-01-02,,Hi,INBOX\n");

        assertThat(contacts.profileUrls()).containsExactlyInAnyOrder("https://www.linkedin.com/in/a",
                "https://www.linkedin.com/in/b", "https://www.linkedin.com/in/c", "https://www.linkedin.com/in/d");
        assertThat(contacts.names()).containsExactlyInAnyOrder("a", "b", "c", "d");
    }

    @Test
    void a_single_conversation_keeps_both_sides_as_the_member_cannot_be_told_apart() {
        MessagedContacts contacts = parse(HEADER
                + "1,,Omar Dubois,https://www.linkedin.com/in/omar,Alex Morgan," + OWNER + ",2026-01-01,,Hi,INBOX\n"
                + "1,,Alex Morgan," + OWNER + ",Omar Dubois,https://www.linkedin.com/in/omar,2026-01-02,,Hi,INBOX\n");

        assertThat(contacts.profileUrls()).containsExactlyInAnyOrder(OWNER, "https://www.linkedin.com/in/omar");
        assertThat(contacts.names()).containsExactlyInAnyOrder("alex morgan", "omar dubois");
    }

    @Test
    void when_the_members_name_changed_the_address_in_most_messages_is_taken_as_theirs() {
        MessagedContacts contacts = parse(HEADER
                + "1,,Alex Morgan," + OWNER + ",Omar Dubois,https://www.linkedin.com/in/omar,2026-01-01,,Hi,INBOX\n"
                + "1,,Omar Dubois,https://www.linkedin.com/in/omar,Alex Morgan," + OWNER + ",2026-01-02,,Hi,INBOX\n"
                + "2,,Alex Morgan-Smith," + OWNER + ",Mei Wright,https://www.linkedin.com/in/mei,2026-02-01,,Hi,INBOX\n"
                + "3,,Ravi García,https://www.linkedin.com/in/ravi,Alex Morgan-Smith," + OWNER + ",2026-03-01,,Hi,INBOX\n");

        assertThat(contacts.profileUrls()).containsExactlyInAnyOrder("https://www.linkedin.com/in/omar",
                "https://www.linkedin.com/in/mei", "https://www.linkedin.com/in/ravi");
        assertThat(contacts.names()).containsExactlyInAnyOrder("alex morgan", "alex morgan-smith", "omar dubois",
                "mei wright", "ravi garcía");
    }

    @Test
    void columns_are_found_by_name_in_any_case_and_order_and_recipient_urls_may_be_absent() {
        MessagedContacts contacts = parse("""
                content,to,Sender Profile URL,from
                Hi,Alex Morgan,https://www.linkedin.com/in/omar,Omar  Dubois
                Hello,ALEX MORGAN,https://www.linkedin.com/in/mei,Mei Wright
                Hey,Alex Morgan,https://www.linkedin.com/in/mei,Mei Wright
                """);

        assertThat(contacts.profileUrls()).containsExactlyInAnyOrder("https://www.linkedin.com/in/omar",
                "https://www.linkedin.com/in/mei");
        assertThat(contacts.names()).containsExactlyInAnyOrder("omar dubois", "mei wright");
    }

    @Test
    void blank_and_foreign_addresses_are_left_out() {
        MessagedContacts contacts = parse(HEADER
                + "1,,LinkedIn Member,,Alex Morgan," + OWNER + ",2026-01-01,,Hi,INBOX\n"
                + "2,,Spam Co,https://spam.example/in/x,Alex Morgan," + OWNER + ",2026-01-02,,Buy,INBOX\n");

        assertThat(contacts.profileUrls()).isEmpty();
        assertThat(contacts.names()).containsExactlyInAnyOrder("linkedin member", "spam co");
    }

    @Test
    void an_empty_messages_file_yields_no_one() {
        assertThat(parse("")).isEqualTo(MessagedContacts.NONE);
        assertThat(parse(HEADER)).isEqualTo(MessagedContacts.NONE);
    }

    @Test
    void a_file_without_the_messages_heading_yields_no_one_rather_than_stopping_the_import() {
        MessagedContacts contacts = MessagesCsvParser.parse(new ByteArrayInputStream(fixture("current.csv")));

        assertThat(contacts).isEqualTo(MessagedContacts.NONE);
    }

    @Test
    void a_messages_file_over_64_mb_is_refused_as_too_large() {
        EndlessStream endless = new EndlessStream();

        ImportRefusedException refused = refusal(() -> MessagesCsvParser.parse(endless));

        assertThat(refused.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(endless.served).isEqualTo(64L * 1024 * 1024 + 1);
    }

    @Test
    void a_binary_messages_file_is_refused_as_not_text() {
        ImportRefusedException refused = refusal(
                () -> MessagesCsvParser.parse(new ByteArrayInputStream(fixture("picture.png"))));

        assertThat(refused.reason()).isEqualTo(Reason.NOT_TEXT);
    }

    @Test
    void an_unbalanced_quote_is_refused_with_the_line_where_it_opens() {
        ImportRefusedException refused = refusal(() -> parse(HEADER
                + "1,,Omar Dubois,https://www.linkedin.com/in/omar,Alex Morgan," + OWNER + ",2026-01-01,,\"Hi\nthere\",INBOX\n"
                + "2,,Mei Wright,https://www.linkedin.com/in/mei,Alex Morgan," + OWNER + ",2026-01-02,,\"Hello,INBOX\n"));

        assertThat(refused.reason()).isEqualTo(Reason.UNBALANCED_QUOTES);
        assertThat(refused.detail()).isEqualTo("4");
    }

    @Test
    void each_person_counts_the_messages_they_take_part_in_by_address_and_by_name() {
        MessagedContacts contacts = parse(HEADER
                + "1,,Alex Morgan," + OWNER + ",Omar Dubois,https://www.linkedin.com/in/omar,d,,hi,INBOX\n"
                + "1,,Omar Dubois,https://www.linkedin.com/in/omar,Alex Morgan," + OWNER + ",d,,hello,INBOX\n"
                + "1,,Alex Morgan," + OWNER + ",Omar Dubois,https://www.linkedin.com/in/omar,d,,bye,INBOX\n"
                + "2,,Alex Morgan," + OWNER + ",Mei Wright,,d,,hi,INBOX\n");

        assertThat(contacts.messagesWith("https://www.linkedin.com/in/omar", "omar dubois")).isEqualTo(3);
        assertThat(contacts.messagesWith(null, "mei wright")).as("by name, no address in the file").isEqualTo(1);
        assertThat(contacts.messagesWith("https://www.linkedin.com/in/mei", "mei wright")).isEqualTo(1);
        assertThat(contacts.messagesWith("https://www.linkedin.com/in/noah", "noah okafor")).isZero();
        assertThat(contacts.messagesPerName()).doesNotContainKey("alex morgan");
    }

    @Test
    void a_namesake_at_another_address_counts_no_messages_while_a_name_written_without_one_still_does() {
        MessagedContacts contacts = parse(HEADER
                + "1,,Alex Morgan," + OWNER + ",Omar Dubois,https://www.linkedin.com/in/omar,d,,hi,INBOX\n"
                + "2,,Alex Morgan," + OWNER + ",Mei Wright,,d,,hi,INBOX\n");

        assertThat(contacts.messagesWith("https://www.linkedin.com/in/omar-2", "omar dubois"))
                .as("another Omar Dubois").isZero();
        assertThat(contacts.messagesWith(null, "omar dubois")).as("an old export names no address").isEqualTo(1);
        assertThat(contacts.messagesWith("https://www.linkedin.com/in/mei-2", "mei wright")).isEqualTo(1);
    }
}
