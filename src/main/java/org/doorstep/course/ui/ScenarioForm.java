package org.doorstep.course.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.doorstep.course.ScenarioWalk;
import org.doorstep.course.Step;

/**
 * A branching scenario: where it starts, each node (its text, and either its choices or how it ends) and the score
 * bands. The node a choice leads to is chosen from the scenario's node ids; renaming a node renames the links to it.
 */
class ScenarioForm extends StepForm<StepModel.Scenario> {

    static final List<String> OUTCOMES = List.of("", "good", "mixed", "bad");
    static final List<String> VERDICTS = List.of("", "good", "mixed", "risky");

    /** Nodes shown open, by position, kept when the form is rebuilt. */
    private final Set<Integer> open = new HashSet<>();
    /** Every list of node ids (the start, each choice's next), refreshed when a node is renamed. */
    private final List<Runnable> idLists = new ArrayList<>();
    private final List<Details> nodeForms = new ArrayList<>();

    ScenarioForm(StepModel.Scenario model, String path, FieldMarks marks, Runnable changed) {
        super(model, path, marks, changed);
    }

    @Override
    void buildKind() {
        idLists.clear();
        nodeForms.clear();
        Select<String> start = nodeChooser("authoring.form.scenario.start", "start", () -> model.start,
                id -> model.start = id);
        start.setHelperText(getTranslation("authoring.form.scenario.start.help"));
        IntegerField maxPoints = number("authoring.form.scenario.max-points", "maxPoints", model.maxPoints,
                value -> model.maxPoints = value);
        maxPoints.setHelperText(getTranslation("authoring.form.scenario.max-points.help"));
        Button best = action(getTranslation("authoring.form.scenario.best"), getTranslation("authoring.form.scenario.best"),
                VaadinIcon.CALC, () -> bestScore().ifPresent(score -> {
                    model.maxPoints = score;
                    maxPoints.setValue(score);
                    changed();
                }));
        Div head = new Div(start, maxPoints, best);
        head.addClassName("form-row");
        add(head, new H4(getTranslation("authoring.form.scenario.nodes")));
        Paragraph help = new Paragraph(getTranslation("authoring.form.scenario.points.help"));
        help.addClassName("field-help");
        add(help);
        for (int n = 0; n < model.nodes.size(); n++) {
            Details node = node(n);
            nodeForms.add(node);
            add(node);
        }
        add(action(getTranslation("authoring.form.scenario.add-node"), getTranslation("authoring.form.scenario.add-node"),
                VaadinIcon.PLUS, () -> {
                    model.nodes.add(new StepModel.Node(model.uniqueNodeId("node-" + (model.nodes.size() + 1))));
                    open.add(model.nodes.size() - 1);
                    rebuild();
                }));
        bands();
    }

    private Optional<Integer> bestScore() {
        try {
            return ScenarioWalk.bestScore((Step.Scenario) model.toStep());
        } catch (RuntimeException unfinished) { // a scenario still being built may have no path to walk
            return Optional.empty();
        }
    }

