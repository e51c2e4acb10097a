package org.doorstep.admin;

import org.doorstep.admin.internal.UserDataExport;
import org.doorstep.admin.internal.UserDeletion;
import org.doorstep.admin.internal.UserStore;
import org.doorstep.base.AuditTrail;
import org.doorstep.base.Refusal;
import org.doorstep.base.SignedInUser;
import org.doorstep.security.AccountRegistry;
import org.doorstep.security.Usernames;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Data-subject requests handled by an administrator: everything about one account as a file (its
 * connections counted, never named; its course reflections counted, never quoted, for they are the trainee's
 * alone), or the account deleted with all its data. Both are audited; the audit keeps the deleted account's
 * username as text only.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class DataRequests {

    private final UserStore users;
    private final UserDataExport export;
    private final UserDeletion deletion;
    private final AccountRegistry registry;
    private final AuditTrail audit;

    DataRequests(UserStore users, UserDataExport export, UserDeletion deletion, AccountRegistry registry, AuditTrail audit) {
        this.registry = registry;
        this.users = users;
        this.export = export;
        this.deletion = deletion;
        this.audit = audit;
    }

    /** Everything Doorstep holds about the account, as JSON; the export is audited. */
    @Transactional
    public String exportJson(long userId) {
        String username = users.username(userId).orElseThrow(() -> Refusal.of("admin.user.gone"));
        String json = export.json(userId, username);
        audit.record(AuditTrail.DATA_EXPORTED, userId, "Exported everything held about " + username + " (data-subject access request)");
        return json;
    }

    /**
     * Deletes the account and every row about it, once the administrator has typed its username; their own
     * account cannot be deleted this way.
     */
    @Transactional
    public void deleteUser(long userId, String typedUsername) {
        String username = users.username(userId).orElseThrow(() -> Refusal.of("admin.user.gone"));
        if (userId == SignedInUser.currentId()) {
            throw Refusal.of("admin.user.delete.yourself");
        }
        if (!username.equals(Usernames.normalise(typedUsername))) {
            throw new Refusal("confirmation", "admin.user.delete.mismatch");
        }
        // Recorded first, while the account still exists; deleting it clears the entry's id, not its text.
        audit.record(AuditTrail.USER_DELETED, userId, "Deleted " + username + " and all their data: " + deletion.inventory(userId));
        registry.delete(userId);
    }
}
