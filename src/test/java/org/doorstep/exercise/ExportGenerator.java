package org.doorstep.exercise;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.doorstep.exercise.internal.ExportFormat;

/**
 * Writes a LinkedIn Connections.csv of invented people, the same bytes for the same seed: for the size and row
 * refusals and for benchmarks. Names come in several scripts, companies and positions carry commas and quotes,
 * about 5% of rows have an email, about 1% are hidden profiles (only a date), dates run from 2005 to 2026.
 */
public final class ExportGenerator {

    /** What was written, for a test's expectations. */
    public record Written(int rows, int hiddenRows, int rowsWithEmail, long bytes) {
    }

    private static final String PREAMBLE = """
            Notes:
            "When exporting your connection data, you may notice that some of the email addresses are missing. \
            You will only see email addresses for connections who have allowed it."

            """;

    private static final String[] FIRST_NAMES = {
        "Omar", "Hannah", "Noah", "Priya", "Mateo", "Charlotte", "Emeka", "Olivia", "Yuki", "Daniel",
        "Lucía", "Søren", "Siobhán", "Zoë", "Łukasz", "Małgorzata", "Aoife", "François",
        "伟", "芳", "محمد", "فاطمة", "Δημήτρης", "प्रिया", "ゆき", "Sam 🚀"};
    private static final String[] LAST_NAMES = {
        "Dubois", "Young", "Okafor", "Taylor", "Wright", "O'Brien", "Wilson", "Johansson", "Walker", "Clarke",
        "García", "Müller", "Ní Bhriain", "Ó Súilleabháin", "Wróbel-Żak", "Nowak",
        "王", "李", "العلي", "حداد", "Παπαδόπουλος", "शर्मा", "佐藤", "Lee 👩‍💻"};
    private static final String[] COMPANIES = {
        "Halcyon Health NHS Trust", "Pinnacle Print, Inc.", "Kestrel Energy", "The \"Good\" Bakery",
        "Global Widgets (UK) Limited", "Freelance", "", "Meridian Bank plc", "华为技术有限公司", "Żabka Polska",
        "Smith, Jones & Partners LLP", "Lumen Labs"};
    private static final String[] POSITIONS = {
        "Consultant", "Founder, CEO", "Head of \"Growth\"", "Growth Hacker | Helping you 10x your leads", "",
        "Software Engineer", "Nurse", "Account Executive", "Teacher", "مهندس", "软件工程师", "Talent Acquisition Lead"};

    private static final DateTimeFormatter CONNECTED_ON = DateTimeFormatter.ofPattern("dd MMM yyyy", Locale.ENGLISH);
    private static final LocalDate FIRST_DAY = LocalDate.of(2005, 1, 1);
    private static final int DAYS = (int) (LocalDate.of(2026, 11, 26).toEpochDay() - FIRST_DAY.toEpochDay());

    private ExportGenerator() {
    }

    /** Writes the export; the stream is flushed, not closed. CURRENT starts with LinkedIn's Notes preamble. */
    public static Written write(OutputStream out, int rows, ExportFormat format, long seed) {
        return write(out, rows, format, seed, null, new ArrayList<>());
    }

