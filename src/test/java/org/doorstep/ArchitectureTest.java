package org.doorstep;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The layout rules of README.md ("Architecture"), checked on the compiled main classes. */
class ArchitectureTest {

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.doorstep");
    }

    private static final ArchRule VIEWS_KEEP_OFF_PERSISTENCE = noClasses().that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().areAssignableTo(Repository.class)
            .orShould().dependOnClassesThat().areAnnotatedWith(Entity.class)
            .orShould().dependOnClassesThat().resideInAPackage("..internal..");

    @Test
    void views_never_use_repositories_or_entities() {
        VIEWS_KEEP_OFF_PERSISTENCE.check(main);
    }

    @Test
    void the_rules_catch_a_view_that_reads_a_repository_and_a_service_method_without_a_guard() {
        JavaClasses fixtures = new ClassFileImporter().importPackages("archfixture");
        assertThat(VIEWS_KEEP_OFF_PERSISTENCE.evaluate(fixtures).hasViolation()).isTrue();
        assertThat(SERVICES_GUARDED.evaluate(fixtures).hasViolation()).isTrue();
    }

    @Test
    void features_form_no_cycles() {
        slices().matching("org.doorstep.(*)..").should().beFreeOfCycles().check(main);
    }

    @Test
    void a_features_internal_parts_are_used_only_by_that_feature() {
        classes().that().resideInAPackage("org.doorstep.*.internal..")
                .should(onlyBeAccessedFromTheirOwnFeatureOutsideItsViews())
                .check(main);
    }

    /** README's Architecture: a view may call any feature's public services and records, never its internals or views. */
    private static final ArchRule VIEWS_USE_OTHER_FEATURES_ONLY_THROUGH_THEIR_API = classes()
            .that().resideInAPackage("org.doorstep.*.ui..").and().resideOutsideOfPackage("org.doorstep.base.ui..")
            .should(dependOnOtherFeaturesOnlyThroughTheirRootOrBase());

    @Test
    void a_view_uses_another_feature_only_through_its_root_package_or_base() {
        VIEWS_USE_OTHER_FEATURES_ONLY_THROUGH_THEIR_API.check(main);
    }

    @Test
    void the_view_rule_catches_a_view_that_uses_another_features_view() {
        JavaClasses fixtures = new ClassFileImporter().importPackages("org.doorstep.archfixture");
        assertThat(VIEWS_USE_OTHER_FEATURES_ONLY_THROUGH_THEIR_API.evaluate(fixtures).hasViolation()).isTrue();
    }

    @Test
    void entities_and_repositories_live_in_internal_packages() {
        classes().that().areAnnotatedWith(Entity.class).or().areAssignableTo(Repository.class)
                .should().resideInAPackage("org.doorstep.*.internal..")
                .check(main);
    }

    private static final ArchRule SERVICES_GUARDED = methods().that().areDeclaredInClassesThat()
            .areAnnotatedWith(Service.class).and().arePublic().should(beGuardedByPreAuthorize());

    @Test
    void every_public_service_method_carries_an_authorisation_rule() {
        SERVICES_GUARDED.check(main);
    }

    @Test
    void every_route_says_who_may_open_it_and_has_a_translated_title() {
        classes().that().areAnnotatedWith(Route.class)
                .should().beAnnotatedWith(RolesAllowed.class)
                .orShould().beAnnotatedWith(PermitAll.class)
                .orShould().beAnnotatedWith(AnonymousAllowed.class)
                .check(main);
        classes().that().areAnnotatedWith(Route.class).should().beAssignableTo(HasDynamicTitle.class).check(main);
    }

    @Test
    void views_live_in_a_features_ui_package() {
        classes().that().areAnnotatedWith(Route.class).should().resideInAPackage("org.doorstep.*.ui..").check(main);
    }

    private static String feature(JavaClass javaClass) {
        String[] parts = javaClass.getPackageName().split("\\.");
        return parts.length > 2 ? parts[2] : "";
    }

    private static ArchCondition<JavaClass> onlyBeAccessedFromTheirOwnFeatureOutsideItsViews() {
        return new ArchCondition<>("only be accessed from their own feature, outside its ui package") {
            @Override
            public void check(JavaClass target, ConditionEvents events) {
                target.getDirectDependenciesToSelf().forEach(dependency -> {
                    JavaClass origin = dependency.getOriginClass();
                    boolean sameFeature = feature(origin).equals(feature(target));
                    boolean fromView = origin.getPackageName().contains(".ui");
                    if (!sameFeature || fromView) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                });
            }
        };
    }

    /**
     * Within org.doorstep a view depends only on its own feature, another feature's root package (its services and
     * records) and base's root and ui packages (the shell, shared components, formats); never on another feature's
     * internal or ui package, nor on base's internals.
     */
    private static ArchCondition<JavaClass> dependOnOtherFeaturesOnlyThroughTheirRootOrBase() {
        return new ArchCondition<>("depend on other features only through their root package or base") {
            @Override
            public void check(JavaClass view, ConditionEvents events) {
                view.getDirectDependenciesFromSelf().forEach(dependency -> {
                    JavaClass target = dependency.getTargetClass().getBaseComponentType();
                    String targetPackage = target.getPackageName();
                    if (!targetPackage.startsWith("org.doorstep.")) {
                        return;
                    }
                    String targetFeature = feature(target);
                    boolean ownFeature = targetFeature.equals(feature(view));
                    boolean featureRoot = targetPackage.equals("org.doorstep." + targetFeature);
                    boolean sharedUi = targetPackage.startsWith("org.doorstep.base.ui");
                    if (!ownFeature && !featureRoot && !sharedUi) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                });
            }
        };
    }

    private static ArchCondition<JavaMethod> beGuardedByPreAuthorize() {
        return new ArchCondition<>("be guarded by @PreAuthorize on the method or its class") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean guarded = method.isAnnotatedWith(PreAuthorize.class)
                        || method.getOwner().isAnnotatedWith(PreAuthorize.class);
                if (!guarded) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName() + " has no @PreAuthorize"));
                }
            }
        };
    }

}
