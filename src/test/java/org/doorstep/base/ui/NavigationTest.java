package org.doorstep.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.doorstep.KaribuTest;
import org.doorstep.admin.ui.AdminView;
import org.doorstep.course.ui.CourseView;
import org.doorstep.reports.ui.ReportsView;
import org.doorstep.results.ui.TrainerResultsView;
import org.doorstep.security.ui.LoginView;
import org.junit.jupiter.api.Test;

class NavigationTest extends KaribuTest {

    private List<String> menu() {
        return _get(SideNav.class).getItems().stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    void a_trainee_sees_the_course_the_exercise_results_and_workshop_joining() {
        signInAs("trainee");
        navigate("");
        assertThat(menu()).containsExactly("Home", "Course", "Prune your network", "My results", "Join a workshop", "Settings");
        assertThat(_get(H2.class, spec -> spec.withText("Welcome, Tara Trainee"))).isNotNull();
    }

    @Test
    void the_first_thing_in_the_shell_is_a_skip_link_to_the_view_which_takes_focus_but_not_a_tab_stop() {
        signInAs("trainee");
        navigate("course");
        MainLayout shell = _get(MainLayout.class);
        com.vaadin.flow.component.button.Button skip = _get(com.vaadin.flow.component.button.Button.class,
                spec -> spec.withClasses("skip-link"));
        assertThat(skip.getText()).isEqualTo("Skip to content");
        assertThat(shell.getElement().getChildren().filter(child -> "navbar".equals(child.getAttribute("slot"))).findFirst())
                .hasValueSatisfying(first -> assertThat(first).isEqualTo(skip.getElement()));
        assertThat(shell.getContent()).isInstanceOf(CourseView.class);
        assertThat(shell.getContent().getElement().getAttribute("tabindex")).isEqualTo("-1");
    }

    @Test
    void a_lesson_highlights_the_course_entry_and_nothing_else_in_the_menu() {
        signInAs("trainee");
        navigate("course/stranger-at-the-door");
        SideNavItem course = _get(SideNav.class).getItems().stream().filter(item -> item.getLabel().equals("Course"))
                .findFirst().orElseThrow();
        assertThat(course.getPathAliases()).singleElement().asString().endsWith("course/stranger-at-the-door");
        assertThat(_get(SideNav.class).getItems()).filteredOn(item -> !item.getPathAliases().isEmpty()).containsExactly(course);

        navigate("results");
        assertThat(course.getPathAliases()).isEmpty();
    }

    @Test
    void a_trainer_sees_the_course_live_workshops_and_the_results_tracker() {
        signInAs("trainer");
        navigate("");
        assertThat(menu()).containsExactly("Home", "Course", "Course catalogue", "Course content", "Live workshops", "Results tracker", "Settings");
    }

    @Test
    void a_manager_sees_team_reports_and_learning_records() {
        signInAs("manager");
        navigate("");
        assertThat(menu()).containsExactly("Home", "Team reports", "Learning records", "Settings");
    }

    @Test
    void an_admin_sees_course_content_learning_records_and_administration() {
        signInAs("admin");
        navigate("");
        assertThat(menu()).containsExactly("Home", "Course catalogue", "Course content", "Learning records", "Administration", "Settings");
    }

    @Test
    void the_home_view_offers_a_card_for_each_place_the_role_may_go() {
        signInAs("manager");
        navigate("");
        assertThat(_get(HomeView.class).getElement().getChildren()
                .flatMap(child -> child.getChildren())
                .filter(element -> element.getClassList().contains("home-card"))
                .count()).isEqualTo(3); // team reports, learning records and settings
    }

    @Test
    void a_trainee_who_opens_the_admin_url_does_not_get_the_admin_view() {
        signInAs("trainee");
        assertThatThrownBy(() -> navigate("admin")).isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void a_trainer_opens_the_results_tracker_at_its_stable_url() {
        signInAs("trainer");
        navigate("trainer/results");
        assertThat(currentView()).isEqualTo(TrainerResultsView.class);
        assertThat(_get(TrainerResultsView.class).getPageTitle()).isEqualTo("Results tracker");
    }

    @Test
    void a_manager_opens_reports_and_an_admin_opens_administration() {
        signInAs("manager");
        navigate("reports");
        assertThat(currentView()).isEqualTo(ReportsView.class);
        signInAs("admin");
        navigate("admin");
        assertThat(currentView()).isEqualTo(AdminView.class);
    }

    @Test
    void a_visitor_who_is_not_signed_in_is_sent_to_the_login_view() {
        navigate("course");
        assertThat(currentView()).isEqualTo(LoginView.class);
    }

    @Test
    void a_trainee_and_a_trainer_may_both_open_the_course() {
        signInAs("trainer");
        navigate("course");
        assertThat(currentView()).isEqualTo(CourseView.class);
        signInAs("trainee");
        navigate("");
        navigate("course");
        assertThat(currentView()).isEqualTo(CourseView.class);
    }
}
