package org.civitas;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.repository.Repository;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

/** The house rules of style.md that a machine can check. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.civitas");

    @Test
    void views_never_touch_repositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(CLASSES);
    }

    @Test
    void services_import_nothing_of_vaadin() {
        noClasses().that().haveSimpleNameEndingWith("Service")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .check(CLASSES);
    }

    @Test
    void every_route_says_who_may_open_it() {
        classes().that().areAnnotatedWith(Route.class)
                .should().beAnnotatedWith(AnonymousAllowed.class)
                .orShould().beAnnotatedWith(PermitAll.class)
                .orShould().beAnnotatedWith(RolesAllowed.class)
                .check(CLASSES);
    }

    @Test
    void no_field_injection() {
        noFields().should().beAnnotatedWith(Autowired.class).check(CLASSES);
    }

    @Test
    void no_cycles_between_modules() {
        SlicesRuleDefinition.slices().matching("org.civitas.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void the_counting_and_lottery_libraries_stay_plain_java() {
        noClasses().that().resideInAnyPackage("org.civitas.tally..", "org.civitas.panel.sortition..")
                .and().doNotHaveSimpleName("package-info") // a module annotation there is metadata, not a dependency
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..", "com.vaadin..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }
}
