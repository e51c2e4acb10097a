package org.doorstep.admin;

import java.util.List;
import org.doorstep.admin.AdminException.Field;
import org.doorstep.admin.internal.DirectoryStore;
import org.doorstep.base.AuditTrail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organisations, their teams and cohorts, and who trains each cohort; every change audited. */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class DirectoryAdministration {

    static final int MAX_NAME = 80;

    private final DirectoryStore directory;
    private final AuditTrail audit;

    DirectoryAdministration(DirectoryStore directory, AuditTrail audit) {
        this.directory = directory;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<OrganisationRow> organisations() {
        return directory.organisations();
    }

    @Transactional
    public long createOrganisation(String name) {
        String clean = validName(name);
        if (directory.organisationNameTaken(clean, null)) {
            throw new AdminException(Field.NAME, "admin.organisation.taken");
        }
        long id = directory.insertOrganisation(clean);
        audit.record(AuditTrail.ORGANISATION_CHANGED, null, "Created organisation " + clean);
        return id;
    }

    @Transactional
    public void renameOrganisation(long id, String name) {
        String clean = validName(name);
        String before = directory.organisationName(id).orElseThrow(() -> new AdminException(Field.NONE, "admin.gone"));
        if (directory.organisationNameTaken(clean, id)) {
            throw new AdminException(Field.NAME, "admin.organisation.taken");
        }
        directory.renameOrganisation(id, clean);
        audit.record(AuditTrail.ORGANISATION_CHANGED, null, "Renamed organisation " + before + " → " + clean);
    }

    /** The teams of one organisation, or of all when null. */
    @Transactional(readOnly = true)
    public List<TeamRow> teams(Long organisationId) {
        return directory.teams(organisationId);
    }

    @Transactional
    public long createTeam(long organisationId, String name) {
        String clean = validName(name);
        String organisation = directory.organisationName(organisationId)
                .orElseThrow(() -> new AdminException(Field.ORGANISATION, "admin.user.organisation.missing"));
        if (directory.teamNameTaken(organisationId, clean, null)) {
            throw new AdminException(Field.NAME, "admin.team.taken");
        }
        long id = directory.insertTeam(organisationId, clean);
        audit.record(AuditTrail.TEAM_CHANGED, null, "Created team " + clean + " in " + organisation);
        return id;
    }

    @Transactional
    public void renameTeam(long teamId, String name) {
        String clean = validName(name);
        TeamRow team = directory.team(teamId).orElseThrow(() -> new AdminException(Field.NONE, "admin.gone"));
        if (directory.teamNameTaken(team.organisationId(), clean, teamId)) {
            throw new AdminException(Field.NAME, "admin.team.taken");
        }
        directory.renameTeam(teamId, clean);
        audit.record(AuditTrail.TEAM_CHANGED, null, "Renamed team " + team.name() + " → " + clean + " in " + team.organisation());
    }

    @Transactional(readOnly = true)
    public List<CohortRow> cohorts(int offset, int limit) {
        return directory.cohorts(offset, limit);
    }

    @Transactional(readOnly = true)
    public int countCohorts() {
        return directory.countCohorts();
    }

    /** A new cohort with a fresh join code; the trainer may be chosen later (null). */
    @Transactional
    public CohortRow createCohort(long organisationId, String name, Long trainerId) {
        String clean = validName(name);
        String organisation = directory.organisationName(organisationId)
                .orElseThrow(() -> new AdminException(Field.ORGANISATION, "admin.user.organisation.missing"));
        PersonRef trainer = trainerId == null ? null : trainer(trainerId);
        long id = directory.insertCohort(organisationId, clean, trainerId);
        audit.record(AuditTrail.COHORT_CHANGED, trainerId, "Created cohort " + clean + " in " + organisation
                + (trainer == null ? " without a trainer" : " trained by " + trainer.username()));
        return directory.cohort(id).orElseThrow();
    }

    /** Hands a cohort to another trainer (an active account with the trainer role). */
    @Transactional
    public void assignTrainer(long cohortId, long trainerId) {
        CohortRow cohort = directory.cohort(cohortId).orElseThrow(() -> new AdminException(Field.NONE, "admin.gone"));
        PersonRef trainer = trainer(trainerId);
        if (cohort.trainerId() != null && cohort.trainerId() == trainerId) {
            return;
        }
        directory.setTrainer(cohortId, trainerId);
        audit.record(AuditTrail.COHORT_CHANGED, trainerId, "Cohort " + cohort.name() + " now trained by " + trainer.username()
                + (cohort.trainer() == null ? "" : " instead of " + cohort.trainer()));
    }

    /** Active trainers whose name or username contains the text, a page at a time. */
    @Transactional(readOnly = true)
    public List<PersonRef> trainers(String text, int offset, int limit) {
        return directory.trainers(text, offset, limit);
    }

    @Transactional(readOnly = true)
    public int countTrainers(String text) {
        return directory.countTrainers(text);
    }

    private PersonRef trainer(long trainerId) {
        return directory.activeTrainer(trainerId).orElseThrow(() -> new AdminException(Field.TRAINER, "admin.cohort.trainer.invalid"));
    }

    private static String validName(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > MAX_NAME) {
            throw new AdminException(Field.NAME, "admin.name.invalid");
        }
        return clean;
    }
}
