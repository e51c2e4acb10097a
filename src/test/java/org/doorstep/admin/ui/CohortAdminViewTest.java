package org.doorstep.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import java.util.UUID;
import java.util.stream.IntStream;
import org.doorstep.KaribuTest;
import org.doorstep.TestData;
import org.doorstep.TestData.Account;
import org.doorstep.admin.CohortRow;
import org.doorstep.admin.PersonRef;
import org.doorstep.base.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** Cohorts: every one listed with its trainer; a new cohort gets a join code; a trainer is assigned. */
class CohortAdminViewTest extends KaribuTest {

    private CohortAdminView view;
    private JdbcTemplate jdbc;
    private Account coach;

    @BeforeEach
    void thePage() {
        jdbc = context.getBean(JdbcTemplate.class);
        coach = TestData.in(context).account("coach", "Carla Coach " + UUID.randomUUID().toString().substring(0, 4), Roles.TRAINER);
        signInAs("admin");
        navigate("admin/cohorts");
        view = _get(CohortAdminView.class);
        // Other tests add organisations to the shared database: choose the demo's, as an administrator would.
        userSets(view.organisation, view.organisation.getListDataView().getItems()
                .filter(o -> o.name().equals("Doorstep Demo Ltd")).findFirst().orElseThrow());
    }

    private java.util.List<CohortRow> rows() {
        return IntStream.range(0, GridKt._size(view.cohorts)).mapToObj(i -> GridKt._get(view.cohorts, i)).toList();
    }

    private PersonRef trainerNamed(String name) {
        return view.trainer.getGenericDataView().getItems().filter(p -> p.displayName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void the_demo_cohort_is_listed_with_its_code_and_trainer() {
        assertThat(rows()).anySatisfy(row -> {
            assertThat(row.name()).isEqualTo("Spring cohort");
            assertThat(row.joinCode()).isEqualTo("CUPPA742");
            assertThat(row.trainer()).isEqualTo("Theo Trainer");
        });
    }

    @Test
    void only_active_trainers_are_offered() {
        Account notATrainer = TestData.in(context).account("mgr", "Manny NotTrainer", Roles.MANAGER);
        Account gone = TestData.in(context).account("gone", "Gone Trainer", Roles.TRAINER);
        jdbc.update("update app_user set enabled = false where id = ?", gone.id());
        var offered = view.trainer.getGenericDataView().getItems().map(PersonRef::username).toList();
        assertThat(offered).contains("trainer", coach.username()).doesNotContain(notATrainer.username(), gone.username(), "admin");
    }

    @Test
    void a_new_cohort_gets_a_join_code_its_trainer_and_an_audit_entry() {
        String name = "Autumn " + UUID.randomUUID().toString().substring(0, 6);
        userSets(view.name, name);
        userSets(view.trainer, trainerNamed(coach.displayName()));
        _click(view.create);

        CohortRow made = rows().stream().filter(row -> row.name().equals(name)).findFirst().orElseThrow();
        assertThat(made.joinCode()).matches("[A-Z2-9]{8}");
        assertThat(made.trainerId()).isEqualTo(coach.id());
        assertThat(made.organisation()).isEqualTo("Doorstep Demo Ltd");
        assertThat(jdbc.queryForList("select details from audit_event where action = 'COHORT_CHANGED' and subject_user_id = ?",
                String.class, coach.id())).containsExactly("Created cohort " + name + " in Doorstep Demo Ltd trained by " + coach.username());
    }

    @Test
    void a_cohort_without_a_name_is_refused_on_the_field() {
        userSets(view.name, "");
        _click(view.create);
        assertThat(view.name.isInvalid()).isTrue();
        assertThat(view.name.getErrorMessage()).isEqualTo("Give it a name of 1 to 80 characters.");
    }

    @Test
    void a_chosen_cohort_is_handed_to_another_trainer() {
        String name = "Handover " + TestData.suffix().substring(0, 6);
        long cohortId = TestData.in(context).demoOrganisation().cohort(name).id();
        view.cohorts.getDataProvider().refreshAll();
        CohortRow cohort = rows().stream().filter(row -> row.id() == cohortId).findFirst().orElseThrow();
        assertThat(cohort.trainer()).isNull();
        assertThat(view.assign.isVisible()).isFalse();

        view.cohorts.select(cohort);
        assertThat(view.chosen.getText()).isEqualTo("New trainer for " + name);
        _click(view.assign);
        assertThat(view.newTrainer.getErrorMessage()).isEqualTo("Choose a trainer.");

        userSets(view.newTrainer, view.newTrainer.getGenericDataView().getItems()
                .filter(p -> p.id() == coach.id()).findFirst().orElseThrow());
        _click(view.assign);
        assertThat(jdbc.queryForObject("select trainer_id from cohort where id = ?", Long.class, cohortId)).isEqualTo(coach.id());
        assertThat(rows().stream().filter(row -> row.id() == cohortId).findFirst().orElseThrow().trainer()).isEqualTo(coach.displayName());
        assertThat(jdbc.queryForList("select details from audit_event where action = 'COHORT_CHANGED' and subject_user_id = ?",
                String.class, coach.id())).containsExactly("Cohort " + name + " now trained by " + coach.username());
    }

    @Test
    void an_administrator_gives_a_cohort_a_new_code_and_opens_it_to_every_organisation() {
        String name = "Winter " + UUID.randomUUID().toString().substring(0, 6);
        userSets(view.name, name);
        userSets(view.trainer, trainerNamed(coach.displayName()));
        _click(view.create);
        CohortRow made = rows().stream().filter(row -> row.name().equals(name)).findFirst().orElseThrow();
        view.cohorts.select(made);

        _click(view.newCode);
        CohortRow renewed = rows().stream().filter(row -> row.id() == made.id()).findFirst().orElseThrow();
        assertThat(renewed.joinCode()).matches("[A-Z2-9]{8}").isNotEqualTo(made.joinCode());

        view.openToAll(true);
        assertThat(rows().stream().filter(row -> row.id() == made.id()).findFirst().orElseThrow().openToAll()).isTrue();
        assertThat(jdbc.queryForList("select details from audit_event where action = 'COHORT_CHANGED' and subject_user_id = ?"
                + " order by id", String.class, coach.id())).endsWith(
                "New join code for cohort " + name + " (the old one stopped working)",
                "Cohort " + name + " opened to every organisation");
    }
}
