package org.doorstep.course.ui;

import org.doorstep.base.ui.MarkdownText;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.function.BiConsumer;
import org.doorstep.course.ScenarioWalk;
import org.doorstep.course.Step;
import org.doorstep.course.StepState;

/** A branching scenario: the feedback on the last choice, the situation now, and the choices. */
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
            Div feedback = new Div(new Paragraph(new Span(getTranslation("course.scenario.you-chose") + " "),
                    strong(choice.text())));
            if (choice.feedback() != null) {
                feedback.add(new MarkdownText(choice.feedback()));
            }
            feedback.addClassName("choice-feedback");
            add(feedback);
        });
        Step.Node node = walk.current();
        Div situation = new Div(new MarkdownText(node.text()));
        situation.addClassName(node.ending() ? "scenario-ending" : "scenario-node");
        add(situation);
        if (node.ending()) {
            Paragraph score = new Paragraph(getTranslation("course.scenario.score", walk.score(), scenario.maxPoints()));
            score.addClassName("scenario-score");
            Button again = new Button(getTranslation("course.scenario.again"), VaadinIcon.ROTATE_LEFT.create(),
                    click -> update(actions.restart(scenario.id())));
            add(score, again);
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
