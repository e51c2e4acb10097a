package org.doorstep.course.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.doorstep.course.ContentProblem;
import org.doorstep.course.Course;
import org.doorstep.course.InvalidContentException;

/**
 * A course as files: course.yaml and lessons/{slug}.yaml, as shipped in src/main/resources/courses and as exported
 * and imported in a zip. Every reader validates through {@link #check}, so a problem is found the same way wherever
 * the files come from.
 */
public final class CourseFiles {

    public static final String COURSE_FILE = "course.yaml";
    static final int MAX_ENTRIES = 500;
    static final long MAX_FILE_BYTES = 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 16 * 1024 * 1024;

    /** A valid course: its text and each listed lesson's text, in course order. */
    public record CheckedCourse(Course course, String courseSource, Map<String, String> lessonSources) {
    }

    private CourseFiles() {
    }

    public static String lessonFile(String slug) {
        return "lessons/" + slug + ".yaml";
    }

    /**
     * Validates the course text and every lesson it lists ({@code lessonText} gives a lesson file's text, empty when
     * the file is missing); every problem of every file at once. {@code folder} prefixes the file names in problems.
     */
    public static CheckedCourse check(String folder, String courseSource, Function<String, Optional<String>> lessonText) {
        Course course = ContentReader.course(folder + COURSE_FILE, courseSource);
        Map<String, String> lessons = new LinkedHashMap<>();
        List<ContentProblem> problems = new ArrayList<>();
        for (String slug : course.lessons()) {
            String file = folder + lessonFile(slug);
            if (lessons.containsKey(slug)) {
                problems.add(new ContentProblem(folder + COURSE_FILE, "lessons", "names '" + slug + "' twice"));
                continue;
            }
            Optional<String> source = lessonText.apply(slug);
            if (source.isEmpty()) {
                problems.add(new ContentProblem(folder + COURSE_FILE, "lessons", "names '" + slug
                        + "' but " + file + " does not exist"));
                continue;
            }
            try {
                ContentReader.lesson(file, source.get());
                lessons.put(slug, source.get());
            } catch (InvalidContentException invalid) {
                problems.addAll(invalid.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidContentException(problems);
        }
        return new CheckedCourse(course, courseSource, lessons);
    }

    /** The course as a zip laid out like a folder of src/main/resources/courses. */
    public static byte[] zip(String courseSource, Map<String, String> lessonSources) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            put(zip, COURSE_FILE, courseSource);
            for (var lesson : lessonSources.entrySet()) {
                put(zip, lessonFile(lesson.getKey()), lesson.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /**
     * Reads and validates a course zip (its files at the top, or in one folder); refuses a file that is not part of
     * the layout, and stops reading past the size limits, so a zip bomb costs nothing.
     */
    public static CheckedCourse unzip(Path file, String name) {
        Map<String, String> texts = new LinkedHashMap<>();
        List<ContentProblem> problems = new ArrayList<>();
        read(file, name, texts, problems);
        if (!problems.isEmpty()) {
            throw new InvalidContentException(problems);
        }
        String folder = folder(texts);
        String courseSource = texts.get(folder + COURSE_FILE);
        if (courseSource == null) {
            throw new InvalidContentException(List.of(new ContentProblem(COURSE_FILE, "",
                    "is missing: the zip needs course.yaml and lessons/<slug>.yaml (" + name + ")")));
        }
        List<ContentProblem> found = new ArrayList<>();
        CheckedCourse checked = null;
        try {
            checked = check(folder, courseSource, slug -> Optional.ofNullable(texts.get(folder + lessonFile(slug))));
        } catch (InvalidContentException invalid) {
            found.addAll(invalid.problems());
        }
        Set<String> listed = ContentReader.uncheckedCourse(courseSource).map(course -> Set.copyOf(course.lessons()))
                .orElse(Set.of());
        for (String entry : texts.keySet()) {
            String inFolder = entry.startsWith(folder) ? entry.substring(folder.length()) : entry;
            boolean lessonFile = inFolder.startsWith("lessons/") && inFolder.endsWith(".yaml");
            if (inFolder.equals(COURSE_FILE) && entry.startsWith(folder)) {
                continue;
            }
            if (!entry.startsWith(folder) || !lessonFile) {
                found.add(new ContentProblem(entry, "", "is not part of a course (course.yaml and lessons/<slug>.yaml)"));
            } else if (!listed.contains(inFolder.substring("lessons/".length(), inFolder.length() - ".yaml".length()))) {
                found.add(new ContentProblem(entry, "", "is not listed in course.yaml's lessons"));
            }
        }
        if (!found.isEmpty() || checked == null) {
            throw new InvalidContentException(found);
        }
        return checked;
    }

    /** "" when course.yaml is at the top, else the one folder holding it ("doorstep/"). */
    private static String folder(Map<String, String> texts) {
        if (texts.containsKey(COURSE_FILE)) {
            return "";
        }
        List<String> folders = texts.keySet().stream().filter(entry -> entry.endsWith("/" + COURSE_FILE))
                .map(entry -> entry.substring(0, entry.length() - COURSE_FILE.length()))
                .filter(folder -> folder.indexOf('/') == folder.length() - 1).toList();
        return folders.size() == 1 ? folders.getFirst() : "";
    }

    private static void read(Path file, String name, Map<String, String> texts, List<ContentProblem> problems) {
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (entry.isDirectory() || ignored(entry.getName())) {
                    continue;
                }
                if (texts.size() >= MAX_ENTRIES) {
                    problems.add(new ContentProblem(name, "", "holds more than " + MAX_ENTRIES + " files"));
                    return;
                }
                byte[] bytes = readAtMost(zip, MAX_FILE_BYTES);
                total += bytes.length;
                if (bytes.length > MAX_FILE_BYTES || total > MAX_TOTAL_BYTES) {
                    problems.add(new ContentProblem(entry.getName(), "", "is too large (at most "
                            + MAX_FILE_BYTES / 1024 + " KB a file, " + MAX_TOTAL_BYTES / 1024 / 1024 + " MB in all)"));
                    return;
                }
                try {
                    texts.put(entry.getName(), StandardCharsets.UTF_8.newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
                } catch (CharacterCodingException notText) {
                    problems.add(new ContentProblem(entry.getName(), "", "is not UTF-8 text"));
                }
            }
        } catch (ZipException | IllegalArgumentException broken) {
            problems.add(new ContentProblem(name, "", "is not a readable zip (" + broken.getMessage() + ")"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (texts.isEmpty() && problems.isEmpty()) {
            problems.add(new ContentProblem(name, "", "is not a zip or holds no file"));
        }
    }

    /** What archivers add beside the files: macOS resource forks, Finder and Explorer leftovers. */
    private static boolean ignored(String entry) {
        String last = entry.substring(entry.lastIndexOf('/') + 1);
        return entry.startsWith("__MACOSX/") || last.equals(".DS_Store") || last.equals("Thumbs.db");
    }

    /** Up to limit + 1 bytes, so a longer entry shows as too long without being inflated further. */
    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        return in.readNBytes((int) limit + 1);
    }
}