    private Details node(int index) {
        StepModel.Node node = model.nodes.get(index);
        String at = "nodes[" + index + "]";
        Details details = new Details();
        details.addClassName("scenario-node-form");
        details.getElement().setAttribute("data-node", node.id);
        TextField id = text("authoring.form.scenario.node-id", at + ".id", node.id, value -> {
            String old = node.id;
            node.id = value;
            model.renamed(node, old);
            details.getElement().setAttribute("data-node", value);
            refreshIds();
        });
        id.setHelperText(getTranslation("authoring.form.scenario.node-id.help"));
        FieldMarks.Note note = new FieldMarks.Note(id);
        marks.note(path + "." + at, note);
        TextArea text = area("authoring.form.scenario.node-text", at + ".text", node.text, value -> node.text = value);
        text.setRequiredIndicatorVisible(true);
        Checkbox ending = new Checkbox(getTranslation("authoring.form.scenario.ending"), node.ending);
        ending.setHelperText(getTranslation("authoring.form.scenario.ending.help"));
        Div endingPart = endingPart(node, at);
        Div choicesPart = choicesPart(node, index);
        endingPart.setVisible(node.ending);
        choicesPart.setVisible(!node.ending);
        ending.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                node.ending = change.getValue();
                endingPart.setVisible(node.ending);
                choicesPart.setVisible(!node.ending);
                details.setSummaryText(summary(node));
                changed();
            }
        });
        Div content = new Div(note, id, text, ending, endingPart, choicesPart,
                action(getTranslation("authoring.form.scenario.remove-node"),
                        getTranslation("authoring.form.scenario.remove-node.label", node.id), VaadinIcon.TRASH,
                        () -> removePart(model.nodes, index, getTranslation("authoring.form.scenario.node-named", node.id),
                                open::clear, () -> open.add(index))));
        content.addClassName("form-part");
        details.add(content);
        details.setSummaryText(summary(node));
        details.setOpened(open.contains(index));
        details.addOpenedChangeListener(change -> {
            if (change.isOpened()) {
                open.add(index);
            } else {
                open.remove(index);
            }
        });
        idLists.add(() -> details.setSummaryText(summary(node)));
        return details;
    }

    private String summary(StepModel.Node node) {
        String kind = node.ending ? getTranslation(node.outcome.isEmpty() ? "authoring.map.ending" : "authoring.map.ending." + node.outcome)
                : node.id.equals(model.start) ? getTranslation("authoring.map.start") : getTranslation("authoring.map.step");
        return node.id + " (" + kind + ")";
    }

    private Div endingPart(StepModel.Node node, String at) {
        Select<String> outcome = choice("authoring.form.scenario.outcome", at + ".outcome", node.outcome, OUTCOMES,
                "authoring.form.outcome", value -> node.outcome = value);
        outcome.setHelperText(getTranslation("authoring.form.scenario.outcome.help"));
        IntegerField points = number("authoring.form.scenario.ending-points", at + ".points", node.points,
                value -> node.points = value);
        points.setMin(0);
        points.setHelperText(getTranslation("authoring.form.scenario.ending-points.help"));
        Div part = new Div(outcome, points);
        part.addClassName("form-row");
        return part;
    }

    private Div choicesPart(StepModel.Node node, int nodeIndex) {
        Div part = new Div();
        part.addClassName("form-choices");
        for (int c = 0; c < node.choices.size(); c++) {
            part.add(choiceForm(node, nodeIndex, c));
        }
        part.add(action(getTranslation("authoring.form.scenario.add-choice"),
                getTranslation("authoring.form.scenario.add-choice.label", node.id), VaadinIcon.PLUS, () -> {
                    node.choices.add(new StepModel.Choice(""));
                    open.add(nodeIndex);
                    rebuild();
                }));
        return part;
    }

    private Component choiceForm(StepModel.Node node, int nodeIndex, int index) {
        StepModel.Choice choice = node.choices.get(index);
        String at = "nodes[" + nodeIndex + "].choices[" + index + "]";
        TextField text = text("authoring.form.scenario.choice-text", at + ".text", choice.text, value -> choice.text = value);
        text.setLabel(getTranslation("authoring.form.scenario.choice-text", index + 1));
        text.setRequiredIndicatorVisible(true);
        Select<String> next = nodeChooser("authoring.form.scenario.next", at + ".next", () -> choice.next,
                id -> choice.next = id);
        Select<String> verdict = choice("authoring.form.scenario.verdict", at + ".verdict", choice.verdict, VERDICTS,
                "authoring.form.verdict", value -> choice.verdict = value);
        IntegerField points = number("authoring.form.scenario.choice-points", at + ".points", choice.points,
                value -> choice.points = value);
        points.setMin(0);
        Div row = new Div(next, verdict, points);
        row.addClassName("form-row");
        TextArea feedback = area("authoring.form.scenario.feedback", at + ".feedback", choice.feedback,
                value -> choice.feedback = value);
        feedback.setHelperText(getTranslation("authoring.form.scenario.feedback.help"));
        Div form = new Div(text, row, feedback, action(getTranslation("authoring.form.scenario.remove-choice"),
                getTranslation("authoring.form.scenario.remove-choice.label", index + 1, node.id), VaadinIcon.TRASH,
                () -> removePart(node.choices, index, getTranslation("authoring.form.scenario.choice-named", index + 1, node.id),
                        () -> open.add(nodeIndex))));
        form.addClassName("choice-form");
        return form;
    }

    /** A list of this scenario's node ids (plus the current value if it names none, so a broken link shows). */
    private Select<String> nodeChooser(String labelKey, String field, java.util.function.Supplier<String> current,
            java.util.function.Consumer<String> set) {
        Select<String> select = new Select<>();
        select.setLabel(getTranslation(labelKey));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("authoring.form.scenario.no-node"));
        Runnable refresh = () -> {
            List<String> ids = new ArrayList<>(model.nodeIds().stream().filter(id -> !id.isBlank()).distinct().toList());
            String value = current.get();
            if (!value.isBlank() && !ids.contains(value)) {
                ids.add(value);
            }
            select.setItems(ids);
            select.setValue(value.isBlank() ? null : value);
        };
        refresh.run();
        idLists.add(refresh);
        select.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                set.accept(change.getValue() == null ? "" : change.getValue());
                refreshIds();
                changed();
            }
        });
        marks.field(path + "." + field, select);
        return select;
    }

    private void refreshIds() {
        idLists.forEach(Runnable::run);
    }

    private void bands() {
        add(new H4(getTranslation("authoring.form.scenario.bands")));
        Paragraph help = new Paragraph(getTranslation("authoring.form.scenario.bands.help"));
        help.addClassName("field-help");
        add(help);
        for (int b = 0; b < model.bands.size(); b++) {
            StepModel.Band band = model.bands.get(b);
            int index = b;
            String at = "bands[" + b + "]";
            IntegerField from = number("authoring.form.scenario.band-from", at + ".from", band.from, value -> band.from = value);
            from.setMin(0);
            Select<String> outcome = choice("authoring.form.scenario.band-outcome", at + ".outcome", band.outcome,
                    OUTCOMES.subList(1, OUTCOMES.size()), "authoring.form.outcome", value -> band.outcome = value);
            TextArea text = area("authoring.form.scenario.band-text", at + ".text", band.text, value -> band.text = value);
            Div row = new Div(from, outcome);
            row.addClassName("form-row");
            Div form = new Div(row, text, action(getTranslation("authoring.form.scenario.remove-band"),
                    getTranslation("authoring.form.scenario.remove-band.label", b + 1), VaadinIcon.TRASH,
                    () -> removePart(model.bands, index, getTranslation("authoring.form.scenario.band-named", index + 1), () -> { })));
            form.addClassName("band-form");
            add(form);
        }
        add(action(getTranslation("authoring.form.scenario.add-band"), getTranslation("authoring.form.scenario.add-band"),
                VaadinIcon.PLUS, () -> {
                    int from = model.bands.isEmpty() ? 0 : model.bands.getLast().from + 1;
                    model.bands.add(new StepModel.Band(from, model.bands.isEmpty() ? "bad" : "good", ""));
                    rebuild();
                }));
    }

    /** Opens the node's form, scrolls to it and puts the focus on its id; false when the scenario has no such node. */
    boolean openNode(String nodeId) {
        int index = model.nodeIds().indexOf(nodeId);
        if (index < 0) {
            return false;
        }
        open.add(index);
        nodeForms.get(index).setOpened(true);
        marks.placeOf(path + ".nodes[" + index + "].id").ifPresent(FieldMarks::reveal);
        return true;
    }

    /** The node forms in order (for tests and the map). */
    List<Details> nodeForms() {
        return nodeForms;
    }
}
