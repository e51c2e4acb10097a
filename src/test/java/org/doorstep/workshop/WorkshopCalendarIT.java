package org.doorstep.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.doorstep.TestData;
import org.doorstep.TestSignIn;
import org.doorstep.base.Refusal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A session's plan reaching calendars: each schedule, move and cancellation queues a mail with an .ics to the
 * cohort's members and the trainer with a verified address, in the change's own transaction. The invitations
 * are read back from the outbox and parsed with ical4j.
 */
@SpringBootTest(properties = "doorstep.public-url=https://doorstep.example.com")
@ActiveProfiles("test")
class WorkshopCalendarIT {

    static final String LESSON = "stranger-at-the-door";
    static final LocalDateTime TUESDAY_TWO_PM = LocalDateTime.of(2030, 3, 12, 14, 0);

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WorkshopService workshops;
    @Autowired
    RoomService rooms;
    @Autowired
    PlatformTransactionManager transactions;

    private TestData.TrainedCohort cohort;
    private long trainerId;
    private long annId;
    private String ann;
    private String bob;

    /** Ann and the trainer have verified addresses; Bob's is not verified, so he gets nothing. */
    @BeforeEach
    void aCohortWithAVerifiedTraineeAndAnUnverifiedOne() {
        cohort = TestData.in(context).demoOrganisation().cohortWithNewTrainer();
        trainerId = verified(cohort.trainer().username(), "cora");
        ann = cohort.trainee("Ann Attentive");
        annId = verified(ann, "ann");
        bob = cohort.trainee("Bob Bystander");
        jdbc.update("update app_user set email = ? where username = ?", "bob-" + UUID.randomUUID() + "@example.com", bob);
        as(cohort.trainer().username());
    }

    @AfterEach
    void signOut() {
        TestSignIn.out(context);
    }

    private long verified(String username, String name) {
        return jdbc.queryForObject("update app_user set email = ?, email_verified_at = now() where username = ? returning id",
                Long.class, name + "-" + UUID.randomUUID() + "@example.com", username);
    }

    private void as(String username) {
        TestSignIn.as(context, username);
    }

    private String email(long userId) {
        return jdbc.queryForObject("select email from app_user where id = ?", String.class, userId);
    }

    private String uid(String code) {
        return jdbc.queryForObject("select calendar_uid::text from workshop_session where join_code = ?", String.class, code)
                + "@doorstep";
    }

    private SessionRef scheduled() {
        return workshops.schedule(cohort.id(), LESSON, TUESDAY_TWO_PM, "Europe/Berlin", 90);
    }

    /** The mails of a kind queued for the cohort's people, by recipient's user id. */
    private List<Map<String, Object>> mails(String kind) {
        return jdbc.queryForList("""
                select o.id, o.recipient, o.recipient_user_id, o.subject, o.body_text, a.file_name, a.content_type, a.content
                  from mail_outbox o join mail_attachment a on a.mail_id = o.id
                 where o.kind = ? and o.recipient_user_id in (select user_id from cohort_member where cohort_id = ?
                                                              union select ?)
                 order by o.recipient_user_id = ? desc, o.id""", kind, cohort.id(), trainerId, annId);
    }

    private static VEvent event(Calendar calendar) {
        return (VEvent) calendar.getComponent("VEVENT").orElseThrow();
    }

    private static Calendar parsed(Map<String, Object> mail) throws Exception {
        return new CalendarBuilder().build(new StringReader(new String((byte[]) mail.get("content"), StandardCharsets.UTF_8)));
    }

