package org.doorstep.exercise.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Recognises the other files of a LinkedIn export by their heading, so a wrong pick can be named. */
final class OtherLinkedInFiles {

    private OtherLinkedInFiles() {
    }

    /** @return "messages.csv", "Invitations.csv" or "Profile.csv" when the fields are that file's heading */
    static Optional<String> recognise(List<String> fields) {
        Set<String> keys = keys(fields);
        if (isMessagesHeader(keys)) {
            return Optional.of("messages.csv");
        }
        if (keys.containsAll(Set.of("from", "to", "sent at"))
                && (keys.contains("direction") || keys.contains("message"))) {
            return Optional.of("Invitations.csv");
        }
        if (keys.containsAll(Set.of("first name", "last name", "headline"))) {
            return Optional.of("Profile.csv");
        }
        return Optional.empty();
    }

    /** messages.csv: FROM, TO and SENDER PROFILE URL, or at least a CONVERSATION ID, in LinkedIn's capitals. */
    private static boolean isMessagesHeader(Set<String> keys) {
        return keys.containsAll(Set.of("from", "to"))
                && (keys.contains("sender profile url") || keys.contains("conversation id"));
    }

    private static Set<String> keys(List<String> fields) {
        return Set.copyOf(fields.stream().map(field -> field.strip().toLowerCase(Locale.ROOT)).toList());
    }
}
