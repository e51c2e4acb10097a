package org.doorstep.exercise.internal;

import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The people the member has exchanged LinkedIn messages with, and in how many messages: evidence for "you have
 * spoken to them" and the count shown beside each connection.
 *
 * @param messagesPerUrl  messages each address takes part in; addresses normalised by {@link ProfileUrls#normalise},
 *                        the member's own left out
 * @param messagesPerName the same by name from FROM and TO, as match keys: lower case (Locale.ROOT), trimmed, runs of
 *                        spaces made one; the member's own name left out. Compare with "first last" lower-cased alike.
 * @param addressedNames  the names the file gives an address with: a connection of that name at another address is
 *                        somebody else of the same name
 */
public record MessagedContacts(Map<String, Integer> messagesPerUrl, Map<String, Integer> messagesPerName,
        Set<String> addressedNames) {

    public static final MessagedContacts NONE = new MessagedContacts(Map.of(), Map.of(), Set.of());

    public MessagedContacts {
        messagesPerUrl = Map.copyOf(messagesPerUrl);
        messagesPerName = Map.copyOf(messagesPerName);
        addressedNames = Set.copyOf(addressedNames);
    }

    public Set<String> profileUrls() {
        return messagesPerUrl.keySet();
    }

    public Set<String> names() {
        return messagesPerName.keySet();
    }

    /**
     * Messages exchanged with a connection: by address when the file names it; else by name, where the connection
     * has no address (an old export) or the file gives none for that name; 0 when neither is found.
     *
     * @param nameKey "first last" lower-cased as {@link #messagesPerName} is
     */
    public int messagesWith(@Nullable String profileUrl, String nameKey) {
        if (profileUrl != null) {
            Integer byUrl = messagesPerUrl.get(profileUrl);
            if (byUrl != null) {
                return byUrl;
            }
            if (addressedNames.contains(nameKey)) {
                return 0; // a namesake: the file names the address of the one messaged
            }
        }
        return messagesPerName.getOrDefault(nameKey, 0);
    }
}