    private static String property(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).orElse(null);
    }

    private static String tzid(VEvent event, String name) {
        return event.getProperty(name).orElseThrow().getParameter("TZID").orElseThrow().getValue();
    }

    @Test
    void scheduling_mails_each_verified_member_and_the_trainer_an_invitation_in_the_sessions_zone() throws Exception {
        String code = scheduled().code();
        List<Map<String, Object>> mails = mails("workshop-scheduled");
        assertThat(mails).extracting(mail -> mail.get("recipient_user_id")).containsExactly(annId, trainerId);
        Map<String, Object> toAnn = mails.getFirst();
        assertThat(toAnn.get("recipient")).isEqualTo(email(annId));
        assertThat(toAnn.get("subject")).isEqualTo("Live workshop: The stranger at the door, Tuesday, 12 March 2030, 14:00–15:30 (Europe/Berlin)");
        assertThat((String) toAnn.get("body_text")).startsWith("Hello Ann Attentive,\n\nCora Coach has planned a live workshop for Cohort ")
                .contains("When: Tuesday, 12 March 2030, 14:00–15:30 (Europe/Berlin)\n"
                        + "Join at https://doorstep.example.com/workshop/join?code=" + code + " (the code is " + code + ")");
        assertThat(toAnn.get("file_name")).isEqualTo("invitation.ics");
        assertThat(toAnn.get("content_type")).isEqualTo("text/calendar; method=REQUEST; charset=UTF-8");

        Calendar calendar = parsed(toAnn);
        assertThat(calendar.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("REQUEST");
        assertThat(calendar.getComponent("VTIMEZONE").orElseThrow().getProperty("TZID").orElseThrow().getValue())
                .isEqualTo("Europe/Berlin");
        VEvent event = event(calendar);
        assertThat(property(event, "UID")).isEqualTo(uid(code));
        assertThat(property(event, "SEQUENCE")).isEqualTo("0");
        assertThat(tzid(event, "DTSTART")).isEqualTo("Europe/Berlin");
        assertThat(property(event, "DTSTART")).isEqualTo("20300312T140000");
        assertThat(property(event, "DTEND")).isEqualTo("20300312T153000");
        assertThat(property(event, "SUMMARY")).isEqualTo("The stranger at the door");
        assertThat(property(event, "URL")).isEqualTo("https://doorstep.example.com/workshop/join?code=" + code);
        assertThat(property(event, "DESCRIPTION")).endsWith("\nhttps://doorstep.example.com/workshop/join?code=" + code);
        assertThat(property(event, "STATUS")).isEqualTo("CONFIRMED");
        assertThat(property(event, "ORGANIZER")).isEqualTo("mailto:" + email(trainerId));
        assertThat(event.<Property>getProperties("ATTENDEE")).extracting(Property::getValue).containsExactly("mailto:" + email(annId));
        VEvent trainersCopy = event(parsed(mails.get(1)));
        assertThat(property(trainersCopy, "ORGANIZER")).isEqualTo("mailto:" + email(trainerId));
        assertThat(trainersCopy.getProperties("ATTENDEE")).isEmpty();
    }

    @Test
    void moving_sends_the_same_uid_with_a_higher_sequence_and_the_new_start_in_the_new_zone() throws Exception {
        String code = scheduled().code();
        SessionRef moved = workshops.move(code, LocalDateTime.of(2030, 3, 19, 9, 30), "America/New_York");
        assertThat(moved.startsAtText()).isEqualTo("19 Mar 2030, 09:30 (America/New_York)");
        assertThat(moved.durationMinutes()).isEqualTo(90);
        List<Map<String, Object>> mails = mails("workshop-moved");
        assertThat(mails).extracting(mail -> mail.get("recipient_user_id")).containsExactly(annId, trainerId);
        assertThat((String) mails.getFirst().get("body_text"))
                .contains("Now: Tuesday, 19 March 2030, 09:30–11:00 (America/New_York)\n"
                        + "Before: Tuesday, 12 March 2030, 14:00–15:30 (Europe/Berlin)\n");
        assertThat(mails.getFirst().get("content_type")).isEqualTo("text/calendar; method=REQUEST; charset=UTF-8");
        VEvent event = event(parsed(mails.getFirst()));
        assertThat(property(event, "UID")).isEqualTo(uid(code));
        assertThat(property(event, "SEQUENCE")).isEqualTo("1");
        assertThat(tzid(event, "DTSTART")).isEqualTo("America/New_York");
        assertThat(property(event, "DTSTART")).isEqualTo("20300319T093000");

        workshops.move(code, LocalDateTime.of(2030, 4, 2, 10, 0), "Europe/London");
        VEvent again = event(parsed(mails("workshop-moved").get(1)));
        assertThat(property(again, "SEQUENCE")).isEqualTo("2");
        assertThat(tzid(again, "DTSTART")).isEqualTo("Europe/London");
        assertThat(property(again, "DTSTART")).isEqualTo("20300402T100000");
    }

    @Test
    void cancelling_sends_a_cancel_with_the_same_uid_and_the_session_can_no_longer_be_presented_or_joined()
            throws Exception {
        String code = scheduled().code();
        workshops.move(code, LocalDateTime.of(2030, 3, 19, 9, 30), "Europe/Berlin");
        SessionRef cancelled = workshops.cancel(code);
        assertThat(cancelled.state()).isEqualTo(SessionState.CANCELLED);

        List<Map<String, Object>> mails = mails("workshop-cancelled");
        assertThat(mails).extracting(mail -> mail.get("recipient_user_id")).containsExactly(annId, trainerId);
        assertThat(mails.getFirst().get("subject")).isEqualTo("Workshop cancelled: The stranger at the door, Tuesday, 19 March 2030, 09:30–11:00 (Europe/Berlin)");
        assertThat(mails.getFirst().get("content_type")).isEqualTo("text/calendar; method=CANCEL; charset=UTF-8");
        Calendar calendar = parsed(mails.getFirst());
        assertThat(calendar.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("CANCEL");
        VEvent event = event(calendar);
        assertThat(property(event, "UID")).isEqualTo(uid(code));
        assertThat(property(event, "SEQUENCE")).isEqualTo("2");
        assertThat(property(event, "STATUS")).isEqualTo("CANCELLED");
        assertThat(tzid(event, "DTSTART")).isEqualTo("Europe/Berlin");

        assertThatThrownBy(() -> workshops.present(code)).isInstanceOf(Refusal.class).extracting(e -> ((Refusal) e).messageKey()).isEqualTo("workshop.cancelled");
        assertThatThrownBy(() -> workshops.goTo(code, 1)).isInstanceOf(Refusal.class).extracting(e -> ((Refusal) e).messageKey()).isEqualTo("workshop.cancelled");
        assertThatThrownBy(() -> workshops.move(code, TUESDAY_TWO_PM, "Europe/Berlin")).hasMessage("workshop.not-planned");
        assertThatThrownBy(() -> workshops.cancel(code)).hasMessage("workshop.not-planned");
        as(ann);
        assertThatThrownBy(() -> rooms.join(code)).isInstanceOf(Refusal.class).extracting(e -> ((Refusal) e).messageKey()).isEqualTo("workshop.cancelled");
        assertThat(rooms.openSessions()).extracting(SessionRef::code).doesNotContain(code);
        as(cohort.trainer().username());
        assertThat(workshops.mySessions(0, 10)).extracting(SessionRef::state).containsExactly(SessionState.CANCELLED);
    }

    @Test
    void a_joined_trainee_sees_the_cancellation_in_the_room_and_cannot_answer() {
        String code = scheduled().code();
        as(ann);
        rooms.join(code);
        as(cohort.trainer().username());
        workshops.cancel(code);
        as(ann);
        assertThat(rooms.seat(code).room().state()).isEqualTo(SessionState.CANCELLED);
        assertThatThrownBy(() -> rooms.choose(code, 2, java.util.Set.of(0))).hasMessage("workshop.cancelled");
    }

    @Test
    void a_live_session_can_be_neither_moved_nor_cancelled() {
        String code = scheduled().code();
        workshops.present(code);
        assertThatThrownBy(() -> workshops.move(code, TUESDAY_TWO_PM, "Europe/Berlin")).hasMessage("workshop.not-planned");
        assertThatThrownBy(() -> workshops.cancel(code)).hasMessage("workshop.not-planned");
        assertThat(mails("workshop-moved")).isEmpty();
        assertThat(mails("workshop-cancelled")).isEmpty();
    }

    @Test
    void another_trainer_and_a_trainee_can_neither_move_nor_cancel_the_session_and_nothing_is_mailed() {
        String code = scheduled().code();
        as(TestData.in(context).demoOrganisation().cohortWithNewTrainer().trainer().username());
        assertThatThrownBy(() -> workshops.move(code, TUESDAY_TWO_PM.plusDays(1), "Europe/Berlin"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workshops.cancel(code)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workshops.schedule(cohort.id(), LESSON, TUESDAY_TWO_PM, "Europe/Berlin", 60))
                .isInstanceOf(AccessDeniedException.class);
        as(ann);
        assertThatThrownBy(() -> workshops.cancel(code)).isInstanceOf(AccessDeniedException.class);
        assertThat(mails("workshop-moved")).isEmpty();
        assertThat(mails("workshop-cancelled")).isEmpty();
        assertThat(jdbc.queryForObject("select state from workshop_session where join_code = ?", String.class, code))
                .isEqualTo("SCHEDULED");
    }

    @Test
    void the_mails_are_queued_in_the_changes_transaction_and_roll_back_with_it() {
        String code = scheduled().code();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            workshops.move(code, LocalDateTime.of(2030, 3, 19, 9, 30), "Europe/Berlin");
            status.setRollbackOnly();
        });
        assertThat(mails("workshop-moved")).isEmpty();
        assertThat(workshops.mySessions(0, 10).getFirst().startsAtText()).isEqualTo("12 Mar 2030, 14:00 (Europe/Berlin)");
    }

    @Test
    void a_member_who_joins_the_cohort_later_gets_the_next_change_but_not_the_earlier_invitation() {
        String code = scheduled().code();
        String late = cohort.trainee("Lena Late");
        long lateId = verified(late, "lena");
        workshops.move(code, LocalDateTime.of(2030, 3, 19, 9, 30), "Europe/Berlin");
        assertThat(mails("workshop-scheduled")).extracting(mail -> mail.get("recipient_user_id")).doesNotContain(lateId);
        assertThat(mails("workshop-moved")).extracting(mail -> mail.get("recipient_user_id")).contains(lateId);
    }

    @Test
    void an_unknown_zone_or_a_length_out_of_range_is_refused_and_nothing_is_scheduled() {
        assertThatThrownBy(() -> workshops.schedule(cohort.id(), LESSON, TUESDAY_TWO_PM, "Mars/Olympus_Mons", 60))
                .isInstanceOf(Refusal.class).extracting(e -> ((Refusal) e).messageKey()).isEqualTo("workshop.zone.unknown");
        assertThatThrownBy(() -> workshops.schedule(cohort.id(), LESSON, TUESDAY_TWO_PM, "Europe/Berlin", 4))
                .isInstanceOf(Refusal.class).extracting(e -> ((Refusal) e).messageKey()).isEqualTo("workshop.duration.range");
        assertThatThrownBy(() -> workshops.schedule(cohort.id(), LESSON, TUESDAY_TWO_PM, "Europe/Berlin", 601))
                .isInstanceOf(Refusal.class).extracting(e -> ((Refusal) e).messageKey()).isEqualTo("workshop.duration.range");
        assertThat(workshops.countMySessions()).isZero();
        assertThat(mails("workshop-scheduled")).isEmpty();
    }

    @Test
    void the_zones_on_offer_are_region_names_with_the_configured_default() {
        assertThat(workshops.defaultTimeZone()).isEqualTo("Europe/London");
        assertThat(workshops.timeZones()).contains("Europe/London", "America/New_York", "Asia/Tokyo", "UTC")
                .doesNotContain("SystemV/EST5", "GMT+3").noneMatch(zone -> zone.startsWith("ical4j"));
    }
}
