package org.doorstep.security;

import java.util.List;
import org.springframework.security.access.AccessDeniedException;

/**
 * The people one manager may see in a report, as {@link TeamDirectory} resolved them for that manager.
 * Only the directory makes one, so a feature that answers for a scope answers for nobody else; each
 * asks for the ids with the signed-in user's id, and a scope resolved for someone else is refused.
 */
public final class MemberScope {

    private final long managerId;
    private final List<TeamDirectory.TeamMember> members;

    MemberScope(long managerId, List<TeamDirectory.TeamMember> members) {
        this.managerId = managerId;
        this.members = List.copyOf(members);
    }

    /** The people, by name. */
    public List<TeamDirectory.TeamMember> members() {
        return members;
    }

    /** Their user ids, for one query over all of them; only for the manager the scope was resolved for. */
    public Long[] userIdsFor(long signedInUserId) {
        if (signedInUserId != managerId) {
            throw new AccessDeniedException("This scope was resolved for another manager");
        }
        return members.stream().map(TeamDirectory.TeamMember::userId).toArray(Long[]::new);
    }
}
