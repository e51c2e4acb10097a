package org.doorstep.security;

import org.doorstep.base.Refusal;
import org.doorstep.base.SignedInUser;
import org.doorstep.security.internal.OrganisationStore;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one writer of organisations, teams, cohorts and cohort membership: administration and workshops
 * change them here, so every name rule and every check lives in one place. Callers record the audit entry.
 */
@Service
public class Directory {

    static final int MAX_NAME = 80;

    private final OrganisationStore store;

    Directory(OrganisationStore store) {
        this.store = store;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public long createOrganisation(String name) {
        String clean = validName(name);
        if (store.organisationNameTaken(clean, null)) {
            throw new Refusal("name", "admin.organisation.taken");
        }
        return store.insertOrganisation(clean);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void renameOrganisation(long id, String name) {
        String clean = validName(name);
        store.organisationName(id).orElseThrow(() -> Refusal.of("admin.gone"));
        if (store.organisationNameTaken(clean, id)) {
            throw new Refusal("name", "admin.organisation.taken");
        }
        store.renameOrganisation(id, clean);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public long createTeam(long organisationId, String name) {
        String clean = validName(name);
        organisation(organisationId);
        if (store.teamNameTaken(organisationId, clean, null)) {
            throw new Refusal("name", "admin.team.taken");
        }
        return store.insertTeam(organisationId, clean);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void renameTeam(long teamId, String name) {
        String clean = validName(name);
        long organisationId = store.teamOrganisation(teamId).orElseThrow(() -> Refusal.of("admin.gone"));
        if (store.teamNameTaken(organisationId, clean, teamId)) {
            throw new Refusal("name", "admin.team.taken");
        }
        store.renameTeam(teamId, clean);
    }

    /** A new cohort with a fresh join code; the trainer (an active account with the trainer role) may come later (null). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public long createCohort(long organisationId, String name, @Nullable Long trainerId) {
        String clean = validName(name);
        organisation(organisationId);
        if (trainerId != null) {
            trainer(trainerId);
        }
        return store.insertCohort(organisationId, clean, trainerId).id();
    }

    /** Hands a cohort to another trainer (an active account with the trainer role). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setTrainer(long cohortId, long trainerId) {
        if (!store.cohortExists(cohortId)) {
            throw Refusal.of("admin.gone");
        }
        trainer(trainerId);
        store.setTrainer(cohortId, trainerId);
    }

    /** A new join code for a cohort (for the codes' lifetime); the old one stops working at once. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public String newJoinCode(long cohortId) {
        if (!store.cohortExists(cohortId)) {
            throw Refusal.of("admin.gone");
        }
        return store.newJoinCode(cohortId);
    }

    /** Lets people of every organisation join a cohort (true), or its own organisation's only (false). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setOpenToAll(long cohortId, boolean open) {
        if (!store.cohortExists(cohortId)) {
            throw Refusal.of("admin.gone");
        }
        store.setOpenToAll(cohortId, open);
    }

    /**
     * Gives a cohort the course its people take, one of the catalogue not retired. Progress is kept per course, so
     * nobody loses what they did in the cohort's former course.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setCourse(long cohortId, String courseSlug) {
        if (!store.cohortExists(cohortId)) {
            throw Refusal.of("admin.gone");
        }
        if (!store.setCourse(cohortId, courseSlug)) {
            throw new Refusal("course", "admin.cohorts.course.unknown");
        }
    }

    /**
     * Puts the signed-in trainee in a cohort (a workshop's code let them in); true when they were not in it yet. Only
     * a cohort of their own organisation, or one open to every organisation.
     */
    @PreAuthorize("hasRole('TRAINEE')")
    @Transactional
    public boolean joinCohort(long cohortId) {
        if (!mayJoin(cohortId)) {
            throw new org.springframework.security.access.AccessDeniedException("Cohort " + cohortId + " is of another organisation");
        }
        return store.addCohortMember(cohortId, SignedInUser.currentId());
    }

    /** Whether the signed-in trainee may join the cohort: it is of their organisation, or open to every one. */
    @PreAuthorize("hasRole('TRAINEE')")
    @Transactional(readOnly = true)
    public boolean mayJoin(long cohortId) {
        return store.mayJoin(cohortId, SignedInUser.currentId());
    }

    private void organisation(long organisationId) {
        store.organisationName(organisationId).orElseThrow(() -> new Refusal("organisation", "admin.user.organisation.missing"));
    }

    private void trainer(long trainerId) {
        if (!store.isActiveTrainer(trainerId)) {
            throw new Refusal("trainer", "admin.cohort.trainer.invalid");
        }
    }

    private static String validName(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > MAX_NAME) {
            throw new Refusal("name", "admin.name.invalid");
        }
        return clean;
    }
}
