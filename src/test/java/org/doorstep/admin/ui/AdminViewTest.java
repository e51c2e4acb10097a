package org.doorstep.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import java.util.stream.IntStream;
import org.doorstep.KaribuTest;
import org.doorstep.TestData;
import org.doorstep.TestData.Account;
import org.doorstep.admin.UserRow;
import org.doorstep.base.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** The administrator's list of accounts: paged from the database, filtered, each row opening its account. */
class AdminViewTest extends KaribuTest {

    private AdminView view;

    @BeforeEach
    void theUserList() {
        signInAs("admin");
        navigate("admin");
        view = _get(AdminView.class);
    }

    private java.util.List<UserRow> rows() {
        return IntStream.range(0, GridKt._size(view.grid)).mapToObj(i -> GridKt._get(view.grid, i)).toList();
    }

    @Test
    void the_list_shows_every_account_with_its_roles_and_a_count() {
        int stored = context.getBean(JdbcTemplate.class).queryForObject("select count(*) from app_user", Integer.class);
        assertThat(GridKt._size(view.grid)).isEqualTo(stored);
        assertThat(view.count.getText()).isEqualTo(stored + " accounts");
        assertThat(rows()).anySatisfy(row -> {
            assertThat(row.username()).isEqualTo("manager");
            assertThat(row.roles()).containsExactly(Roles.MANAGER);
            assertThat(row.organisation()).isEqualTo("Doorstep Demo Ltd");
            assertThat(row.active()).isTrue();
        });
    }

    @Test
    void typing_part_of_a_name_or_username_narrows_the_list() {
        Account quinn = TestData.in(context).account("quinn", "Quinn Quartermaine", Roles.TRAINER);
        userSets(view.search, "quarterm");
        assertThat(rows()).extracting(UserRow::username).containsExactly(quinn.username());
        userSets(view.search, quinn.username().substring(0, 12).toUpperCase());
        assertThat(rows()).extracting(UserRow::username).containsExactly(quinn.username());
    }

    @Test
    void a_percent_sign_or_underscore_in_the_filter_matches_only_itself() {
        userSets(view.search, "%");
        assertThat(GridKt._size(view.grid)).isZero();
        assertThat(view.count.getText()).isEqualTo("No accounts");
        String mark = java.util.UUID.randomUUID().toString().substring(0, 8);
        Account underscore = TestData.in(context).account("under", "Una " + mark + "_x", Roles.TRAINER);
        TestData.in(context).account("under", "Una " + mark + "yx", Roles.TRAINER); // "_" as a wildcard would find this one too
        userSets(view.search, mark + "_x");
        assertThat(rows()).extracting(UserRow::username).containsExactly(underscore.username());
    }

    @Test
    void the_role_and_status_filters_find_a_deactivated_manager() {
        Account gone = TestData.in(context).account("ex-manager", "Ex Manager", Roles.MANAGER);
        context.getBean(JdbcTemplate.class).update("update app_user set enabled = false where id = ?", gone.id());
        userSets(view.role, Roles.MANAGER);
        userSets(view.status, AdminView.Status.DEACTIVATED);
        assertThat(rows()).extracting(UserRow::username).contains(gone.username()).doesNotContain("manager");
        assertThat(rows()).allSatisfy(row -> {
            assertThat(row.active()).isFalse();
            assertThat(row.roles()).contains(Roles.MANAGER);
        });
        userSets(view.status, AdminView.Status.ACTIVE);
        assertThat(rows()).extracting(UserRow::username).contains("manager").doesNotContain(gone.username());
    }

    @Test
    void choosing_an_account_opens_its_page() {
        userSets(view.search, "Maya Manager");
        view.open(GridKt._get(view.grid, 0));
        assertThat(currentView()).isEqualTo(UserView.class);
        assertThat(_get(UserView.class).getPageTitle()).isEqualTo("Maya Manager");
    }

    @Test
    void the_new_user_button_opens_the_form() {
        _click(view.newUser);
        assertThat(currentView()).isEqualTo(NewUserView.class);
    }

    @ParameterizedTest(name = "{0} cannot open /{1}")
    @CsvSource({"trainee, admin", "trainer, admin", "manager, admin", "trainee, admin/users/new", "trainer, admin/audit",
            "manager, admin/cohorts", "trainer, admin/organisations", "manager, admin/users/1"})
    void nobody_but_an_administrator_opens_an_administration_page(String user, String location) {
        signInAs(user);
        assertThatThrownBy(() -> navigate(location)).isInstanceOf(MockAccessDeniedException.class);
    }
}
