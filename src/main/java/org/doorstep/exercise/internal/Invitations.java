package org.doorstep.exercise.internal;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Who invited whom, from LinkedIn's Invitations.csv, for the invitations still in its export window.
 *
 * @param byUrl  by the other person's address, normalised by {@link ProfileUrls#normalise}
 * @param byName by the other person's name as a match key (see {@link MessagedContacts#messagesPerName})
 */
public record Invitations(Map<String, Invitation> byUrl, Map<String, Invitation> byName) {

    /**
     * One invitation between the member and a connection.
     *
     * @param invitedByThem true when they invited the member, false when the member invited them
     * @param note          the invitation's message, null when it had none
     */
    public record Invitation(boolean invitedByThem, @Nullable String note) {
    }

    public static final Invitations NONE = new Invitations(Map.of(), Map.of());

    public Invitations {
        byUrl = Map.copyOf(byUrl);
        byName = Map.copyOf(byName);
    }

    /** By address when the connection has one the file names, else by name (as messages are matched); null if none. */
    public @Nullable Invitation with(@Nullable String profileUrl, String nameKey) {
        Invitation byAddress = profileUrl == null ? null : byUrl.get(profileUrl);
        return byAddress != null ? byAddress : byName.get(nameKey);
    }
}
