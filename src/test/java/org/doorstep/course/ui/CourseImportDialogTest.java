package org.doorstep.course.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.ListItem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.doorstep.KaribuTest;
import org.doorstep.course.CourseAuthoringService;
import org.doorstep.course.CourseCatalogueService;
import org.doorstep.course.CourseService;
import org.doorstep.course.CourseTransferService;
import org.doorstep.course.LessonSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A course exported as YAML files in a zip comes back whole; a broken zip is refused naming each problem. */
class CourseImportDialogTest extends KaribuTest {

    @Autowired
    CourseTransferService transfer;
    @Autowired
    CourseCatalogueService catalogue;
    @Autowired
    CourseAuthoringService authoring;

    private final String suffix = UUID.randomUUID().toString().substring(0, 6);

    static Map<String, String> entries(byte[] zip) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    static Path zip(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (var entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        Path file = Files.createTempFile("course", ".zip");
        Files.write(file, bytes.toByteArray());
        return file;
    }

    private CourseImportDialog openImport() {
        navigate("course/catalogue");
        _click(_get(CourseCatalogueView.class).importZip);
        return _get(CourseImportDialog.class);
    }

    @Test
    void the_export_is_laid_out_like_the_shipped_folder_and_imports_back_as_a_new_course_with_the_same_lessons()
            throws IOException {
        signInAs("admin");
        Map<String, String> exported = entries(transfer.exportPublished(CourseService.COURSE));
        assertThat(exported.keySet()).first().isEqualTo("course.yaml");
        assertThat(exported).containsKey("lessons/stranger-at-the-door.yaml").hasSize(9);
        assertThat(exported.get("lessons/four-criteria.yaml")).isEqualTo(
                new String(getClass().getResourceAsStream("/courses/doorstep/lessons/four-criteria.yaml").readAllBytes(),
                        StandardCharsets.UTF_8));

        String slug = "imported-" + suffix;
        Map<String, String> renamed = new LinkedHashMap<>(exported);
        renamed.put("course.yaml", exported.get("course.yaml").replace("slug: doorstep", "slug: " + slug));
        CourseImportDialog dialog = openImport();
        assertThat(dialog.target.getValue()).isEqualTo(CourseImportDialog.AS_NEW);
        Path file = zip(renamed);
        dialog.received("doorstep.zip", file);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(Files.exists(file)).isFalse();
        assertThat(authoring.lessons(slug)).extracting(LessonSource::slug)
                .containsExactlyElementsOf(authoring.lessons(CourseService.COURSE).stream().map(LessonSource::slug).toList());
        Map<String, String> again = entries(transfer.exportDrafts(slug));
        assertThat(again.get("course.yaml")).contains("slug: " + slug);
        exported.keySet().stream().filter(name -> name.startsWith("lessons/"))
                .forEach(name -> assertThat(again.get(name)).as(name).isEqualTo(exported.get(name)));
    }

    @Test
    void a_zip_imported_as_drafts_of_a_course_replaces_its_drafts_under_its_own_slug() throws IOException {
        signInAs("trainer");
        Map<String, String> exported = entries(transfer.exportPublished(CourseService.COURSE));
        signInAs("admin");
        String slug = catalogue.create("Drafts target " + suffix, "drafts-target-" + suffix);
        signInAs("trainer");
        navigate("course/catalogue");
        CourseCatalogueView view = _get(CourseCatalogueView.class);
        view.courses.select(catalogue.course(slug));
        _click(view.importZip);
        CourseImportDialog dialog = _get(CourseImportDialog.class);
        assertThat(dialog.target.getListDataView().getItems()).containsExactly(CourseImportDialog.AS_DRAFTS);
        assertThat(dialog.course.getValue().slug()).isEqualTo(slug);
        dialog.received("doorstep.zip", zip(exported));

        assertThat(authoring.lessons(slug)).hasSize(8).allMatch(LessonSource::draft);
        assertThat(entries(transfer.exportDrafts(slug)).get("course.yaml")).contains("slug: " + slug)
                .contains("title: Real relationships on LinkedIn");
    }

    @Test
    void a_broken_zip_is_refused_naming_each_problem_with_its_file_and_nothing_is_stored() throws IOException {
        signInAs("admin");
        int before = catalogue.count();
        Map<String, String> exported = entries(transfer.exportPublished(CourseService.COURSE));
        Map<String, String> broken = new LinkedHashMap<>();
        broken.put("course.yaml", exported.get("course.yaml").replace("slug: doorstep", "slug: broken-" + suffix)
                .replace("  - invitation-policy", "  - invitation-policy\n  - missing-lesson"));
        exported.forEach((name, text) -> {
            if (name.startsWith("lessons/")) {
                broken.put(name, text.replace("passMark: 70", "passMark: 170"));
            }
        });
        broken.put("notes.txt", "not part of a course");
        CourseImportDialog dialog = openImport();
        dialog.received("broken.zip", zip(broken));

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.outcome.getText()).endsWith("problem(s) in the zip; nothing was stored:");
        assertThat(_find(dialog.problems, ListItem.class)).extracting(ListItem::getText)
                .contains("course.yaml at lessons: names 'missing-lesson' but lessons/missing-lesson.yaml does not exist",
                        "notes.txt: is not part of a course (course.yaml and lessons/<slug>.yaml)")
                .anyMatch(problem -> problem.startsWith("lessons/four-criteria.yaml at ")
                        && problem.endsWith("passMark: must be a percentage from 1 to 100"));
        assertThat(catalogue.count()).isEqualTo(before);
    }

    @Test
    void a_file_that_is_no_zip_is_refused_by_name() throws IOException {
        signInAs("admin");
        Path file = Files.createTempFile("course", ".zip");
        Files.writeString(file, "slug: just-text");
        CourseImportDialog dialog = openImport();
        dialog.received("notes.zip", file);
        assertThat(_find(dialog.problems, ListItem.class)).extracting(ListItem::getText)
                .containsExactly("notes.zip: is not a zip or holds no file");
    }
}
