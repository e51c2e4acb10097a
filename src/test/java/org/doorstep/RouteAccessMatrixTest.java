package org.doorstep;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Who may open each route, from the code: every {@code @Route} class on the classpath (found by scanning, so a new
 * view is included by itself) against the table below. A route missing from the table, or opened to other roles
 * than the table says, fails the build. Karibu's view tests navigate the routes for real.
 */
class RouteAccessMatrixTest {

    /** Columns: anonymous, trainee, trainer, manager, admin. "x" may open it, "-" may not. */
    static final String EXPECTED = """
            AdminView                    - - - - x
            AuditView                    - - - - x
            AuthoringView                - - x - x
            CohortAdminView              - - - - x
            CourseCatalogueView          - - x - x
            CourseView                   - x x - -
            ExerciseView                 - x - - -
            ForgotPasswordView           x x x x x
            HomeView                     - x x x x
            ImportView                   - x - - -
            JoinWorkshopView             - x - - -
            LearningRecordsView          - - - x x
            LessonView                   - x x - -
            LoginView                    x x x x x
            NewUserView                  - - - - x
            OrganisationsView            - - - - x
            OutboxView                   - - - - x
            PasswordChangeView           - x x x x
            PlanView                     - x - - -
            PresenterView                - - x - -
            PushProbeView                - x x x x
            RegistrationView             x x x x x
            ReportsView                  - - - x -
            ResultsView                  - x - - -
            RoomView                     - x - - -
            SetPasswordView              x x x x x
            SettingsView                 - x x x x
            SummaryView                  - - x - -
            TrainerResultsView           - - x - -
            UserView                     - - - - x
            VerifyEmailView              x x x x x
            WorkshopsView                - - x - -
            """;

    private static final List<String> ROLES = List.of("TRAINEE", "TRAINER", "MANAGER", "ADMIN");

    @Test
    void every_route_opens_to_exactly_the_roles_the_table_gives_it() throws Exception {
        Map<String, String> actual = new TreeMap<>();
        for (Class<?> view : routes()) {
            actual.put(view.getSimpleName(), access(view));
        }
        Map<String, String> expected = expected();

        String table = actual.entrySet().stream().map(e -> String.format("%-28s %s", e.getKey(), e.getValue()))
                .collect(Collectors.joining("\n"));
        assertThat(actual).as("routes and who may open them, as found in the code:\n" + table).isEqualTo(expected);
    }

    @Test
    void the_scan_finds_the_routes_of_every_feature() throws Exception {
        assertThat(routes()).extracting(Class::getPackageName).map(name -> name.split("\\.")[2]).contains("admin", "base",
                "course", "exercise", "reports", "results", "security", "workshop");
    }

    /** The table: view class's simple name to its row ("x" or "-" for anonymous, trainee, trainer, manager, admin). */
    static Map<String, String> expected() {
        return Arrays.stream(EXPECTED.strip().split("\n")).map(String::strip)
                .collect(Collectors.toMap(line -> line.split("\\s+", 2)[0], line -> line.split("\\s+", 2)[1].strip(),
                        (a, b) -> a, TreeMap::new));
    }

    static List<Class<?>> routes() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        List<Class<?>> views = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("org.doorstep")) {
            views.add(Class.forName(candidate.getBeanClassName()));
        }
        return views;
    }

    /** The row for a view, as Vaadin's access checker reads its annotations (none at all: nobody). */
    private static String access(Class<?> view) {
        List<String> cells = new ArrayList<>();
        boolean denied = view.isAnnotationPresent(DenyAll.class);
        boolean anonymous = !denied && view.isAnnotationPresent(AnonymousAllowed.class);
        boolean everyone = anonymous || !denied && view.isAnnotationPresent(PermitAll.class);
        List<String> roles = view.isAnnotationPresent(RolesAllowed.class)
                ? List.of(view.getAnnotation(RolesAllowed.class).value()) : List.of();
        cells.add(anonymous ? "x" : "-");
        for (String role : ROLES) {
            cells.add(!denied && (everyone || roles.contains(role)) ? "x" : "-");
        }
        return String.join(" ", cells);
    }
}
