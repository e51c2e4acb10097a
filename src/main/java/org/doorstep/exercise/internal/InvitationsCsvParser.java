package org.doorstep.exercise.internal;

import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.doorstep.exercise.ImportRefusedException;
import org.jspecify.annotations.Nullable;

/**
 * Reads LinkedIn's Invitations.csv ({@code From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl}):
 * for each invitation, the person on the other side, who sent it and its note. LinkedIn lists the newest first, so
 * where a person appears twice the first row is kept.
 */
public final class InvitationsCsvParser {

    private InvitationsCsvParser() {
    }

    /**
     * Invitations are extra evidence: a file that cannot be read (not text, broken quotes, no recognisable heading)
     * yields {@link Invitations#NONE} instead of stopping the import of the connections.
     */
    public static Invitations parse(InputStream in) {
        return parse(in, ExportRefusals.THE_FILE);
    }

    static Invitations parse(InputStream in, String subject) {
        try {
            String text = ExportText.read(in, subject);
            Collector collector = new Collector();
            CsvRows.forEachUnderHeading(text, subject, Columns::recognise, collector::accept);
            return collector.result();
        } catch (ImportRefusedException unreadable) {
            return Invitations.NONE;
        }
    }

    private record Columns(int from, int to, int message, int direction, int inviterUrl, int inviteeUrl) {

        static @Nullable Columns recognise(List<String> fields) {
            List<String> keys = fields.stream().map(field -> field.strip().toLowerCase(Locale.ROOT)).toList();
            if (!keys.containsAll(List.of("from", "to", "direction"))) {
                return null;
            }
            return new Columns(keys.indexOf("from"), keys.indexOf("to"), keys.indexOf("message"),
                    keys.indexOf("direction"), keys.indexOf("inviterprofileurl"), keys.indexOf("inviteeprofileurl"));
        }
    }

    private static final class Collector {

        private final Map<String, Invitations.Invitation> byUrl = new HashMap<>();
        private final Map<String, Invitations.Invitation> byName = new HashMap<>();
        private final Set<String> addressedNames = new HashSet<>();

        void accept(Columns columns, CsvRows.Row row) {
            String direction = row.field(columns.direction());
            boolean incoming = "INCOMING".equalsIgnoreCase(strip(direction));
            if (!incoming && !"OUTGOING".equalsIgnoreCase(strip(direction))) {
                return; // neither direction: not an invitation this parser can place
            }
            // The other side: who sent it when it came in, whom it went to when the member sent it.
            String name = MessagesCsvParser.name(row.field(incoming ? columns.from() : columns.to()));
            String url = ProfileUrls.normalise(row.field(incoming ? columns.inviterUrl() : columns.inviteeUrl()));
            String note = row.field(columns.message());
            Invitations.Invitation invitation = new Invitations.Invitation(incoming,
                    note == null || note.isBlank() ? null : note.strip());
            if (url != null) {
                byUrl.putIfAbsent(url, invitation);
                if (name != null) {
                    addressedNames.add(name);
                }
            }
            if (name != null) {
                byName.putIfAbsent(name, invitation);
            }
        }

        Invitations result() {
            return byUrl.isEmpty() && byName.isEmpty() ? Invitations.NONE : new Invitations(byUrl, byName, addressedNames);
        }

        private static @Nullable String strip(@Nullable String value) {
            return value == null ? null : value.strip();
        }
    }
}
