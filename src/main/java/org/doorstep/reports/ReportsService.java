package org.doorstep.reports;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.doorstep.base.Median;
import org.doorstep.base.SafeCsv;
import org.doorstep.course.CourseProgress;
import org.doorstep.course.CourseService;
import org.doorstep.exercise.ExerciseService;
import org.doorstep.exercise.ExerciseTally;
import org.doorstep.reports.internal.ReportPdf;
import org.doorstep.results.ResultsOverview;
import org.doorstep.results.ResultsService;
import org.doorstep.security.MemberScope;
import org.doorstep.security.TeamDirectory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Managers' progress reports for the teams they manage. The team directory decides who is in a report
 * (filtered by team and cohort in SQL); each feature then answers for exactly those people in one
 * query, in counts: never the name of anyone's connection.
 */
@Service
@PreAuthorize("hasRole('MANAGER')")
public class ReportsService {

    private final TeamDirectory teams;
    private final CourseService course;
    private final ExerciseService exercise;
    private final ResultsService results;
    private final Clock clock;

    ReportsService(TeamDirectory teams, CourseService course, ExerciseService exercise, ResultsService results,
            Clock clock) {
        this.teams = teams;
        this.course = course;
        this.exercise = exercise;
        this.results = results;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<TeamDirectory.TeamRef> myTeams() {
        return teams.teamsIManage();
    }

    /** Cohorts with people of my teams, each with how many of them. */
    @Transactional(readOnly = true)
    public List<TeamDirectory.CohortRef> myCohorts() {
        return teams.cohortsOfMyTeams();
    }

    /** The report for the filter; a team or cohort outside my teams is refused. */
    @Transactional(readOnly = true)
    public TeamReport report(ReportFilter filter) {
        MemberScope scope = teams.scope(filter.teamId(), filter.cohortId());
        Map<Long, CourseProgress> progress = course.progressOf(scope, filter.dates());
        Map<Long, ExerciseTally> pruning = exercise.talliesOf(scope);
        Map<Long, ResultsOverview> outcomes = results.overviewOf(scope, filter.dates());
        int lessons = course.lessonCount();
        List<PersonProgress> people = new ArrayList<>(scope.members().size());
        for (TeamDirectory.Member member : scope.members()) {
            CourseProgress p = progress.getOrDefault(member.userId(), CourseProgress.NONE);
            ExerciseTally e = pruning.getOrDefault(member.userId(), ExerciseTally.NONE);
            ResultsOverview r = outcomes.getOrDefault(member.userId(), ResultsOverview.NONE);
            people.add(new PersonProgress(member.userId(), member.displayName(), member.team(), member.enrolled(),
                    p.completedLessons(), lessons, p.completedCourse(), p.lastActivity(), e.connections(), e.reviewed(),
                    e.removedOnLinkedIn(), r.baseline(), r.profileViewRatio(), r.overdueFollowUps(), r.lastEntry()));
        }
        return aggregate(filter, people);
    }

    /** The team's figures, each with its count, and the names of what the filter chose. */
    private TeamReport aggregate(ReportFilter filter, List<PersonProgress> people) {
        String team = filter.teamId() == null ? "All my teams" : teams.teamsIManage().stream()
                .filter(t -> t.id() == filter.teamId()).map(TeamDirectory.TeamRef::name).findFirst().orElseThrow();
        String cohort = filter.cohortId() == null ? "Any cohort" : teams.cohortsOfMyTeams().stream()
                .filter(c -> c.id() == filter.cohortId()).map(TeamDirectory.CohortRef::name).findFirst().orElseThrow();
        List<Double> ratios = people.stream().flatMap(p -> p.profileViewRatio().stream()).toList();
        return new TeamReport(filter, team, cohort, clock.instant(), List.copyOf(people),
                count(people, PersonProgress::enrolled), count(people, PersonProgress::completedCourse),
                count(people, PersonProgress::active), people.stream().mapToInt(PersonProgress::lessonsCompleted).sum(),
                count(people, PersonProgress::baseline), Median.of(ratios), ratios.size(),
                people.stream().mapToInt(PersonProgress::removed).sum(), count(people, p -> p.overdueFollowUps() > 0));
    }

    private static int count(List<PersonProgress> people, Predicate<PersonProgress> test) {
        return (int) people.stream().filter(test).count();
    }

    /** The report as spreadsheet-safe CSV, for the same filter. */
    @Transactional(readOnly = true)
    public String csv(ReportFilter filter) {
        List<List<?>> rows = new ArrayList<>();
        for (PersonProgress p : report(filter).people()) {
            rows.add(Arrays.asList(p.name(), p.team(), yesNo(p.enrolled()), p.lessonsCompleted() + "/" + p.lessonsTotal(),
                    yesNo(p.completedCourse()), p.lastActivity(), p.reviewedPercent().map(v -> v + "%").orElse("n/a"),
                    p.removed(), yesNo(p.baseline()),
                    p.profileViewRatio().map(v -> String.format(Locale.ROOT, "%.2f", v)).orElse("n/a"),
                    p.overdueFollowUps(), p.lastResultEntry()));
        }
        return SafeCsv.write(List.of("Person", "Team", "In a cohort", "Lessons completed", "Completed the course",
                "Last course activity", "Connections reviewed", "Removed on LinkedIn", "Baseline recorded",
                "Profile-view ratio", "Overdue follow-ups", "Last results entry"), rows);
    }

    /** The report as a PDF: what it covers, the figures with their counts, a chart and the table of people. */
    @Transactional(readOnly = true)
    public byte[] pdf(ReportFilter filter) {
        return ReportPdf.write(report(filter));
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }
}
