package org.doorstep.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.doorstep.base.AuditTrail;
import org.doorstep.base.BundleText;
import org.doorstep.base.DateRange;
import org.doorstep.base.SafeCsv;
import org.doorstep.base.SignedInUser;
import java.util.Set;
import java.util.stream.Collectors;
import org.doorstep.course.CourseChoice;
import org.doorstep.course.CourseService;
import org.doorstep.course.Lesson;
import org.doorstep.reports.internal.ReportPdf;
import org.doorstep.reports.internal.ReportRows;
import org.doorstep.results.FollowUps;
import org.doorstep.security.MemberScope;
import org.doorstep.security.PersonalTime;
import org.doorstep.security.TeamDirectory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Managers' progress reports for the teams they manage. The team directory decides who is in a report
 * (filtered by team and cohort in SQL); one SQL statement then joins what each feature counts of exactly
 * those people, and sorts and pages them or sums them up: counts only, never the name of anyone's connection.
 */
@Service
@PreAuthorize("hasRole('MANAGER')")
public class ReportsService {

    private final TeamDirectory teams;
    private final CourseService course;
    private final ReportRows rows;
    private final Clock clock;
    private final AuditTrail audit;
    private final PersonalTime time;

    ReportsService(TeamDirectory teams, CourseService course, ReportRows rows, Clock clock, AuditTrail audit,
            PersonalTime time) {
        this.time = time;
        this.audit = audit;
        this.teams = teams;
        this.course = course;
        this.rows = rows;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<TeamDirectory.TeamRef> myTeams() {
        return teams.teamsIManage();
    }

    /** Cohorts with people of my teams, each with how many of them. */
    @Transactional(readOnly = true)
    public List<TeamDirectory.TeamCohort> myCohorts() {
        return teams.cohortsOfMyTeams();
    }

    /** The courses the cohorts with people of my teams take, the shipped one first; a report counts one at a time. */
    @Transactional(readOnly = true)
    public List<CourseChoice> myCourses() {
        Set<String> taken = teams.cohortsOfMyTeams().stream().map(TeamDirectory.TeamCohort::courseSlug)
                .collect(Collectors.toSet());
        return course.courses().stream().filter(choice -> taken.contains(choice.slug())).toList();
    }

    /** The course whose lessons the filter counts: its own, its cohort's, the one my cohorts take, or the shipped one. */
    @Transactional(readOnly = true)
    public String courseOf(ReportFilter filter) {
        if (filter.courseSlug() != null) {
            return filter.courseSlug();
        }
        List<TeamDirectory.TeamCohort> cohorts = teams.cohortsOfMyTeams();
        if (filter.cohortId() != null) {
            return cohorts.stream().filter(c -> c.id() == filter.cohortId()).map(TeamDirectory.TeamCohort::courseSlug)
                    .findFirst().orElse(CourseService.COURSE);
        }
        Set<String> taken = cohorts.stream().map(TeamDirectory.TeamCohort::courseSlug).collect(Collectors.toSet());
        return taken.size() == 1 ? taken.iterator().next() : CourseService.COURSE;
    }

    /** How many people the filter selects; a team or cohort outside my teams is refused. */
    @Transactional(readOnly = true)
    public int count(ReportFilter filter) {
        return scope(filter).members().size();
    }

    /**
     * One page of the people the filter selects: from offset on, at most limit, sorted in the database by the
     * order given (then by name). A team or cohort outside my teams is refused.
     */
    @Transactional(readOnly = true)
    public List<PersonProgress> people(ReportFilter filter, List<ReportSort> order, long offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("A page starts at 0 or later and holds 0 or more people");
        }
        return rows.page(people(scope(filter)), span(filter), List.copyOf(order), offset, limit);
    }

    /** The figures over everyone the filter selects, each with its count. */
    @Transactional(readOnly = true)
    public TeamFigures figures(ReportFilter filter) {
        return figures(filter, people(scope(filter)));
    }

    /** The whole report, for the downloads: the figures and every person, by name. */
    @Transactional(readOnly = true)
    public TeamReport report(ReportFilter filter) {
        return report(filter, List.of());
    }

    /** The whole report with its people in the order given (then by name), as the grid showed them; audited. */
    @Transactional(readOnly = true)
    public TeamReport report(ReportFilter filter, List<ReportSort> order) {
        TeamReport report = wholeReport(filter, order);
        audited("data", filter, report.people().size());
        return report;
    }

    private TeamReport wholeReport(ReportFilter filter, List<ReportSort> order) {
        ReportRows.People people = people(scope(filter));
        return new TeamReport(figures(filter, people),
                rows.page(people, span(filter), List.copyOf(order), 0, people.ids().length));
    }

