package org.doorstep.course.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.doorstep.course.ContentProblem;
import org.doorstep.course.Course;
import org.doorstep.course.InvalidContentException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks the shipped course files at start-up (an invalid one stops it, naming file, place and
 * problem) and publishes them as a new version when they differ from the last version they gave.
 */
@Component
class CourseFileLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CourseFileLoader.class);
    static final String LOCATION = "classpath*:courses/*/course.yaml";

    private final CourseVersions versions;

    CourseFileLoader(CourseVersions versions) {
        this.versions = versions;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        for (Resource courseFile : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
            ShippedCourse shipped = read(courseFile);
            versions.lockForPublishing(shipped.course().slug());
            boolean unchanged = versions.latestFromFiles(shipped.course().slug())
                    .map(row -> row.sourceHash().equals(shipped.hash())).orElse(false);
            if (!unchanged) {
                versions.publish(shipped.course().slug(), "FILE", shipped.hash(), null, shipped.courseSource(),
                        shipped.lessonSources());
                log.info("Published course '{}' from its files ({} lessons)", shipped.course().slug(),
                        shipped.lessonSources().size());
            }
        }
    }

    record ShippedCourse(Course course, String courseSource, Map<String, String> lessonSources, String hash) {
    }

    /** Reads and validates a course folder; every problem in every file is reported at once. */
    static ShippedCourse read(Resource courseFile) throws IOException {
        String path = courseFile.getURL().getPath();
        String parent = path.substring(0, path.lastIndexOf('/'));
        String folder = "courses/" + parent.substring(parent.lastIndexOf('/') + 1);
        String courseSource = courseFile.getContentAsString(StandardCharsets.UTF_8);
        Course course = ContentReader.course(folder + "/course.yaml", courseSource);
        Map<String, String> lessons = new LinkedHashMap<>();
        List<ContentProblem> problems = new ArrayList<>();
        for (String slug : course.lessons()) {
            String file = folder + "/lessons/" + slug + ".yaml";
            Resource lessonFile = courseFile.createRelative("lessons/" + slug + ".yaml");
            if (!lessonFile.exists()) {
                problems.add(new ContentProblem(folder + "/course.yaml", "lessons", "names '" + slug
                        + "' but " + file + " does not exist"));
                continue;
            }
            String source = lessonFile.getContentAsString(StandardCharsets.UTF_8);
            try {
                ContentReader.lesson(file, source);
                lessons.put(slug, source);
            } catch (InvalidContentException invalid) {
                problems.addAll(invalid.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidContentException(problems);
        }
        return new ShippedCourse(course, courseSource, lessons, hash(courseSource, lessons));
    }

    private static String hash(String courseSource, Map<String, String> lessons) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(courseSource.getBytes(StandardCharsets.UTF_8));
            lessons.forEach((slug, source) -> {
                digest.update(slug.getBytes(StandardCharsets.UTF_8));
                digest.update(source.getBytes(StandardCharsets.UTF_8));
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
