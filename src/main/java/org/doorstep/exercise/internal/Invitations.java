package org.doorstep.exercise.internal;

import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who invited whom, from LinkedIn's Invitations.csv, for the invitations still in its export window.
 *
 * @param byUrl  by the other person's address, normalised by {@link ProfileUrls#normalise}
 * @param byName by the other person's name as a match key (see {@link MessagedContacts#messagesPerName})
 * @param addressedNames the names the file gives an address with (a connection of that name elsewhere is a namesake)
 */
public record Invitations(Map<String, Invitation> byUrl, Map<String, Invitation> byName, Set<String> addressedNames) {

    /**
     * One invitation between the member and a connection.
     *
     * @param invitedByThem true when they invited the member, false when the member invited them
     * @param note          the invitation's message, null when it had none
     */
    public record Invitation(boolean invitedByThem, @Nullable String note) {
    }

    public static final Invitations NONE = new Invitations(Map.of(), Map.of(), Set.of());

    public Invitations {
        byUrl = Map.copyOf(byUrl);
        byName = Map.copyOf(byName);
        addressedNames = Set.copyOf(addressedNames);
    }

    /**
     * By address when the connection has one the file names; else by name where the connection has no address or the
     * file gives none for that name (as messages are matched); null if none.
     */
    public @Nullable Invitation with(@Nullable String profileUrl, String nameKey) {
        if (profileUrl != null) {
            Invitation byAddress = byUrl.get(profileUrl);
            if (byAddress != null || addressedNames.contains(nameKey)) {
                return byAddress;
            }
        }
        return byName.get(nameKey);
    }
}
