package org.doorstep.reports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.doorstep.base.Median;
import org.doorstep.base.SafeCsv;
import org.doorstep.course.CourseProgress;
import org.doorstep.course.CourseService;
import org.doorstep.exercise.ExerciseService;
import org.doorstep.exercise.ExerciseSummary;
import org.doorstep.results.ResultsOverview;
import org.doorstep.results.ResultsService;
import org.doorstep.security.TeamDirectory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Managers' progress reports for the teams they manage. Each feature answers for the same people
 * (the team directory decides who they are), in counts: never the name of anyone's connection.
 */
@Service
@PreAuthorize("hasRole('MANAGER')")
public class ReportsService {

    private final TeamDirectory teams;
    private final CourseService course;
    private final ExerciseService exercise;
    private final ResultsService results;

    ReportsService(TeamDirectory teams, CourseService course, ExerciseService exercise, ResultsService results) {
        this.teams = teams;
        this.course = course;
        this.exercise = exercise;
        this.results = results;
    }

    @Transactional(readOnly = true)
    public List<TeamDirectory.TeamRef> myTeams() {
        return teams.teamsIManage();
    }

    /** One team's report, or all my teams' when teamId is null. */
    @Transactional(readOnly = true)
    public TeamReport report(Long teamId) {
        List<TeamDirectory.Member> members = teams.membersOfMyTeams(teamId);
        Map<Long, CourseProgress> progress = course.progressOfMyTeamMembers(teamId);
        Map<Long, ExerciseSummary> pruning = exercise.summariesOfMyTeamMembers(teamId);
        Map<Long, ResultsOverview> outcomes = results.overviewOfMyTeamMembers(teamId);
        int lessons = course.lessonCount();
        List<PersonProgress> people = new ArrayList<>();
        for (TeamDirectory.Member member : members) {
            CourseProgress p = progress.get(member.userId());
            ExerciseSummary e = pruning.getOrDefault(member.userId(), ExerciseSummary.NONE);
            ResultsOverview r = outcomes.get(member.userId());
            people.add(new PersonProgress(member.userId(), member.displayName(), member.team(), member.enrolled(),
                    p == null ? 0 : p.completedLessons(), lessons, p == null ? null : p.lastActivity(), e.total(),
                    e.reviewed(), e.removedOnLinkedIn(), r != null && r.baseline(),
                    r == null ? Optional.empty() : r.profileViewRatio(), r == null ? 0 : r.overdueFollowUps()));
        }
        return aggregate(people);
    }

    static TeamReport aggregate(List<PersonProgress> people) {
        List<Double> ratios = people.stream().flatMap(p -> p.profileViewRatio().stream()).toList();
        return new TeamReport(people, (int) people.stream().filter(PersonProgress::enrolled).count(),
                (int) people.stream().filter(p -> p.lessonsTotal() > 0 && p.lessonsCompleted() == p.lessonsTotal()).count(),
                (int) people.stream().filter(PersonProgress::baseline).count(), Median.of(ratios), ratios.size(),
                people.stream().mapToInt(PersonProgress::removed).sum());
    }

    /** The report as spreadsheet-safe CSV. */
    @Transactional(readOnly = true)
    public String csv(Long teamId) {
        List<List<?>> rows = new ArrayList<>();
        for (PersonProgress p : report(teamId).people()) {
            rows.add(Arrays.asList(p.name(), p.team(), p.enrolled() ? "yes" : "no", p.lessonsCompleted() + "/" + p.lessonsTotal(),
                    p.lastActivity(), p.reviewedPercent().map(v -> v + "%").orElse("n/a"), p.removed(),
                    p.baseline() ? "yes" : "no",
                    p.profileViewRatio().map(v -> String.format(Locale.ROOT, "%.2f", v)).orElse("n/a"), p.overdueFollowUps()));
        }
        return SafeCsv.write(List.of("Person", "Team", "Enrolled", "Lessons completed", "Last activity",
                "Connections reviewed", "Removed on LinkedIn", "Baseline recorded", "Profile-view ratio",
                "Overdue follow-ups"), rows);
    }
}
