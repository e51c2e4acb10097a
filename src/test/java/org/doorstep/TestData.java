package org.doorstep;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.doorstep.security.AccountService;
import org.doorstep.security.DemoAccounts;
import org.doorstep.security.TraineeSignUp;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The one way tests write organisations, teams, cohorts, accounts, networks and results:
 * {@code TestData.in(context).organisation("Records " + suffix).team(...)}. Every account it inserts can sign
 * in with {@link TestSignIn#PASSWORD}; names it makes up end in a fresh suffix, so tests sharing the
 * database stay apart.
 */
public final class TestData {

    public record Organisation(long id, String name) {
    }

    public record Team(long id, String name) {
    }

    public record Cohort(long id, String name, String joinCode) {
    }

    public record Account(long id, String username, String displayName) {
    }

    /** A cohort of its own with a new trainer; trainees join it as people do, with its join code. */
    public record TrainedCohort(long id, String joinCode, Account trainer, TestData data) {

        /** Registers a trainee into this cohort and returns the username. */
        public String trainee(String displayName) {
            return data.registerTrainee(joinCode, "member", displayName).username();
        }
    }

    /** One hash of the tests' password for every account (a hash per account would cost seconds). */
    private static volatile @Nullable String passwordHash;

    private final ApplicationContext context;
    private final JdbcTemplate jdbc;

    private TestData(ApplicationContext context) {
        this.context = context;
        this.jdbc = context.getBean(JdbcTemplate.class);
    }

    public static TestData in(ApplicationContext context) {
        return new TestData(context);
    }

    /** Eight characters no other test has: what keeps names apart in the shared database. */
    public static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new organisation with exactly this name. */
    public InOrganisation organisation(String name) {
        long id = jdbc.queryForObject("insert into organisation (name) values (?) returning id", Long.class, name);
        return new InOrganisation(new Organisation(id, name));
    }

    /** The organisation the demo accounts are in; an IT that commits a team to it breaks DemoDataIT's two teams. */
    public InOrganisation demoOrganisation() {
        String name = "Doorstep Demo Ltd";
        return new InOrganisation(new Organisation(
                jdbc.queryForObject("select id from organisation where name = ?", Long.class, name), name));
    }

    /** A new account in the demo organisation; see {@link InOrganisation#account}. */
    public Account account(String prefix, String displayName, String... roles) {
        return demoOrganisation().account(prefix, displayName, roles);
    }

    /** Usernames of new trainees of the demo organisation, made at once; see {@link InOrganisation#accounts}. */
    public List<String> trainees(String prefix, int count) {
        return demoOrganisation().accounts(prefix, count, "TRAINEE").stream().map(Account::username).toList();
    }

    /** Registers a trainee through the service, as the sign-up form does, with this join code and the tests' password. */
    public Account registerTrainee(String joinCode, String prefix, String displayName) {
        String username = prefix + "-" + suffix();
        context.getBean(AccountService.class).registerTrainee(
                new TraineeSignUp(displayName, username, TestSignIn.PASSWORD, joinCode, username + "@example.com"));
        return new Account(id(username), username, displayName);
    }

    /** A new trainee of the demo cohort, registered through the service, so each test starts with empty progress. */
    public Account demoTrainee(String prefix, String displayName) {
        return registerTrainee(DemoAccounts.JOIN_CODE, prefix, displayName);
    }

    public long id(String username) {
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
    }

    public TestData joinTeam(Team team, Account... members) {
        for (Account member : members) {
            jdbc.update("insert into team_member (team_id, user_id) values (?, ?)", team.id(), member.id());
        }
        return this;
    }

    /** A published course besides the shipped one: two lessons, a reading and then a quiz of one item. */
    public record SecondCourse(String slug, String title, String reading, String quiz) {
    }

    /**
     * Adds a course to the catalogue and publishes a first version of it through the course's own store (the
     * authoring forms for new courses land separately): lesson "welcome" is one reading, lesson "check" one quiz
     * whose right answer is the first option.
     */
    public SecondCourse secondCourse() {
        String slug = "second-" + suffix();
        String title = "Second course " + slug.substring("second-".length());
        jdbc.update("insert into course (slug) values (?)", slug);
        java.util.Map<String, String> lessons = new java.util.LinkedHashMap<>();
        lessons.put("welcome", """
                slug: welcome
                title: Welcome to the second course
                summary: What this course is for.
                minutes: 2
                steps:
                  - id: hello
                    kind: reading
                    title: Hello
                    markdown: A second course, taken by one cohort.
                """);
        lessons.put("check", """
                slug: check
                title: A short check
                summary: One question.
                minutes: 3
                steps:
                  - id: one-question
                    kind: quiz
                    title: One question
                    passMark: 100
                    items:
                      - id: only
                        prompt: Which is right?
                        options:
                          - text: This one
                            correct: true
                          - text: Not this one
                            correct: false
                        feedback: The first one.
                """);
        String courseSource = """
                slug: %s
                title: %s
                summary: A course for tests of more than one course.
                lessons:
                  - welcome
                  - check
                """.formatted(slug, title);
        context.getBean(org.doorstep.course.internal.CourseVersions.class)
                .publish(slug, "FILE", "test:" + slug, null, courseSource, lessons);
        return new SecondCourse(slug, title, "welcome", "check");
    }

    /** Gives the cohort the course (as an administrator does on the cohorts page). */
    public TestData cohortTakes(long cohortId, String courseSlug) {
        jdbc.update("update cohort set course_slug = ? where id = ?", courseSlug, cohortId);
        return this;
    }

    public TestData joinCohort(Cohort cohort, Account... members) {
        for (Account member : members) {
            jdbc.update("insert into cohort_member (cohort_id, user_id) values (?, ?)", cohort.id(), member.id());
        }
        return this;
    }

    /** What this person did in the course, in their network and recorded as results. */
    public OfAccount of(Account account) {
        return new OfAccount(account.id());
    }

    public OfAccount of(String username) {
        return new OfAccount(id(username));
    }

    private String passwordHash() {
        String hash = passwordHash;
        if (hash == null) {
            hash = context.getBean(PasswordEncoder.class).encode(TestSignIn.PASSWORD);
            passwordHash = hash;
        }
        return hash;
    }

    /** Writes inside one organisation. */
    public final class InOrganisation {

        private final Organisation organisation;

        private InOrganisation(Organisation organisation) {
            this.organisation = organisation;
        }

        public long id() {
            return organisation.id();
        }

        public String name() {
            return organisation.name();
        }

        /** A new active account with these roles, the tests' password, and a username of the prefix and a fresh suffix. */
        public Account account(String prefix, String displayName, String... roles) {
            return accountNamed(prefix + "-" + suffix(), displayName, roles);
        }

        /** A new active account with exactly this username. */
        public Account accountNamed(String username, String displayName, String... roles) {
            long id = jdbc.queryForObject("insert into app_user (username, display_name, password_hash, organisation_id) "
                    + "values (?, ?, ?, ?) returning id", Long.class, username, displayName, passwordHash(), organisation.id());
            for (String role : roles) {
                jdbc.update("insert into user_role (user_id, role) values (?, ?)", id, role);
            }
            return new Account(id, username, displayName);
        }

        /** Many accounts at once, numbered from 0 after a prefix with a fresh suffix; display names "Person 0" and on. */
        public List<Account> accounts(String prefix, int count, String... roles) {
            String batch = prefix + "-" + suffix().substring(0, 6);
            List<Account> made = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                made.add(accountNamed(batch + "-" + i, "Person " + i, roles));
            }
            return made;
        }

        public Team team(String name, Account... managers) {
            long id = jdbc.queryForObject("insert into team (organisation_id, name) values (?, ?) returning id", Long.class,
                    organisation.id(), name);
            for (Account manager : managers) {
                jdbc.update("insert into team_manager (team_id, user_id) values (?, ?)", id, manager.id());
            }
            return new Team(id, name);
        }

        /** A cohort with a join code of its own, and a trainer if one is given. */
        public Cohort cohort(String name, @Nullable Account trainer) {
            String joinCode = "T" + suffix().toUpperCase();
            long id = jdbc.queryForObject("insert into cohort (organisation_id, name, join_code, trainer_id) "
                    + "values (?, ?, ?, ?) returning id", Long.class, organisation.id(), name, joinCode,
                    trainer == null ? null : trainer.id());
            return new Cohort(id, name, joinCode);
        }

        public Cohort cohort(String name) {
            return cohort(name, null);
        }

        /** A new trainer (Cora Coach) and a new cohort they run, for trainees to join with its code. */
        public TrainedCohort cohortWithNewTrainer() {
            Account trainer = account("coach", "Cora Coach", "TRAINER");
            Cohort cohort = cohort("Cohort " + trainer.username().substring("coach-".length()), trainer);
            return new TrainedCohort(cohort.id(), cohort.joinCode(), trainer, TestData.this);
        }
    }

    /** Course progress, network and results of one person. */
    public final class OfAccount {

        private final long user;
        private @Nullable List<String> lessons;

        private OfAccount(long user) {
            this.user = user;
        }

        /** The lessons of the current Doorstep course, in order. */
        private List<String> lessons() {
            if (lessons == null) {
                lessons = jdbc.queryForList("""
                        select l.slug from course_lesson l where l.version_id = (select id from course_version
                         where course_slug = 'doorstep' order by version desc limit 1) order by l.position""", String.class);
            }
            return lessons;
        }

        /** Completes the course's lessons from index {@code from} (inclusive) to {@code to} (exclusive) at this moment. */
        public OfAccount completed(int from, int to, Instant at) {
            for (String lesson : lessons().subList(from, to)) {
                jdbc.update("insert into lesson_progress (user_id, course_slug, lesson_slug, current_step, completed_at, updated_at) "
                        + "values (?, 'doorstep', ?, 'end', ?, ?)", user, lesson, Timestamp.from(at), Timestamp.from(at));
            }
            return this;
        }

        public OfAccount begun(int lesson, Instant at) {
            jdbc.update("insert into lesson_progress (user_id, course_slug, lesson_slug, current_step, updated_at) "
                    + "values (?, 'doorstep', ?, 'start', ?)", user, lessons().get(lesson), Timestamp.from(at));
            return this;
        }

        /** A learning event; a score or success given makes the result complete. */
        public OfAccount event(String verb, String objectId, String objectName, Instant at, @Nullable Integer score,
                @Nullable Boolean success) {
            jdbc.update("""
                    insert into learning_event (user_id, verb, object_id, object_name, result_score, result_success,
                                                result_completion, result_response, occurred_at)
                    values (?, ?, ?, ?, ?, ?, ?, null, ?)""", user, verb, objectId, objectName, score, success,
                    success == null ? null : true, Timestamp.from(at));
            return this;
        }

        /** Connections all with the same surname, decided (or not: null) alike; gone ones left on 1 March 2025. */
        public OfAccount connections(int count, @Nullable String decision, boolean removedOnLinkedIn, boolean gone,
                String lastName) {
            for (int i = 0; i < count; i++) {
                String key = UUID.randomUUID().toString();
                jdbc.update("insert into connection (user_id, match_key, name_key, first_name, last_name, decision, "
                        + "removed_on_linkedin, gone_at) values (?, ?, ?, 'Zeb', ?, ?, ?, ?)", user, key, key, lastName,
                        decision, removedOnLinkedIn, gone ? Timestamp.from(Instant.parse("2025-03-01T00:00:00Z")) : null);
            }
            return this;
        }

        public OfAccount snapshot(LocalDate day, boolean baseline, int profileViews) {
            jdbc.update("insert into result_snapshot (user_id, taken_on, baseline, profile_views) values (?, ?, ?, ?)",
                    user, Date.valueOf(day), baseline, profileViews);
            return this;
        }

        public OfAccount pruned(LocalDate day) {
            jdbc.update("insert into result_plan (user_id, pruning_finished_on) values (?, ?)", user, Date.valueOf(day));
            return this;
        }
    }
}
