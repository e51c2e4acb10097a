package org.doorstep.base;

import org.jspecify.annotations.Nullable;

/**
 * The audit log, for any feature to record what was done to whom without knowing the administration
 * feature that keeps and shows it. The actor is whoever is signed in (none for a visitor, such as someone
 * following a set-password link).
 *
 * <p>A record joins the caller's transaction when that one writes, so it stands or falls with the change it
 * describes; from a read-only transaction (an export, say) or none, it is written in a transaction of its own.
 * Details are plain text for people; never put a password, a token or a trainee's connections in them.
 */
public interface AuditTrail {

    String USER_CREATED = "USER_CREATED";
    String ROLES_CHANGED = "ROLES_CHANGED";
    String TEAMS_CHANGED = "TEAMS_CHANGED";
    String USER_DEACTIVATED = "USER_DEACTIVATED";
    String USER_REACTIVATED = "USER_REACTIVATED";
    String PASSWORD_RESET = "PASSWORD_RESET";
    String PASSWORD_LINK_ISSUED = "PASSWORD_LINK_ISSUED";
    String PASSWORD_SET_WITH_LINK = "PASSWORD_SET_WITH_LINK";
    String USER_DELETED = "USER_DELETED";
    String DATA_EXPORTED = "DATA_EXPORTED";
    String DATA_DELETED = "DATA_DELETED";
    String ORGANISATION_CHANGED = "ORGANISATION_CHANGED";
    String TEAM_CHANGED = "TEAM_CHANGED";
    String COHORT_CHANGED = "COHORT_CHANGED";

    /**
     * Records an action (one of the constants above, or a feature's own upper-case name).
     *
     * @param subjectUserId the account the action concerns, or null when it concerns none
     * @param details what changed, in words (at most a few hundred characters)
     */
    void record(String action, @Nullable Long subjectUserId, String details);

    /** How details name a team: "team Sales (#3)", read by name and still exact after a rename. */
    String team(long teamId);

    /** How details name a cohort: "cohort Spring 2026 (#7)". */
    String cohort(long cohortId);
}
