package org.doorstep.reports;

import java.time.Instant;
import java.time.LocalDate;
import org.doorstep.TestData;
import org.doorstep.TestData.Account;
import org.springframework.context.ApplicationContext;

/**
 * A small organisation whose every figure is known by hand (see {@link ReportsServiceIT} for the sums).
 * Manager {@link #manager} manages teams A (Ann, Bob, Cat) and B (Dan, Eve); {@link #otherManager}
 * manages team C (Fay). Cohort X has Ann, Bob and Dan; Y has Cat; Z has only Fay. All dates are in 2025;
 * everything is in an organisation of its own.
 */
public final class ReportFixture {

    public final String manager;
    public final String otherManager;
    public final long teamA;
    public final long teamB;
    public final long teamC;
    public final long cohortX;
    public final long cohortY;
    public final long cohortZ;
    public final String suffix = TestData.suffix();
    /** Surnames of connections (Ann's and Dan's, and Fay's): no report may ever print these. */
    public final String annsConnection = "Quennell";
    public final String faysConnection = "Oakenshaw";
    /** The fixture's own organisation, for tests that add people to it. */
    public final TestData.InOrganisation organisation;

    public ReportFixture(ApplicationContext context) {
        TestData data = TestData.in(context);
        // An organisation of its own, so the demo organisation keeps exactly its two teams for other tests.
        organisation = data.organisation("Report fixture " + suffix);
        Account boss = organisation.accountNamed("boss-" + suffix, "Mo Manager", "MANAGER");
        Account rival = organisation.accountNamed("rival-" + suffix, "Rae Rival", "MANAGER");
        manager = boss.username();
        otherManager = rival.username();
        TestData.Team a = organisation.team("Team A " + suffix, boss);
        TestData.Team b = organisation.team("Team B " + suffix, boss);
        TestData.Team c = organisation.team("Team C " + suffix, rival);
        TestData.Cohort x = organisation.cohort("Cohort X " + suffix);
        TestData.Cohort y = organisation.cohort("Cohort Y " + suffix);
        TestData.Cohort z = organisation.cohort("Cohort Z " + suffix);
        teamA = a.id();
        teamB = b.id();
        teamC = c.id();
        cohortX = x.id();
        cohortY = y.id();
        cohortZ = z.id();

        Account ann = staff("Ann Able");
        Account bob = staff("Bob Brown");
        Account cat = staff("Cat Cole");
        Account dan = staff("Dan Dale");
        Account eve = staff("Eve Evans");
        Account fay = staff("Fay Fox");
        data.joinTeam(a, ann, bob, cat).joinTeam(b, dan, eve).joinTeam(c, fay);
        data.joinCohort(x, ann, bob, dan).joinCohort(y, cat).joinCohort(z, fay);

        // Ann: six lessons in January, the last two in March; Bob: three in February, a fourth begun in April
        // and a quiz answered in March; Dan: all eight in February; Eve: one in June.
        data.of(ann).completed(0, 6, at("2025-01-10T10:00:00Z")).completed(6, 7, at("2025-03-05T10:00:00Z"))
                .completed(7, 8, at("2025-03-20T10:00:00Z"));
        data.of(bob).completed(0, 3, at("2025-02-10T10:00:00Z")).begun(3, at("2025-04-02T10:00:00Z"))
                .event("answered", "urn:doorstep:test", "A quiz", at("2025-03-15T09:00:00Z"), null, null);
        data.of(dan).completed(0, 8, at("2025-02-15T10:00:00Z"));
        data.of(eve).completed(0, 1, at("2025-06-01T10:00:00Z"));

        // Ann: 10 connections on LinkedIn (4 keep, 2 remove of which 1 ticked removed, 1 later, 3 undecided)
        // and 1 decided remove and gone since; Dan: 4 weak ties; Fay: 5 removed.
        data.of(ann).connections(4, "KEEP", false, false, annsConnection)
                .connections(1, "REMOVE", true, false, annsConnection).connections(1, "REMOVE", false, false, annsConnection)
                .connections(1, "LATER", false, false, annsConnection).connections(3, null, false, false, annsConnection)
                .connections(1, "REMOVE", false, true, annsConnection);
        data.of(dan).connections(4, "WEAK_TIE", false, false, annsConnection);
        data.of(fay).connections(5, "REMOVE", true, false, faysConnection);

        // Ann: baseline 20 profile views, follow-ups 30 (Feb) and 60 (Apr), pruning finished 15 Jan.
        // Bob: baseline in April only. Dan: a zero baseline and a follow-up. Eve: pruned in May, nothing recorded.
        data.of(ann).snapshot(day("2025-01-05"), true, 20).snapshot(day("2025-02-20"), false, 30)
                .snapshot(day("2025-04-20"), false, 60).pruned(day("2025-01-15"));
        data.of(bob).snapshot(day("2025-04-01"), true, 10);
        data.of(dan).snapshot(day("2025-02-10"), true, 0).snapshot(day("2025-03-10"), false, 10).pruned(day("2025-02-12"));
        data.of(eve).pruned(day("2025-05-01"));
        data.of(fay).snapshot(day("2025-01-02"), true, 5);
    }

    private Account staff(String name) {
        return organisation.account("staff", name, "TRAINEE");
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    private static LocalDate day(String day) {
        return LocalDate.parse(day);
    }
}
