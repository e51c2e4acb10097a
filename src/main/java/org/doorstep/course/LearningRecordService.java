package org.doorstep.course;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.doorstep.base.AuditTrail;
import org.doorstep.base.Roles;
import org.doorstep.base.SignedInUser;
import org.doorstep.course.internal.LearningRecords;
import org.doorstep.security.PersonalTime;
import org.doorstep.security.TeamDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Learning events as xAPI 1.0.3 statements, for a learning record store. A manager exports the people of
 * the teams they manage (narrowed to a team, a cohort, dates); an admin anyone's.
 */
@Service
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
public class LearningRecordService {

    /** A team or cohort to pick. */
    public record Choice(long id, String name) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final LearningRecords records;
    private final TeamDirectory teams;

    private final AuditTrail audit;
    private final PersonalTime time;

    private final CourseService course;

    LearningRecordService(LearningRecords records, TeamDirectory teams, AuditTrail audit, PersonalTime time,
            CourseService course) {
        this.course = course;
        this.time = time;
        this.records = records;
        this.teams = teams;
        this.audit = audit;
    }

    private void audited(RecordScope scope, int statements) {
        audit.record(AuditTrail.DATA_EXPORTED, null, "Learning records as xAPI: " + statements + " statements ("
                + (scope.teamId() == null ? "all teams" : audit.team(scope.teamId()))
                + (scope.cohortId() == null ? "" : ", " + audit.cohort(scope.cohortId()))
                + (scope.courseSlug() == null ? "" : ", course " + scope.courseSlug()) + ", " + scope.days().describe() + ")");
    }

    /** Writes the scope's statements as one JSON array, streamed: a large export never sits in memory. */
    @Transactional(readOnly = true)
    public int writeStatements(RecordScope scope, OutputStream out) {
        int[] written = {0};
        // Audited however the download ends: statements that left before a broken-off download count too.
        try (SequenceWriter array = JSON.writer().withDefaultPrettyPrinter().writeValuesAsArray(out)) {
            records.statements(people(scope), scope.days(), scope.activityPrefix(), time.zone(), statement -> {
                array.write(statement);
                written[0]++;
            });
        } finally {
            audited(scope, written[0]);
        }
        return written[0];
    }

    /** How many statements the scope holds, to say so before a download (not an export: nothing leaves). */
    @Transactional(readOnly = true)
    public int count(RecordScope scope) {
        return records.count(people(scope), scope.days(), scope.activityPrefix(), time.zone());
    }

    /** The statements themselves, for a look or a test (audited as an export); large exports go through {@link #writeStatements}. */
    @Transactional(readOnly = true)
    public List<XapiStatement> statements(RecordScope scope) {
        List<XapiStatement> all = new ArrayList<>();
        records.statements(people(scope), scope.days(), scope.activityPrefix(), time.zone(), all::add);
        audited(scope, all.size());
        return all;
    }

    /** The courses a scope may name: every published one (what a course teaches is no secret). */
    @Transactional(readOnly = true)
    public List<CourseChoice> courses() {
        return course.courses();
    }

    /** The teams a scope may name: a manager's own, or every team for an admin. */
    @Transactional(readOnly = true)
    public List<Choice> teams() {
        return SignedInUser.hasRole(Roles.ADMIN) ? records.allTeams()
                : teams.teamsIManage().stream().map(team -> new Choice(team.id(), team.name())).toList();
    }

    /** The cohorts a scope may name: those with someone from a manager's teams, or every cohort for an admin. */
    @Transactional(readOnly = true)
    public List<Choice> cohorts() {
        return SignedInUser.hasRole(Roles.ADMIN) ? records.allCohorts()
                : teams.cohortsOfMyTeams().stream().map(cohort -> new Choice(cohort.id(), cohort.name())).toList();
    }

    /** Who the scope covers: null means everyone (an admin without a team or cohort). */
    private @Nullable Set<Long> people(RecordScope scope) {
        if (!SignedInUser.hasRole(Roles.ADMIN)) {
            // The team directory narrows to team and cohort, refusing another manager's team.
            return Set.of(teams.scope(scope.teamId(), scope.cohortId()).userIdsFor(SignedInUser.currentId()));
        }
        Set<Long> people = scope.teamId() == null ? null : new HashSet<>(records.teamMembers(scope.teamId()));
        if (scope.cohortId() != null) {
            List<Long> cohort = records.cohortMembers(scope.cohortId());
            if (people == null) {
                people = new HashSet<>(cohort);
            } else {
                people.retainAll(cohort);
            }
        }
        return people;
    }
}