    /**
     * As {@link #write(OutputStream, int, ExportFormat, long)}; the last {@code burst.size()} rows are connected in
     * that week, and every person not hidden is added to {@code people} as {name, profile URL}.
     */
    private static Written write(OutputStream out, int rows, ExportFormat format, long seed, Burst burst,
            List<String[]> people) {
        CountingStream counted = new CountingStream(out);
        Writer writer = new OutputStreamWriter(counted, StandardCharsets.UTF_8);
        Random random = new Random(seed);
        int hidden = 0;
        int withEmail = 0;
        try {
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
            boolean current = format == ExportFormat.CURRENT;
            if (current) {
                writer.write(PREAMBLE);
            }
            csv.printRecord(current ? List.of("First Name", "Last Name", "URL", "Email Address", "Company",
                    "Position", "Connected On")
                    : List.of("First Name", "Last Name", "Email Address", "Company", "Position", "Connected On"));
            for (int row = 0; row < rows; row++) {
                int day = random.nextInt(DAYS + 1);
                String connectedOn = (burst != null && row >= rows - burst.size()
                        ? burst.monday().plusDays(day % 7) : FIRST_DAY.plusDays(day)).format(CONNECTED_ON);
                if (random.nextInt(100) == 0) {
                    hidden++;
                    csv.printRecord(blankRow(current ? 6 : 5, connectedOn));
                    continue;
                }
                String first = pick(random, FIRST_NAMES);
                String last = pick(random, LAST_NAMES);
                String slug = slug(first + "-" + last) + "-" + id(row, seed);
                boolean email = random.nextInt(20) == 0;
                withEmail += email ? 1 : 0;
                List<String> values = new ArrayList<>(List.of(first, last));
                if (current) {
                    // LinkedIn writes non-Latin slugs both raw and percent-encoded.
                    values.add("https://www.linkedin.com/in/" + (random.nextBoolean() ? slug : percentEncode(slug)));
                }
                values.add(email ? asciiOnly(slug) + "@example.com" : "");
                values.add(pick(random, COMPANIES));
                values.add(pick(random, POSITIONS));
                values.add(connectedOn);
                csv.printRecord(values);
                people.add(new String[] {first + " " + last, current ? values.get(2) : ""});
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Written(rows, hidden, withEmail, counted.count);
    }

    public static Written write(Path file, int rows, ExportFormat format, long seed) {
        try (OutputStream out = Files.newOutputStream(file)) {
            return write(out, rows, format, seed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A week in which many people were connected: {@code size} of them on its days, Monday to Sunday. */
    public record Burst(LocalDate monday, int size) {
    }

    /** What a zip holds besides the connections, for a test's expectations. */
    public record WrittenZip(Written connections, int messages, int invitations, int peopleMessaged) {
    }

    private static final String MEMBER = "Alex Morgan";
    private static final String MEMBER_URL = "https://www.linkedin.com/in/alex-morgan-0a1b2c3d";

    /**
     * A LinkedIn zip of a current-format Connections.csv of {@code rows} (the last {@code burst.size()} connected in
     * that week; burst may be null), a messages.csv of {@code messages} messages between the member and the first
     * tenth of the people (in both directions, a few written to a group of two), and an Invitations.csv with one
     * invitation for every 20th person, both directions, notes with commas and line breaks, some without addresses.
     */
    public static WrittenZip writeZip(Path file, int rows, Burst burst, int messages, long seed) {
        List<String[]> people = new ArrayList<>();
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file), StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry("Basic_LinkedInDataExport_12-07-2026/Connections.csv"));
            Written connections = write(zip, rows, ExportFormat.CURRENT, seed, burst, people);
            zip.closeEntry();
            Random random = new Random(seed + 1);
            zip.putNextEntry(new ZipEntry("Basic_LinkedInDataExport_12-07-2026/messages.csv"));
            int messaged = writeMessages(zip, people.subList(0, Math.max(1, people.size() / 10)), messages, random);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("Basic_LinkedInDataExport_12-07-2026/Invitations.csv"));
            int invitations = writeInvitations(zip, people, random);
            zip.closeEntry();
            return new WrittenZip(connections, messages, invitations, messaged);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int writeMessages(OutputStream out, List<String[]> people, int messages, Random random)
            throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
        csv.printRecord("CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO",
                "RECIPIENT PROFILE URLS", "DATE", "SUBJECT", "CONTENT", "FOLDER");
        java.util.Set<Integer> messaged = new java.util.HashSet<>();
        for (int i = 0; i < messages; i++) {
            int index = random.nextInt(people.size());
            messaged.add(index);
            String[] person = people.get(index);
            String date = FIRST_DAY.plusDays(random.nextInt(DAYS + 1)) + " 10:00:00 UTC";
            if (random.nextInt(50) == 0) {
                String[] other = people.get(random.nextInt(people.size()));
                messaged.add(people.indexOf(other));
                csv.printRecord("2-g" + index, "A group", MEMBER, MEMBER_URL, person[0] + ", " + other[0],
                        person[1] + "," + other[1], date, "", "Hello both, meet each other!", "INBOX");
            } else if (random.nextBoolean()) {
                csv.printRecord("2-" + index, "", MEMBER, MEMBER_URL, person[0], person[1], date, "",
                        "Thanks, \"great\" to hear from you,\nspeak soon", "INBOX");
            } else {
                csv.printRecord("2-" + index, "", person[0], person[1], MEMBER, MEMBER_URL, date, "",
                        "Hi Alex, a quick question", "INBOX");
            }
        }
        csv.flush();
        return messaged.size();
    }

    private static int writeInvitations(OutputStream out, List<String[]> people, Random random) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
        csv.printRecord("From", "To", "Sent At", "Message", "Direction", "inviterProfileUrl", "inviteeProfileUrl");
        int written = 0;
        for (int i = 0; i < people.size(); i += 20) {
            String[] person = people.get(i);
            boolean incoming = random.nextBoolean();
            String note = switch (random.nextInt(3)) {
                case 0 -> "";
                case 1 -> "Hello, we met at the fair, stand 12.\nShall we connect?";
                default -> "I'd like to join your network";
            };
            String url = random.nextInt(10) == 0 ? "" : person[1];
            String memberUrl = url.isEmpty() ? "" : MEMBER_URL;
            if (incoming) {
                csv.printRecord(person[0], MEMBER, "11/2/26, 9:12 AM", note, "INCOMING", url, memberUrl);
            } else {
                csv.printRecord(MEMBER, person[0], "11/2/26, 9:12 AM", note, "OUTGOING", memberUrl, url);
            }
            written++;
        }
        csv.flush();
        return written;
    }

    public static byte[] bytes(int rows, ExportFormat format, long seed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, rows, format, seed);
        return out.toByteArray();
    }

    private static List<String> blankRow(int emptyValues, String connectedOn) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < emptyValues; i++) {
            values.add("");
        }
        values.add(connectedOn);
        return values;
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    /** Unique per row: multiplying by an odd constant is a bijection on 32-bit numbers. */
    private static String id(int row, long seed) {
        return String.format("%08x", (row * 0x9E3779B1) ^ (int) seed);
    }

    private static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[\\s'\"]+", "-").replaceAll("[^\\p{L}\\p{M}\\p{N}-]", "")
                .replaceAll("-+", "-").replaceAll("^-|-$", "");
    }

    private static String asciiOnly(String slug) {
        String ascii = slug.replaceAll("[^a-z0-9-]", "").replaceAll("-+", "-").replaceAll("^-", "");
        // A name wholly in another script leaves only the id.
        return ascii.matches("[0-9a-f]{8}") ? "contact-" + ascii : ascii;
    }

    private static String percentEncode(String text) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            if (b >= 0 && (Character.isLetterOrDigit(b) || b == '-')) {
                encoded.append((char) b);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return encoded.toString();
    }

    private static final class CountingStream extends FilterOutputStream {
        private long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
