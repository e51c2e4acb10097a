package org.doorstep.exercise.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import org.doorstep.KaribuTest;
import org.doorstep.TestSignIn;
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
        String username = TestSignIn.newTrainee(context, "planner", "Pia Planner");
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
        assertThat(exercise.planCsv(Decision.REMOVE).lines().count()).isEqualTo(3);
    }
}
