package org.doorstep.exercise.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doorstep.exercise.internal.ConnectionsCsvParserTest.fixture;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.doorstep.exercise.internal.Invitations.Invitation;
import org.junit.jupiter.api.Test;

class InvitationsCsvParserTest {

    private static final String OWNER = "https://www.linkedin.com/in/alex-morgan-0a1b2c3d";

    private static Invitations parse(byte[] bytes) {
        return InvitationsCsvParser.parse(new ByteArrayInputStream(bytes));
    }

    private static Invitations parse(String text) {
        return parse(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void both_directions_name_the_person_on_the_other_side() {
        Invitations invitations = parse(fixture("Invitations.csv"));

        assertThat(invitations.with("https://www.linkedin.com/in/omar-dubois-a6a3a450", "omar dubois"))
                .isEqualTo(new Invitation(false, null));
        assertThat(invitations.with("https://www.linkedin.com/in/mei-wright-774b15d7", "mei wright"))
                .isEqualTo(new Invitation(true, "Hi Alex, we met at the workshop."));
        assertThat(invitations.byUrl()).doesNotContainKey(OWNER);
        assertThat(invitations.byName()).doesNotContainKey("alex morgan");
    }

    @Test
    void a_note_keeps_its_commas_quotes_and_new_lines() {
        Invitations invitations = parse(fixture("invitations-quirks.csv"));

        assertThat(invitations.with("https://www.linkedin.com/in/lena-vogel-5d6e7f80", "lena vogel").note())
                .isEqualTo("Hello Alex, we met at the fair in Leeds, Hall 3, stand 12.\n\nWould you like to stay in touch?");
        assertThat(invitations.with(null, "kwame mensah").note())
                .isEqualTo("Kwame, as promised: the \"slides\" from Tuesday.");
    }

    @Test
    void without_addresses_an_invitation_is_found_by_name_and_a_blank_note_is_none() {
        Invitations invitations = parse(fixture("invitations-quirks.csv"));

        assertThat(invitations.with("https://www.linkedin.com/in/tariq-haddad-1", "tariq haddad"))
                .isEqualTo(new Invitation(true, null));
        assertThat(invitations.with(null, "kwame mensah").invitedByThem()).isFalse();
        // The address is normalised as the connections' are: country host and trailing slash dropped.
        assertThat(invitations.with("https://www.linkedin.com/in/noah-okafor-9f8e7d6c", "someone else"))
                .isEqualTo(new Invitation(false, null));
    }

    @Test
    void the_newest_invitation_of_a_person_counts_and_other_directions_are_left_out() {
        Invitations invitations = parse(fixture("invitations-quirks.csv"));

        assertThat(invitations.with("https://www.linkedin.com/in/lena-vogel-5d6e7f80", "lena vogel").note())
                .startsWith("Hello Alex");
        assertThat(invitations.with("https://www.linkedin.com/in/sam-unknown", "sam unknown")).isNull();
        assertThat(invitations.byName()).containsOnlyKeys("lena vogel", "kwame mensah", "tariq haddad", "noah okafor");
    }

    @Test
    void a_file_that_cannot_be_read_yields_no_invitations_instead_of_a_refusal() {
        assertThat(parse(fixture("invitations-broken.csv"))).isEqualTo(Invitations.NONE);
        assertThat(parse(fixture("picture.png"))).isEqualTo(Invitations.NONE);
        assertThat(parse("")).isEqualTo(Invitations.NONE);
        assertThat(parse(fixture("current.csv"))).as("not an invitations file").isEqualTo(Invitations.NONE);
        assertThat(parse("From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n"))
                .isEqualTo(Invitations.NONE);
    }

    @Test
    void a_person_is_matched_by_address_before_name() {
        Invitations invitations = parse("""
                From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl
                Ana Silva,Alex Morgan,"11/2/26, 9:12 AM",First Ana,INCOMING,https://www.linkedin.com/in/ana-1,
                Ana Silva,Alex Morgan,"11/1/26, 9:12 AM",Second Ana,INCOMING,https://www.linkedin.com/in/ana-2,
                """);

        assertThat(invitations.with("https://www.linkedin.com/in/ana-2", "ana silva").note()).isEqualTo("Second Ana");
        assertThat(invitations.with(null, "ana silva").note()).isEqualTo("First Ana");
    }

    @Test
    void a_namesake_at_another_address_has_no_invitation_while_a_name_given_without_one_still_matches() {
        Invitations invitations = parse("""
                From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl
                Ana Silva,Alex Morgan,"11/2/26, 9:12 AM",Hello,INCOMING,https://www.linkedin.com/in/ana-1,
                Bo Lind,Alex Morgan,"11/2/26, 9:12 AM",Hi,INCOMING,,
                """);

        assertThat(invitations.with("https://www.linkedin.com/in/ana-3", "ana silva")).isNull();
        assertThat(invitations.with("https://www.linkedin.com/in/bo-lind", "bo lind").note()).isEqualTo("Hi");
    }
}
