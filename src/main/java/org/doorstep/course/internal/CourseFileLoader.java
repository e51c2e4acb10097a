package org.doorstep.course.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Optional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import org.doorstep.course.Course;
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
    private final CourseRows courses;

    CourseFileLoader(CourseVersions versions, CourseRows courses) {
        this.versions = versions;
        this.courses = courses;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        for (Resource courseFile : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
            ShippedCourse shipped = read(courseFile);
            versions.lockForPublishing(shipped.course().slug());
            courses.create(shipped.course().slug(), null, null, Instant.now()); // a new shipped course joins the catalogue
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
        CourseFiles.CheckedCourse checked = CourseFiles.check(folder + "/", courseSource, slug -> {
            Resource lessonFile = relative(courseFile, CourseFiles.lessonFile(slug));
            return lessonFile.exists() ? Optional.of(text(lessonFile)) : Optional.empty();
        });
        return new ShippedCourse(checked.course(), courseSource, checked.lessonSources(),
                hash(courseSource, checked.lessonSources()));
    }

    private static Resource relative(Resource resource, String path) {
        try {
            return resource.createRelative(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Resource resource) {
        try {
            return resource.getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
