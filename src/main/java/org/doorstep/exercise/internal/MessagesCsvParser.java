package org.doorstep.exercise.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.doorstep.exercise.ImportRefusedException;
import org.jspecify.annotations.Nullable;

/**
 * Reads LinkedIn's messages.csv for the people the member has written with, and how often. The file does not say whose export
 * it is, so the member is worked out from who takes part in the most messages, and left out.
 */
public final class MessagesCsvParser {

    // RECIPIENT PROFILE URLS lists a group conversation's members as "url1,url2" or "url1 url2".
    private static final Pattern URL_SEPARATORS = Pattern.compile("[,\\s]+");

    private MessagesCsvParser() {
    }

    /**
     * An empty file, or one without a heading naming FROM, SENDER PROFILE URL and TO, yields
     * {@link MessagedContacts#NONE}: the messages are extra evidence and must not stop an import of connections.
     *
     * @throws ImportRefusedException TOO_LARGE, NOT_TEXT or UNBALANCED_QUOTES
     */
    public static MessagedContacts parse(InputStream in) {
        return parse(in, ExportRefusals.THE_FILE);
    }

    static MessagedContacts parse(InputStream in, String subject) {
        String text = ExportText.read(in, subject, ExportText.MAX_MESSAGES_MEGABYTES);
        Tally tally = new Tally();
        CsvRows.forEachUnderHeading(text, subject, Columns::recognise, tally::accept);
        return tally.result();
    }

    record Columns(int from, int senderUrl, int to, int recipientUrls) {

        static @Nullable Columns recognise(List<String> fields) {
            List<String> keys = fields.stream().map(field -> field.strip().toLowerCase(Locale.ROOT)).toList();
            if (!keys.containsAll(List.of("from", "sender profile url", "to"))) {
                return null;
            }
            return new Columns(keys.indexOf("from"), keys.indexOf("sender profile url"), keys.indexOf("to"),
                    keys.indexOf("recipient profile urls"));
        }
    }

    /** Counts in how many messages each address and each name takes part, and which address goes with which name. */
    static final class Tally {

        private final Map<String, Integer> messagesPerUrl = new HashMap<>();
        private final Map<String, Integer> messagesPerName = new HashMap<>();
        private final Map<String, Set<String>> urlsByName = new HashMap<>();
        // The member's address and name are in every message, a correspondent's in each of theirs: each raw
        // value is normalised once (50,000 messages hold a few thousand distinct ones).
        private final Map<String, String> normalisedUrls = new HashMap<>();
        private final Map<String, String> normalisedNames = new HashMap<>();

        private @Nullable String url(@Nullable String raw) {
            return raw == null ? null : normalisedUrls.computeIfAbsent(raw, ProfileUrls::normalise);
        }

        private @Nullable String nameOf(@Nullable String raw) {
            return raw == null ? null : normalisedNames.computeIfAbsent(raw, MessagesCsvParser::name);
        }

        void accept(Columns columns, CsvRows.Row row) {
            String senderName = nameOf(row.field(columns.from()));
            String senderUrl = url(row.field(columns.senderUrl()));
            List<@Nullable String> recipientUrls = recipientUrls(row.field(columns.recipientUrls()));
            List<String> recipientNames = recipientNames(row.field(columns.to()), recipientUrls.size());

            countOnce(messagesPerUrl, senderUrl, recipientUrls);
            countOnce(messagesPerName, senderName, recipientNames);
            pair(senderName, senderUrl);
            if (recipientNames.size() == recipientUrls.size()) {
                for (int i = 0; i < recipientNames.size(); i++) {
                    pair(recipientNames.get(i), recipientUrls.get(i));
                }
            }
        }

        /** Each party counts once per message, however often it is listed (a plain loop: 50,000 rows, few parties). */
        private static void countOnce(Map<String, Integer> messagesPer, @Nullable String sender,
                List<@Nullable String> recipients) {
            if (sender != null) {
                messagesPer.merge(sender, 1, Integer::sum);
            }
            for (int i = 0; i < recipients.size(); i++) {
                String party = recipients.get(i);
                if (party != null && !party.equals(sender) && !recipients.subList(0, i).contains(party)) {
                    messagesPer.merge(party, 1, Integer::sum);
                }
            }
        }

        private void pair(@Nullable String name, @Nullable String url) {
            if (name != null && url != null) {
                urlsByName.computeIfAbsent(name, key -> new HashSet<>()).add(url);
            }
        }

        /**
         * The member is in every message of their own export, as sender or recipient, so their name is the one in
         * the most messages, and their addresses are the ones that go with that name. Their address alone is no
         * guide where the file lists no recipient addresses: then it appears only in the messages they sent.
         */
        MessagedContacts result() {
            String member = soleLeader(messagesPerName);
            Set<String> memberUrls = member != null ? urlsByName.getOrDefault(member, Set.of())
                    : Optional.ofNullable(soleLeader(messagesPerUrl)).map(Set::of).orElse(Set.of());
            Map<String, Integer> urls = new HashMap<>(messagesPerUrl);
            urls.keySet().removeAll(memberUrls);
            Map<String, Integer> names = new HashMap<>(messagesPerName);
            names.remove(member);
            Set<String> addressedNames = new HashSet<>(urlsByName.keySet());
            addressedNames.remove(member);
            return new MessagedContacts(urls, names, addressedNames);
        }

        /**
         * The one taking part in the most messages. In a single one-to-one conversation both sides tie: then
         * nobody, as keeping the member's own entry matches none of their connections, while removing the wrong
         * one would lose real evidence.
         */
        private static @Nullable String soleLeader(Map<String, Integer> messagesPer) {
            int most = messagesPer.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            List<String> leaders = messagesPer.entrySet().stream()
                    .filter(entry -> entry.getValue() == most).map(Map.Entry::getKey).toList();
            return leaders.size() == 1 ? leaders.getFirst() : null;
        }

        private List<@Nullable String> recipientUrls(@Nullable String urls) {
            if (urls == null || urls.isBlank()) {
                return List.of();
            }
            String stripped = urls.strip();
            // Most messages have one recipient: no regular expression for them (50,000 rows).
            if (!hasSeparator(stripped)) {
                return Collections.singletonList(url(stripped));
            }
            List<@Nullable String> split = new ArrayList<>();
            for (String url : URL_SEPARATORS.split(stripped)) {
                split.add(url(url));
            }
            return split;
        }

        private static boolean hasSeparator(String urls) {
            for (int i = 0; i < urls.length(); i++) {
                char c = urls.charAt(i);
                if (c == ',' || Character.isWhitespace(c)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * "Ana Silva, Bob Jones" for a group, but "Jane Roe, PhD" for one person: split on commas only when that
         * gives as many names as there are recipient addresses.
         */
        private List<String> recipientNames(@Nullable String to, int recipientCount) {
            if (to == null || to.isBlank()) {
                return List.of();
            }
            if (recipientCount <= 1) {
                return List.of(nameOf(to));
            }
            List<String> parts = Arrays.stream(to.split(",")).map(this::nameOf).toList();
            return recipientCount > 1 && parts.size() == recipientCount && !parts.contains(null)
                    ? parts : List.of(nameOf(to));
        }
    }

    /**
     * A match key: lower case, trimmed, runs of spaces made one, so "Ana  SILVA " and "Ana Silva" are one person;
     * null when blank.
     */
    static @Nullable String name(@Nullable String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return raw.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
