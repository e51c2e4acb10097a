package org.doorstep.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.doorstep.TestData;
import org.doorstep.TestData.Account;
import org.doorstep.TestSignIn;
import org.doorstep.base.Refusal;
import org.doorstep.base.Roles;
import org.doorstep.security.AccountRegistry;
import org.doorstep.security.Directory;
import org.doorstep.security.PasswordLinks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.test.context.ActiveProfiles;

/** Only administrators reach administration, whatever calls it; and an administrator cannot lock themselves out. */
@SpringBootTest
@ActiveProfiles("test")
class AdministrationSecurityIT {

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserAdministration users;
    @Autowired
    DataRequests dataRequests;

    private static final List<Class<?>> SERVICES = List.of(UserAdministration.class, DirectoryAdministration.class,
            AuditLog.class, DataRequests.class, AccountRegistry.class, org.doorstep.base.OutboxLog.class);

    @AfterEach
    void signOut() {
        TestSignIn.out(context);
    }

    /** Calls every public method of the service with placeholder arguments; returns what each threw. */
    private List<Throwable> callEveryMethod(Class<?> service) {
        Object bean = context.getBean(service);
        return Arrays.stream(AopUtils.getTargetClass(bean).getDeclaredMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers()))
                .map(method -> call(bean, method)).toList();
    }

    private static Throwable call(Object bean, Method method) {
        Object[] arguments = Arrays.stream(method.getParameterTypes()).map(type -> type == long.class ? 1L
                : type == int.class ? 1 : type == boolean.class ? false : null).toArray();
        try {
            bean.getClass().getMethod(method.getName(), method.getParameterTypes()).invoke(bean, arguments);
            return new AssertionError(method.getName() + " ran");
        } catch (InvocationTargetException thrown) {
            return thrown.getCause();
        } catch (ReflectiveOperationException e) {
            return new AssertionError(method.getName() + ": " + e);
        }
    }

    @ParameterizedTest(name = "a {0} is refused every administration method")
    @ValueSource(strings = {"trainee", "trainer", "manager"})
    void every_other_role_gets_access_denied_from_every_administration_service(String username) {
        TestSignIn.as(context, username);
        for (Class<?> service : SERVICES) {
            assertThat(callEveryMethod(service)).as(service.getSimpleName()).isNotEmpty()
                    .allSatisfy(thrown -> assertThat(thrown).isInstanceOf(AccessDeniedException.class));
        }
        assertThatThrownBy(() -> context.getBean(PasswordLinks.class).issue(1L, PasswordLinks.Purpose.RESET))
                .isInstanceOf(AccessDeniedException.class);
    }

    @ParameterizedTest(name = "a {0} cannot change accounts, organisations, teams or cohorts through security either")
    @ValueSource(strings = {"trainee", "trainer", "manager"})
    void the_security_writers_refuse_everyone_but_administrators(String username) {
        TestSignIn.as(context, username);
        Directory directory = context.getBean(Directory.class);
        assertThatThrownBy(() -> directory.createOrganisation("Sneaky")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> directory.renameTeam(1L, "Sneaky")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> directory.createCohort(1L, "Sneaky", null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> directory.setTrainer(1L, 1L)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> context.getBean(PasswordLinks.class).issueMailed(1L, PasswordLinks.Purpose.RESET, "x@example.com"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void only_a_trainee_joins_a_cohort_through_the_directory() {
        TestSignIn.as(context, "admin");
        assertThatThrownBy(() -> context.getBean(Directory.class).joinCohort(1L)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_visitor_who_is_not_signed_in_is_refused_too() {
        for (Class<?> service : SERVICES) {
            assertThat(callEveryMethod(service)).allSatisfy(thrown ->
                    assertThat(thrown).isInstanceOf(AuthenticationCredentialsNotFoundException.class));
        }
    }

    @Test
    void an_administrator_cannot_remove_their_own_admin_role_deactivate_or_delete_themselves() {
        Account second = TestData.in(context).account("admin2", "Second Admin", Roles.ADMIN);
        TestSignIn.as(context, second.username());

        assertThatThrownBy(() -> users.setRoles(second.id(), Set.of(Roles.TRAINER)))
                .isInstanceOf(Refusal.class).extracting(e -> ((Refusal) e).messageKey())
                .isEqualTo("admin.user.roles.keep-own-admin");
        assertThatThrownBy(() -> users.deactivate(second.id()))
                .extracting(e -> ((Refusal) e).messageKey()).isEqualTo("admin.user.deactivate.yourself");
        assertThatThrownBy(() -> dataRequests.deleteUser(second.id(), second.username()))
                .extracting(e -> ((Refusal) e).messageKey()).isEqualTo("admin.user.delete.yourself");

        assertThat(jdbc.queryForList("select role from user_role where user_id = ?", String.class, second.id())).containsExactly("ADMIN");
        assertThat(jdbc.queryForObject("select enabled from app_user where id = ?", Boolean.class, second.id())).isTrue();
        // Adding a role to oneself is fine, and so is one administrator removing another's.
        users.setRoles(second.id(), Set.of(Roles.ADMIN, Roles.TRAINER));
        Account third = TestData.in(context).account("admin3", "Third Admin", Roles.ADMIN);
        users.setRoles(third.id(), Set.of(Roles.MANAGER));
        assertThat(jdbc.queryForList("select role from user_role where user_id = ?", String.class, third.id())).containsExactly("MANAGER");
    }

    @Test
    void deleting_needs_the_exact_username_typed() {
        Account person = TestData.in(context).account("typo", "Tyler Typo", Roles.TRAINEE);
        TestSignIn.as(context, "admin");
        assertThatThrownBy(() -> dataRequests.deleteUser(person.id(), "typo"))
                .extracting(e -> ((Refusal) e).messageKey()).isEqualTo("admin.user.delete.mismatch");
        assertThat(jdbc.queryForObject("select count(*) from app_user where id = ?", Integer.class, person.id())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'USER_DELETED' and subject_user_id = ?",
                Integer.class, person.id())).isZero();
    }

    @Test
    void teams_of_another_organisation_cannot_be_given_to_an_account() {
        TestSignIn.as(context, "admin");
        long elsewhere = context.getBean(DirectoryAdministration.class).createOrganisation("Elsewhere " + System.nanoTime());
        long team = context.getBean(DirectoryAdministration.class).createTeam(elsewhere, "Far team");
        Account person = TestData.in(context).account("far", "Farah Far", Roles.TRAINEE);
        assertThatThrownBy(() -> users.setTeams(person.id(), Set.of(team), Set.of()))
                .extracting(e -> ((Refusal) e).messageKey()).isEqualTo("admin.user.teams.other-organisation");
    }
}
