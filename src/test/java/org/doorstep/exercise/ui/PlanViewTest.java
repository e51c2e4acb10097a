package org.doorstep.exercise.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import org.doorstep.KaribuTest;
import org.doorstep.TestData;
import org.doorstep.exercise.ConnectionFilter;
import org.doorstep.exercise.ConnectionRow;
import org.doorstep.exercise.Decision;
import org.doorstep.exercise.ExerciseService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PlanViewTest extends KaribuTest {

    @Autowired
    ExerciseService exercise;

    @Test
    void the_plan_lists_removals_and_reach_outs_with_a_due_date_and_a_suggested_message() {
        String username = TestData.in(context).demoTrainee("planner", "Pia Planner").username();
        signInAs(username);
        exercise.importSample();
        var people = exercise.page(ConnectionFilter.ALL, 0, 3);
        exercise.decide(people.get(0).id(), Decision.REMOVE);
        exercise.decide(people.get(1).id(), Decision.REMOVE);
        ConnectionRow reach = exercise.decide(people.get(2).id(), Decision.REACH_OUT);

        navigate("exercise/plan");
        PlanView plan = _get(PlanView.class);
        assertThat(GridKt._size(plan.removals)).isEqualTo(2);
        assertThat(GridKt._size(plan.reachOut)).isEqualTo(1);
        assertThat(reach.reachOutDue()).isNotNull();
        assertThat(plan.firstMessage(reach)).startsWith("Hi " + reach.firstName() + ", we are connected here");
        assertThat(rendered(plan.summary)).contains("To remove: 2").contains("Reach out: 1");
        assertThat(exercise.planCsv(Decision.REMOVE, plan::firstMessage).lines().count()).isEqualTo(3);
    }

    @Test
    void the_reach_out_csv_carries_the_suggested_first_message_the_plan_shows() {
        signInAs(TestData.in(context).demoTrainee("csvwriter", "Cy Writer").username());
        exercise.importSample();
        ConnectionRow reach = exercise.decide(exercise.page(ConnectionFilter.ALL, 0, 1).getFirst().id(), Decision.REACH_OUT);
        navigate("exercise/plan");
        PlanView plan = _get(PlanView.class);

        String csv = exercise.planCsv(Decision.REACH_OUT, plan::firstMessage);

        assertThat(csv.lines().findFirst().orElseThrow()).endsWith(",\"Suggested first message\"");
        assertThat(csv).contains("\"" + plan.firstMessage(reach) + "\"");
        assertThat(exercise.planCsv(Decision.REMOVE, plan::firstMessage)).doesNotContain("Suggested first message");
    }

    @Test
    void the_first_message_shows_in_full_and_its_copy_button_hands_it_to_the_clipboard_and_says_so() {
        signInAs(TestData.in(context).demoTrainee("copier", "Cai Copier").username());
        exercise.importSample();
        ConnectionRow reach = exercise.decide(exercise.page(ConnectionFilter.ALL, 0, 1).getFirst().id(), Decision.REACH_OUT);
        navigate("exercise/plan");
        PlanView plan = _get(PlanView.class);
        assertThat(plan.reachOut.isAllRowsVisible()).as("a short list is as tall as its rows").isTrue();

        FirstMessage message = (FirstMessage) GridKt._getCellComponent(plan.reachOut, 0, "message");
        assertThat(message.text.getText()).isEqualTo(plan.firstMessage(reach)).doesNotContain("…")
                .endsWith("in the next couple of weeks?");
        // The grid renders cells in the browser; attached here, the component's script calls can be read
        // (a server-side click, since Karibu's _click hands them to the browser it does not have).
        UI.getCurrent().add(message);
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
        message.copy.click();
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        assertThat(UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations())
                .anySatisfy(call -> {
                    assertThat(call.getInvocation().getExpression()).contains("navigator.clipboard");
                    assertThat(call.getInvocation().getParameters()).contains(plan.firstMessage(reach));
                });
        message.copied(true);
        assertThat(message.status.getText()).isEqualTo("Copied.");
        message.copied(false);
        assertThat(message.status.getText()).startsWith("This browser did not allow copying: the message is selected");
    }
}