    private MemberScope scope(ReportFilter filter) {
        return teams.scope(filter.teamId(), filter.cohortId());
    }

    private static ReportRows.People people(MemberScope scope) {
        List<TeamDirectory.TeamMember> members = scope.members();
        return new ReportRows.People(scope.userIdsFor(SignedInUser.currentId()),
                members.stream().map(TeamDirectory.TeamMember::displayName).toArray(String[]::new),
                members.stream().map(TeamDirectory.TeamMember::team).toArray(String[]::new),
                members.stream().map(TeamDirectory.TeamMember::enrolled).toArray(Boolean[]::new));
    }

    /** The course's lessons, and the dates as instants and days in the manager's time zone, as the page reads them. */
    private ReportRows.Span span(ReportFilter filter) {
        ZoneId zone = time.zone();
        DateRange dates = filter.dates();
        String courseSlug = courseOf(filter);
        return new ReportRows.Span(courseSlug, course.lessons(courseSlug).stream().map(Lesson::slug).toList(),
                dates.start(zone).orElse(null), dates.endExclusive(zone).orElse(null),
                dates.from(), dates.to(), dates.asOf(LocalDate.now(clock.withZone(zone))), FollowUps.DAYS);
    }

    /** The figures, and the names of what the filter chose. */
    private TeamFigures figures(ReportFilter filter, ReportRows.People people) {
        String team = filter.teamId() == null ? "All my teams" : teams.teamsIManage().stream()
                .filter(t -> t.id() == filter.teamId()).map(TeamDirectory.TeamRef::name).findFirst().orElseThrow();
        String cohort = filter.cohortId() == null ? "Any cohort" : teams.cohortsOfMyTeams().stream()
                .filter(c -> c.id() == filter.cohortId()).map(TeamDirectory.TeamCohort::name).findFirst().orElseThrow();
        if (teams.cohortsOfMyTeams().stream().map(TeamDirectory.TeamCohort::courseSlug).distinct().count() > 1) {
            // With more than one course among the cohorts, the PDF says whose lessons it counted.
            String counted = courseOf(filter);
            cohort += myCourses().stream().filter(c -> c.slug().equals(counted)).map(c -> " (course " + c.title() + ")")
                    .findFirst().orElse("");
        }
        return rows.figures(people, span(filter), filter, team, cohort, clock.instant());
    }

    /** The report as spreadsheet-safe CSV, for the same filter, people by name. */
    @Transactional(readOnly = true)
    public String csv(ReportFilter filter) {
        return csv(filter, List.of());
    }

    /** The report as spreadsheet-safe CSV, people in the order given (the grid's), then by name. */
    @Transactional(readOnly = true)
    public String csv(ReportFilter filter, List<ReportSort> order) {
        List<List<?>> rows = new ArrayList<>();
        List<PersonProgress> people = wholeReport(filter, order).people();
        audited("CSV", filter, people.size());
        for (PersonProgress p : people) {
            rows.add(Arrays.asList(p.name(), p.team(), yesNo(p.enrolled()), p.lessonsCompleted() + "/" + p.lessonsTotal(),
                    yesNo(p.completedCourse()), p.lastActivity(), p.reviewedPercent().map(v -> v + "%").orElse("n/a"),
                    p.removed(), yesNo(p.baseline()),
                    p.profileViewRatio().map(v -> String.format(Locale.ROOT, "%.2f", v)).orElse("n/a"),
                    p.overdueFollowUps(), p.lastResultEntry()));
        }
        return SafeCsv.write(BundleText.all(time.formats().locale(), "reports.csv.", "person", "team", "in-cohort",
                "lessons", "completed", "last-activity", "reviewed", "removed", "baseline", "profile-view-ratio",
                "overdue", "last-entry"), rows);
    }

    /** The report as a PDF: what it covers, the figures with their counts, a chart and the table of people. */
    @Transactional(readOnly = true)
    public byte[] pdf(ReportFilter filter) {
        return pdf(filter, List.of());
    }

    /** The PDF with its table in the order given (the grid's), then by name. */
    @Transactional(readOnly = true)
    public byte[] pdf(ReportFilter filter, List<ReportSort> order) {
        TeamReport report = wholeReport(filter, order);
        audited("PDF", filter, report.people().size());
        return ReportPdf.write(report, time.formats());
    }

    /** Names of people leave Doorstep in an export: the audit log says who took which. */
    private void audited(String format, ReportFilter filter, int people) {
        audit.record(AuditTrail.DATA_EXPORTED, null, "Team report as " + format + ": "
                + (filter.teamId() == null ? "all my teams" : audit.team(filter.teamId()))
                + (filter.cohortId() == null ? "" : ", " + audit.cohort(filter.cohortId()))
                + ", " + filter.dates().describe() + ", " + people + " people");
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }
}
