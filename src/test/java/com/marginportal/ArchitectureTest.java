package com.marginportal;

import com.tngtech.archunit.base.DescribedPredicate;
import com.marginportal.support.ProductionClasses;
import com.tngtech.archunit.lang.ArchRule;

import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The boundaries of architecture.md: package by feature, features talk through public APIs,
 * only UI code touches Vaadin, only the workflow feature touches Flowable. Each rule is checked on the production
 * classes imported once per test JVM ({@link ProductionClasses}).
 */
class ArchitectureTest {

    private static final String[] UI_PACKAGES = {"..ui..", "com.marginportal.shell..", "com.marginportal.security.web.."};

    static final ArchRule onlyUiTouchesVaadin = noClasses()
            .that().resideOutsideOfPackages(UI_PACKAGES)
            .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
            .because("domain and application services must not depend on the UI framework");

    static final ArchRule onlyWorkflowTouchesFlowable = noClasses()
            .that().resideOutsideOfPackage("com.marginportal.workflow..")
            .should().dependOnClassesThat().resideInAPackage("org.flowable..");

    static final ArchRule servicesDoNotDependOnViews = noClasses()
            .that().resideOutsideOfPackages(UI_PACKAGES)
            .should().dependOnClassesThat().resideInAnyPackage("..ui..", "com.marginportal.shell..");

    static final ArchRule viewsAreReachedOnlyThroughRouting = classes()
            .should(new FeatureUiAccess());

    static final ArchRule domainIsPlainJava = noClasses()
            .that().resideInAPackage("..domain..")
            // a package's @NamedInterface (which module API it is) is metadata, not code the domain runs
            .and().doNotHaveSimpleName("package-info")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                    "com.vaadin..", "org.flowable..");

    /** Views included: no feature's UI reaches back into a feature that uses it (as ApplicationModulesTest's verify()). */
    static final ArchRule featuresAreFreeOfCycles = slices()
            .matching("com.marginportal.(*)..")
            .should().beFreeOfCycles();

    @Test
    void onlyUiTouchesVaadin() {
        onlyUiTouchesVaadin.check(ProductionClasses.get());
    }

    /** A picker made elsewhere shows an English calendar in the Chinese UI and dates as "2026/12/8". */
    static final ArchRule datePickersComeFromShell = noClasses()
            .that().doNotHaveFullyQualifiedName("com.marginportal.shell.DatePickers")
            .should().callConstructorWhere(DescribedPredicate.describe("a DatePicker constructor",
                    call -> call.getTargetOwner().isAssignableTo("com.vaadin.flow.component.datepicker.DatePicker")))
            .because("shell.DatePickers gives every date picker the UI's language and the portal's date format");

    @Test
    void datePickersComeFromShell() {
        datePickersComeFromShell.check(ProductionClasses.get());
    }

    @Test
    void onlyWorkflowTouchesFlowable() {
        onlyWorkflowTouchesFlowable.check(ProductionClasses.get());
    }

    @Test
    void servicesDoNotDependOnViews() {
        servicesDoNotDependOnViews.check(ProductionClasses.get());
    }

    @Test
    void viewsAreReachedOnlyThroughRouting() {
        viewsAreReachedOnlyThroughRouting.check(ProductionClasses.get());
    }

    @Test
    void domainIsPlainJava() {
        domainIsPlainJava.check(ProductionClasses.get());
    }

    @Test
    void featuresAreFreeOfCycles() {
        featuresAreFreeOfCycles.check(ProductionClasses.get());
    }
}
