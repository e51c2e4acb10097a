package org.doorstep.course.ui;

import org.doorstep.base.ui.MarkdownText;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.function.BiConsumer;
import org.doorstep.course.ScenarioWalk;
import org.doorstep.course.Step;
import org.doorstep.course.StepState;

/**
 * A branching scenario: the feedback on the last choice (with how good it was), the situation now, and the
 * choices; at an ending, how it ended, the score and every decision made on the way.
 */
class ScenarioStepView extends Div {

    private final Step.Scenario scenario;
    private final PlayActions actions;
    private final BiConsumer<String, StepState> changed;

    ScenarioStepView(Step.Scenario scenario, StepState state, PlayActions actions, BiConsumer<String, StepState> changed) {
        this.scenario = scenario;
        this.actions = actions;
        this.changed = changed;
        addClassName("scenario");
        render(state);
    }

    private void render(StepState state) {
        removeAll();
        ScenarioWalk walk = ScenarioWalk.restore(scenario, state.picks());
        walk.lastChoice().ifPresent(choice -> {
            Div feedback = new Div();
            Step.Judgement verdict = Step.Judgement.of(choice.verdict());
            if (verdict != null) {
                feedback.add(new JudgementBadge(verdict, "choice"));
                feedback.addClassName("choice-feedback-" + verdict.name().toLowerCase());
            }
            feedback.add(new Paragraph(new Span(getTranslation("course.scenario.you-chose") + " "), strong(choice.text())));
            if (choice.feedback() != null) {
                feedback.add(new MarkdownText(choice.feedback()));
            }
            feedback.addClassName("choice-feedback");
            add(feedback);
        });
        Step.Node node = walk.current();
        Div situation = new Div();
        situation.addClassName(node.ending() ? "scenario-ending" : "scenario-node");
        if (node.ending()) {
            walk.outcome().ifPresent(outcome -> situation.add(new JudgementBadge(outcome, "ending")));
        }
        situation.add(new MarkdownText(node.text()));
        walk.band().ifPresent(band -> situation.add(new MarkdownText(band.text())));
        add(situation);
        if (node.ending()) {
            Paragraph score = new Paragraph(getTranslation("course.scenario.score", walk.score(), scenario.maxPoints()));
            score.addClassName("scenario-score");
            Button again = new Button(getTranslation("course.scenario.again"), VaadinIcon.ROTATE_LEFT.create(),
                    click -> update(actions.restart(scenario.id())));
            add(score, decisions(walk.choices()), again);
            return;
        }
        Div choices = new Div();
        choices.addClassName("scenario-choices");
        choices.getElement().setAttribute("role", "group");
        choices.getElement().setAttribute("aria-label", getTranslation("course.scenario.choices"));
        for (int i = 0; i < node.choices().size(); i++) {
            int pick = i;
            Button choice = new Button(node.choices().get(i).text(), click -> update(actions.choose(scenario.id(), pick)));
            choice.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
            choice.addClassName("scenario-choice");
            choices.add(choice);
        }
        add(choices);
    }

    /** Every decision on the path with how good it was, so the ending answers for all of them. */
    private Div decisions(List<Step.Choice> made) {
        OrderedList list = new OrderedList();
        for (Step.Choice choice : made) {
            ListItem item = new ListItem();
            Step.Judgement verdict = Step.Judgement.of(choice.verdict());
            if (verdict != null) {
                item.add(new JudgementBadge(verdict, "choice"), new Span(" "));
            }
            item.add(new Span(choice.text()));
            list.add(item);
        }
        Div box = new Div(new H4(getTranslation("course.scenario.decisions")), list);
        box.addClassName("scenario-decisions");
        return box;
    }

    private void update(StepState state) {
        changed.accept(scenario.id(), state);
        render(state);
        // Keyboard users continue from the first new choice (or the restart button).
        getChildren().filter(child -> child.hasClassName("scenario-choices"))
                .flatMap(choices -> choices.getChildren()).findFirst()
                .or(() -> getChildren().filter(Button.class::isInstance).findFirst())
                .ifPresent(first -> ((Button) first).focus());
    }

    private static Span strong(String text) {
        Span span = new Span(text);
        span.addClassName("strong");
        return span;
    }
}
