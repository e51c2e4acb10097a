package org.doorstep.admin;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.doorstep.admin.internal.DirectoryStore;
import org.doorstep.base.AuditTrail;
import org.doorstep.base.Refusal;
import org.doorstep.course.CourseChoice;
import org.doorstep.course.CourseService;
import org.doorstep.security.Directory;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisations, their teams and cohorts, and who trains each cohort, as administrators see them; changes are
 * written through security.Directory, which keeps the rules, and every one is audited here.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class DirectoryAdministration {

    private final DirectoryStore store;
    private final Directory directory;
    private final AuditTrail audit;
    private final CourseService course;

    DirectoryAdministration(DirectoryStore store, Directory directory, AuditTrail audit, CourseService course) {
        this.course = course;
        this.store = store;
        this.directory = directory;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<OrganisationRow> organisations() {
        return store.organisations();
    }

    @Transactional
    public long createOrganisation(String name) {
        long id = directory.createOrganisation(name);
        audit.record(AuditTrail.ORGANISATION_CHANGED, null, "Created organisation " + store.organisationName(id).orElseThrow());
        return id;
    }

    @Transactional
    public void renameOrganisation(long id, String name) {
        String before = store.organisationName(id).orElse(null);
        directory.renameOrganisation(id, name);
        audit.record(AuditTrail.ORGANISATION_CHANGED, null, "Renamed organisation " + before + " → " + store.organisationName(id).orElseThrow());
    }

    /** The teams of one organisation, or of all when null. */
    @Transactional(readOnly = true)
    public List<TeamRow> teams(Long organisationId) {
        return store.teams(organisationId);
    }

    @Transactional
    public long createTeam(long organisationId, String name) {
        long id = directory.createTeam(organisationId, name);
        TeamRow team = store.team(id).orElseThrow();
        audit.record(AuditTrail.TEAM_CHANGED, null, "Created team " + team.name() + " in " + team.organisation());
        return id;
    }

    @Transactional
    public void renameTeam(long teamId, String name) {
        Optional<TeamRow> before = store.team(teamId);
        directory.renameTeam(teamId, name);
        TeamRow team = store.team(teamId).orElseThrow();
        // present: renameTeam has refused a team that does not exist ("admin.gone")
        audit.record(AuditTrail.TEAM_CHANGED, null, "Renamed team " + before.orElseThrow().name() + " → " + team.name() + " in " + team.organisation());
    }

    @Transactional(readOnly = true)
    public List<CohortRow> cohorts(int offset, int limit) {
        return store.cohorts(offset, limit);
    }

    @Transactional(readOnly = true)
    public int countCohorts() {
        return store.countCohorts();
    }

    /** A new cohort with a fresh join code; the trainer may be chosen later (null). */
    @Transactional
    public CohortRow createCohort(long organisationId, String name, @Nullable Long trainerId) {
        long id = directory.createCohort(organisationId, name, trainerId);
        CohortRow cohort = store.cohort(id).orElseThrow();
        String trainer = trainerId == null ? null : store.activeTrainer(trainerId).orElseThrow().username();
        audit.record(AuditTrail.COHORT_CHANGED, trainerId, "Created cohort " + cohort.name() + " in " + cohort.organisation()
                + (trainer == null ? " without a trainer" : " trained by " + trainer));
        return cohort;
    }

    /** Hands a cohort to another trainer (an active account with the trainer role). */
    @Transactional
    public void assignTrainer(long cohortId, long trainerId) {
        CohortRow cohort = store.cohort(cohortId).orElseThrow(() -> Refusal.of("admin.gone"));
        directory.setTrainer(cohortId, trainerId);
        if (cohort.trainerId() != null && cohort.trainerId() == trainerId) {
            return;
        }
        audit.record(AuditTrail.COHORT_CHANGED, trainerId, "Cohort " + cohort.name() + " now trained by "
                + store.activeTrainer(trainerId).orElseThrow().username()
                + (cohort.trainer() == null ? "" : " instead of " + cohort.trainer()));
    }

    /** Gives a cohort a new join code; the old one stops working at once. Answers the new code. */
    @Transactional
    public String newJoinCode(long cohortId) {
        CohortRow cohort = store.cohort(cohortId).orElseThrow(() -> Refusal.of("admin.gone"));
        String code = directory.newJoinCode(cohortId);
        audit.record(AuditTrail.COHORT_CHANGED, cohort.trainerId(), "New join code for cohort " + cohort.name()
                + " (the old one stopped working)");
        return code;
    }

    /** Opens a cohort to people of every organisation, or closes it to its own organisation's. */
    @Transactional
    public void setOpenToAll(long cohortId, boolean open) {
        CohortRow cohort = store.cohort(cohortId).orElseThrow(() -> Refusal.of("admin.gone"));
        directory.setOpenToAll(cohortId, open);
        if (cohort.openToAll() != open) {
            audit.record(AuditTrail.COHORT_CHANGED, cohort.trainerId(), "Cohort " + cohort.name()
                    + (open ? " opened to every organisation" : " limited to its organisation " + cohort.organisation()));
        }
    }

    /** The courses a cohort may be given (the catalogue's, not retired), the shipped one first. */
    @Transactional(readOnly = true)
    public List<CourseChoice> courses() {
        return course.courses().stream().filter(choice -> !choice.retired()).toList();
    }

    /** Every published course by slug, retired ones too, to name the course each cohort takes. */
    @Transactional(readOnly = true)
    public Map<String, String> courseTitles() {
        return course.courses().stream().collect(Collectors.toMap(CourseChoice::slug, CourseChoice::title));
    }

    /** Gives a cohort another course; everyone's progress stays (it is kept per course), and the change is audited. */
    @Transactional
    public void setCourse(long cohortId, String courseSlug) {
        CohortRow cohort = store.cohort(cohortId).orElseThrow(() -> Refusal.of("admin.gone"));
        if (cohort.courseSlug().equals(courseSlug)) {
            return;
        }
        directory.setCourse(cohortId, courseSlug);
        audit.record(AuditTrail.COHORT_CHANGED, cohort.trainerId(), "Cohort " + cohort.name() + " now takes course "
                + courseSlug + " instead of " + cohort.courseSlug());
    }

    /** Active trainers whose name or username contains the text, a page at a time. */
    @Transactional(readOnly = true)
    public List<PersonRef> trainers(String text, int offset, int limit) {
        return store.trainers(text, offset, limit);
    }

    @Transactional(readOnly = true)
    public int countTrainers(String text) {
        return store.countTrainers(text);
    }

}
