package org.doorstep.course.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.doorstep.course.ContentProblem;
import org.doorstep.course.CourseAuthoringService;
import org.doorstep.course.Lesson;
import org.jspecify.annotations.Nullable;

/**
 * A lesson as a form, so an author never needs the YAML: the lesson's title, summary and time, then its steps.
 * Every change is written as the documented YAML, handed to {@code onText} (which saves it as the draft) and checked;
 * each problem is shown beside its field and listed at the top, where it takes the author to that field.
 */
@StyleSheet("assets/styles/lesson-form.css")
class LessonForm extends Div {

    private final CourseAuthoringService authoring;
    private final Consumer<String> onText;
    final FieldMarks marks = new FieldMarks();
    final Div summary = new Div();
    final UnorderedList summaryList = new UnorderedList();
    private final H3 summaryTitle = new H3();
    final Paragraph unreadable = new Paragraph();
    private final Div fields = new Div();
    final TextField title = new TextField();
    final TextArea lessonSummary = new TextArea();
    final IntegerField minutes = new IntegerField();
    final StepList steps;
    private LessonModel model = new LessonModel();
    private String slug = "";
    /** The text the form shows: the one it loaded or last wrote. */
    private String text = "";
    /** Where the summary or the map last took the author (for tests; the focus itself lives in the browser). */
    @Nullable Component revealed;

    LessonForm(CourseAuthoringService authoring, Consumer<String> onText) {
        this.authoring = authoring;
        this.onText = onText;
        addClassName("lesson-form");
        steps = new StepList(marks, this::changed);
        summary.addClassName("form-summary");
        summary.getElement().setAttribute("role", "region");
        summary.getElement().setAttribute("aria-labelledby", "form-summary-title");
        summaryTitle.setId("form-summary-title");
        summary.add(summaryTitle, summaryList);
        summary.setVisible(false);
        unreadable.setText(getTranslation("authoring.form.unreadable"));
        unreadable.addClassName("form-unreadable");
        unreadable.setVisible(false);

        title.setLabel(getTranslation("authoring.form.lesson.title"));
        title.setRequiredIndicatorVisible(true);
        title.setWidthFull();
        lessonSummary.setLabel(getTranslation("authoring.form.lesson.summary"));
        lessonSummary.setHelperText(getTranslation("authoring.form.lesson.summary.help"));
        lessonSummary.setWidthFull();
        minutes.setLabel(getTranslation("authoring.form.lesson.minutes"));
        minutes.setMin(1);
        minutes.setStepButtonsVisible(true);
        for (var field : List.of(title, lessonSummary)) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setValueChangeTimeout(StepForm.TYPING_PAUSE_MS);
        }
        minutes.setValueChangeMode(ValueChangeMode.LAZY);
        minutes.setValueChangeTimeout(StepForm.TYPING_PAUSE_MS);
        title.addValueChangeListener(change -> edited(change.isFromClient(), () -> model.title = change.getValue()));
        lessonSummary.addValueChangeListener(change -> edited(change.isFromClient(), () -> model.summary = change.getValue()));
        minutes.addValueChangeListener(change -> edited(change.isFromClient(),
                () -> model.minutes = change.getValue() == null ? 0 : change.getValue()));
        Div lessonRow = new Div(title, minutes);
        lessonRow.addClassName("form-row");
        fields.add(lessonRow, lessonSummary, steps);
        add(summary, unreadable, fields);
    }

    private void edited(boolean byAuthor, Runnable apply) {
        if (byAuthor) {
            apply.run();
            changed();
        }
    }

    /** Shows the lesson's text as a form; a text that cannot be read as a lesson is left to the YAML tab. */
    void load(String lessonSlug, String source) {
        slug = lessonSlug;
        text = source;
        Optional<Lesson> lesson = authoring.readDraft(source);
        unreadable.setVisible(lesson.isEmpty());
        fields.setVisible(lesson.isPresent());
        if (lesson.isEmpty()) {
            summary.setVisible(false);
            return;
        }
        model = LessonModel.of(lesson.get());
        marks.clearAll();
        marks.field("title", title);
        marks.field("summary", lessonSummary);
        marks.field("minutes", minutes);
        title.setValue(model.title);
        lessonSummary.setValue(model.summary);
        minutes.setValue(model.minutes);
        steps.show(model);
        check();
    }

    /** Brings the form up to the text if it was changed elsewhere (the YAML tab, a restore). */
    void follow(String source) {
        if (!source.equals(text)) {
            load(slug, source);
        }
    }

    String text() {
        return text;
    }

    /** An edit in the form: written as YAML, saved (by {@code onText}) and checked. */
    private void changed() {
        text = authoring.lessonText(model.toLesson());
        onText.accept(text);
        steps.refreshNames();
        check();
    }

    private void check() {
        List<ContentProblem> problems = authoring.check(slug, text);
        marks.clearMarks();
        summaryList.removeAll();
        summary.setVisible(!problems.isEmpty());
        summaryTitle.setText(getTranslation("authoring.form.problems", problems.size()));
        for (ContentProblem problem : problems) {
            Optional<Component> place = marks.mark(problem);
            String words = where(problem) + problem.problem();
            if (place.isPresent()) {
                Button go = new Button(words, click -> reveal(place.get()));
                go.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                go.addClassName("form-summary-link");
                summaryList.add(new ListItem(go));
            } else {
                summaryList.add(new ListItem(words));
            }
        }
    }

    /** The checker's place, with "steps[2]" said as "Step 2". */
    private String where(ContentProblem problem) {
        Matcher step = STEP.matcher(problem.place());
        String place = step.matches() ? getTranslation("authoring.form.step-n", Integer.parseInt(step.group(1))) + step.group(2)
                : problem.place();
        return place.isEmpty() ? "" : place + ": ";
    }

    private static final Pattern STEP = Pattern.compile("steps\\[(\\d+)\\](.*)", Pattern.DOTALL);

    private void reveal(Component place) {
        FieldMarks.reveal(place);
        revealed = place;
    }

    /** Opens a scenario node's form (from the map), scrolled to and focused; false when there is no such node. */
    boolean openNode(String stepId, String nodeId) {
        Optional<StepForm<?>> form = steps.form(stepId);
        if (form.isEmpty() || !(form.get() instanceof ScenarioForm scenario)) {
            return false;
        }
        if (!scenario.openNode(nodeId)) {
            return false;
        }
        revealed = marks.placeOf(scenario.path + ".nodes[" + scenario.model.nodeIds().indexOf(nodeId) + "].id").orElse(null);
        return true;
    }
}
