package org.doorstep.course.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.doorstep.base.Roles;
import org.doorstep.course.ContentProblem;
import org.doorstep.course.CourseAuthoringService;
import org.doorstep.course.CourseCatalogueService;
import org.doorstep.course.CourseOutlineService;
import org.doorstep.course.CourseService;
import org.doorstep.course.CourseSummary;
import org.doorstep.course.Lesson;
import org.doorstep.course.LessonSource;
import org.doorstep.security.PersonalTime;
import org.jspecify.annotations.Nullable;

/**
 * Trainers and admins edit a lesson's text (YAML, saved as a draft while they type), check it and
 * preview it exactly as trainees will see it. A content editor publishes it as a new course version;
 * other trainers ask a content editor to review it, and content editors see those requests here.
 */
@Route("course/authoring")
@Menu(order = 1.5, icon = "vaadin:edit", title = "nav.authoring")
@RolesAllowed({Roles.TRAINER, Roles.ADMIN})
public class AuthoringView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** The query parameter naming the course (?course=slug); the shipped course when absent. */
    static final String COURSE_PARAMETER = "course";

    /** How many courses the course chooser offers (the catalogue page lists them all). */
    static final int COURSE_CHOICES = 500;

    final ComboBox<CourseSummary> courseChooser = new ComboBox<>();
    final CourseOutlinePanel outline;
    final ComboBox<LessonSource> lessonChooser = new ComboBox<>();
    final TextArea editor = new TextArea();
    final Span status = new Span();
    final UnorderedList problems = new UnorderedList();
    final Button check = new Button();
    final Button preview = new Button();
    final Button publish = new Button();
    final Button askReview = new Button();
    final Span publishNote = new Span();
    final Button discard = new Button();
    final ReviewRequests reviewRequests;
    final TabSheet side = new TabSheet();
    final LessonChanges changes = new LessonChanges();
    final ScenarioMaps maps = new ScenarioMaps(this::showNode);
    /** The lesson as a form (the default) and as its YAML text, for power users. */
    final TabSheet editorTabs = new TabSheet();
    final LessonForm form;
    private final Tab formTab;
    private final Tab mapTab;
    final LessonHistory history;
    private final Tab changesTab;
    private final Div workspace = new Div();
    /** The version the Changes tab compares with; the live one unless a history row chose another. */
    private int comparedVersion;
    /** The node last found in the text from the map, null before any (for tests; the cursor itself lives in the browser). */
    @Nullable String selectedNode;

    private final CourseAuthoringService authoring;
    private final CourseCatalogueService catalogue;
    private @Nullable LessonSource current;
    /** The course being edited, from the query parameter. */
    private String course = CourseService.COURSE;

    public AuthoringView(CourseAuthoringService authoring, CourseCatalogueService catalogue, CourseOutlineService outlines,
            PersonalTime time) {
        this.authoring = authoring;
        this.catalogue = catalogue;
        addClassName("authoring-view");
        reviewRequests = new ReviewRequests(authoring, time.formats(), () -> course, this::choose);
        history = new LessonHistory(authoring, time.formats(), this::compareWith, this::restored);
        outline = new CourseOutlinePanel(outlines, authoring.mayPublish(), this::choose, this::outlineChanged);
        courseChooser.setLabel(getTranslation("authoring.course"));
        courseChooser.addClassName("course-chooser");
        courseChooser.setItemLabelGenerator(summary -> summary.title() + (summary.retired()
                ? " — " + getTranslation("catalogue.retired") : ""));
        courseChooser.setWidth("min(100%, 32rem)");
        courseChooser.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                UI.getCurrent().navigate(AuthoringView.class, QueryParameters.of(COURSE_PARAMETER, change.getValue().slug()));
            }
        });
        add(new H2(getTranslation("nav.authoring")), help(), courseChooser, outline, reviewRequests);

        lessonChooser.setLabel(getTranslation("authoring.lesson"));
        lessonChooser.addClassName("lesson-chooser");
        lessonChooser.setPlaceholder(getTranslation("authoring.lesson.placeholder"));
        lessonChooser.setItemLabelGenerator(lesson -> lesson.title() + (lesson.awaitingReview()
                ? " — " + getTranslation("authoring.awaiting-review")
                : lesson.draft() ? " — " + getTranslation("authoring.has-draft") : ""));
        lessonChooser.setWidth("min(100%, 32rem)");
        lessonChooser.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                load(change.getValue().slug());
            }
        });

        editor.setLabel(getTranslation("authoring.editor"));
        editor.setWidthFull();
        editor.setMinRows(18);
        editor.setMaxRows(40);
        editor.addClassName("yaml-editor");
        editor.setValueChangeMode(ValueChangeMode.LAZY);
        editor.setValueChangeTimeout(1500);
        editor.addValueChangeListener(change -> {
            if (change.isFromClient() && current != null) {
                saved(change.getValue());
            }
        });
        form = new LessonForm(authoring, text -> {
            editor.setValue(text);
            saved(text);
        });
        formTab = editorTabs.add(getTranslation("authoring.form.tab"), form);
        editorTabs.add(getTranslation("authoring.yaml.tab"), editor);
        editorTabs.addClassName("authoring-editor-tabs");
        // The form follows what was typed in the YAML tab.
        editorTabs.addSelectedChangeListener(change -> {
            if (change.getSelectedTab() == formTab) {
                form.follow(editor.getValue());
            }
        });

        check.setText(getTranslation("authoring.check"));
        check.addClickListener(click -> showProblems(authoring.check(chosen().slug(), editor.getValue())));
        preview.setText(getTranslation("authoring.preview"));
        preview.setIcon(VaadinIcon.EYE.create());
        preview.addClickListener(click -> openPreview());
        preview.addClickShortcut(Key.KEY_P, KeyModifier.ALT);
        publish.setText(getTranslation("authoring.publish"));
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(click -> confirmPublish());
        askReview.setText(getTranslation("authoring.ask-review"));
        askReview.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        askReview.addClickListener(click -> askForReview());
        // Only one of the two applies to whoever is signed in; the service refuses the other anyway.
        publish.setVisible(authoring.mayPublish());
        askReview.setVisible(!authoring.mayPublish());
        publishNote.addClassName("publish-note");
        publishNote.setId("publish-note");
        publish.getElement().setAttribute("aria-describedby", "publish-note");
        askReview.getElement().setAttribute("aria-describedby", "publish-note");
        discard.setText(getTranslation("authoring.discard"));
        discard.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        discard.addClickListener(click -> {
            authoring.discardDraft(course, chosen().slug());
            load(chosen().slug());
        });
        Div actions = new Div(check, preview, publish, askReview, discard, publishNote);
        actions.addClassName("authoring-actions");
        actions.setVisible(false);
        status.addClassName("authoring-status");
        status.getElement().setAttribute("aria-live", "polite");
        problems.addClassName("content-problems");
        mapTab = side.add(getTranslation("authoring.map.tab"), maps);
        changesTab = side.add(getTranslation("authoring.changes.tab"), changes);
        side.add(getTranslation("authoring.history.tab"), history);
        side.addClassName("authoring-side");
        side.addSelectedChangeListener(change -> refreshSide());
        workspace.addClassName("authoring-workspace");
        workspace.add(editorTabs, side);
        workspace.setVisible(false);
        // The actions sit above the long text, so Preview and Publish never need a scroll.
        add(lessonChooser, actions, status, problems, workspace);
    }

    /** The map and the changes follow the text as it is saved; each is worked out only while its tab is shown. */
    private void refreshSide() {
        if (current == null) {
            return;
        }
        if (side.getSelectedTab() == changesTab) {
            changes.show(authoring.diff(course, current.slug(), comparedVersion, editor.getValue()));
        } else if (side.getSelectedTab() == mapTab) {
            maps.show(authoring.scenarioMaps(editor.getValue()));
        }
    }

    /** Saves the text as the draft (typed in the YAML tab or written by the form). */
    private void saved(String text) {
        authoring.saveDraft(course, chosen().slug(), text);
        status.setText(getTranslation("authoring.status.draft-saved"));
        discard.setEnabled(true);
        updatePublishing();
        refreshSide();
    }

    /** From the map: the node's form on the Form tab, its line in the text on the YAML tab. */
    void showNode(String stepId, String nodeId) {
        if (editorTabs.getSelectedTab() == formTab) {
            form.follow(editor.getValue());
            if (form.openNode(stepId, nodeId)) {
                selectedNode = nodeId;
            }
        } else {
            showNodeInText(nodeId);
        }
    }

    /** Moves the text's cursor to the node's "- id:" line (from the map). */
    void showNodeInText(String nodeId) {
        if (TextCursor.toIdLine(editor, nodeId)) {
            selectedNode = nodeId;
        }
    }

    void compareWith(int version) {
        comparedVersion = version;
        side.setSelectedTab(changesTab);
        refreshSide();
    }

    private void restored(int version) {
        Notification.show(getTranslation("authoring.history.restored", version), 5000, Notification.Position.BOTTOM_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        refreshLessons();
    }

    /** The actions show only once a lesson is chosen (and loaded). */
    private LessonSource chosen() {
        return Objects.requireNonNull(current, "no lesson chosen");
    }

    private Paragraph help() {
        Paragraph help = new Paragraph(getTranslation("authoring.help") + " ");
        help.add(new Anchor("https://yaml.org/spec/1.2.2/", getTranslation("authoring.help.yaml")));
        help.addClassName("authoring-help");
        return help;
    }

    void load(String slug) {
        current = authoring.source(course, slug);
        editor.setValue(current.source());
        form.load(slug, current.source());
        workspace.setVisible(true);
        problems.removeAll();
        problems.setVisible(false);
        comparedVersion = current.publishedVersion();
        history.show(course, slug);
        refreshSide();
        status.setText(getTranslation(current.draft() ? "authoring.status.draft" : "authoring.status.published",
                current.publishedVersion()));
        getChildren().filter(child -> child.hasClassName("authoring-actions")).forEach(child -> child.setVisible(true));
        discard.setEnabled(current.draft());
        updatePublishing();
    }

    /** Publish only for a content editor and only when the text differs from the live one; the note says why not. */
    private void updatePublishing() {
        boolean unchanged = chosen().unchanged(editor.getValue());
        String note;
        // A lesson added since the last version goes out with its course (the outline's Publish course).
        boolean newLesson = chosen().publishedSource().isEmpty();
        if (authoring.mayPublish()) {
            publish.setEnabled(!unchanged && !newLesson);
            note = newLesson ? "authoring.publish.course-first" : unchanged ? "authoring.publish.unchanged" : "";
        } else {
            boolean asked = chosen().awaitingReview();
            askReview.setEnabled(!unchanged && !asked);
            note = unchanged ? "authoring.publish.unchanged" : asked ? "authoring.review.asked" : "authoring.publish.editors-only";
        }
        publishNote.setText(note.isEmpty() ? "" : getTranslation(note));
    }

    private void askForReview() {
        // A content editor should get text that can be published, so the problems are fixed first.
        if (!showProblems(authoring.check(chosen().slug(), editor.getValue()))) {
            return;
        }
        authoring.askForReview(course, chosen().slug(), editor.getValue());
        Notification.show(getTranslation("authoring.review.sent"), 5000, Notification.Position.BOTTOM_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        refreshLessons();
    }

    private boolean showProblems(List<ContentProblem> found) {
        problems.removeAll();
        // An empty list would still take its margins: a gap above the text.
        problems.setVisible(!found.isEmpty());
        if (found.isEmpty()) {
            status.setText(getTranslation("authoring.status.valid"));
            return true;
        }
        status.setText(getTranslation("authoring.status.invalid", found.size()));
        found.forEach(problem -> problems.add(new ListItem(
                (problem.place().isEmpty() ? "" : problem.place() + ": ") + problem.problem())));
        return false;
    }

    private void openPreview() {
        if (!showProblems(authoring.check(chosen().slug(), editor.getValue()))) {
            return;
        }
        Lesson lesson = authoring.preview(chosen().slug(), editor.getValue());
        Dialog dialog = new Dialog();
        dialog.addClassName("preview-dialog");
        dialog.setHeaderTitle(getTranslation("authoring.preview.title"));
        Button close = new Button(VaadinIcon.CLOSE.create(), click -> dialog.close());
        close.setAriaLabel(getTranslation("authoring.preview.close"));
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        dialog.getHeader().add(close);
        dialog.add(new PreviewWidth(new LessonPlayer(lesson, Map.of(), lesson.steps().getFirst().id(),
                new PreviewPlay(lesson), open -> dialog.close())));
        dialog.setWidth("min(100vw, 56rem)");
        dialog.open();
    }

    private void confirmPublish() {
        if (!showProblems(authoring.check(chosen().slug(), editor.getValue()))) {
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("authoring.publish.title"),
                getTranslation("authoring.publish.text", chosen().publishedVersion() + 1),
                getTranslation("authoring.publish"), event -> doPublish());
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("authoring.cancel"));
        confirm.open();
    }

    void doPublish() {
        int version = authoring.publish(course, chosen().slug(), editor.getValue());
        Notification note = Notification.show(getTranslation("authoring.published", version), 5000,
                Notification.Position.BOTTOM_CENTER);
        note.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        reviewRequests.refresh();
        outline.refresh();
        refreshLessons();
    }

    /** New labels (draft, awaiting review) in the chooser, the current lesson still chosen and reloaded. */
    private void refreshLessons() {
        String slug = chosen().slug();
        lessonChooser.setItems(authoring.lessons(course));
        choose(slug);
        load(slug);
    }

    /** Opens the course the address names (?course=slug), the shipped one when it names none. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        course = event.getLocation().getQueryParameters().getSingleParameter(COURSE_PARAMETER)
                .orElse(CourseService.COURSE);
        List<CourseSummary> courses = catalogue.courses(0, COURSE_CHOICES);
        courseChooser.setItems(courses);
        var chosenCourse = courses.stream().filter(summary -> summary.slug().equals(course)).findFirst();
        if (chosenCourse.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        courseChooser.setValue(chosenCourse.get());
        current = null;
        workspace.setVisible(false);
        getChildren().filter(child -> child.hasClassName("authoring-actions")).forEach(child -> child.setVisible(false));
        outline.show(course);
        reviewRequests.refresh();
        lessonChooser.setItems(authoring.lessons(course));
    }

    /** The outline added, moved or removed a lesson, or published: the chooser follows; the lesson shown stays if kept. */
    private void outlineChanged() {
        String slug = current == null ? null : current.slug();
        List<LessonSource> lessons = authoring.lessons(course);
        lessonChooser.setItems(lessons);
        reviewRequests.refresh();
        if (slug != null && lessons.stream().anyMatch(lesson -> lesson.slug().equals(slug))) {
            choose(slug);
            load(slug);
        } else {
            current = null;
            workspace.setVisible(false);
            getChildren().filter(child -> child.hasClassName("authoring-actions")).forEach(child -> child.setVisible(false));
        }
    }

    /** The course being edited (its slug). */
    String course() {
        return course;
    }

    void choose(String slug) {
        lessonChooser.getListDataView().getItems().filter(lesson -> lesson.slug().equals(slug)).findFirst()
                .ifPresent(lessonChooser::setValue);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.authoring");
    }
}
