package org.doorstep.exercise.internal;

import java.util.Set;

/**
 * The people the member has exchanged LinkedIn messages with: evidence for "you have spoken to them".
 *
 * @param profileUrls normalised by {@link ProfileUrls#normalise}, the member's own address left out
 * @param names       names from FROM and TO as match keys: lower case (Locale.ROOT), trimmed, runs of spaces made
 *                    one; the member's own name left out. Compare with "first last" lower-cased the same way.
 */
public record MessagedContacts(Set<String> profileUrls, Set<String> names) {

    public static final MessagedContacts NONE = new MessagedContacts(Set.of(), Set.of());

    public MessagedContacts {
        profileUrls = Set.copyOf(profileUrls);
        names = Set.copyOf(names);
    }
}
