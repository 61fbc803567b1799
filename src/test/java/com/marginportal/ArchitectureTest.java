package com.marginportal;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The boundaries of architecture.md: package by feature, features talk through public APIs,
 * only UI code touches Vaadin, only the workflow feature touches Flowable.
 */
@AnalyzeClasses(packages = "com.marginportal", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] UI_PACKAGES = {"..ui..", "com.marginportal.shell..", "com.marginportal.security.web.."};

    @ArchTest
    static final ArchRule onlyUiTouchesVaadin = noClasses()
            .that().resideOutsideOfPackages(UI_PACKAGES)
            .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
            .because("domain and application services must not depend on the UI framework");

    @ArchTest
    static final ArchRule onlyWorkflowTouchesFlowable = noClasses()
            .that().resideOutsideOfPackage("com.marginportal.workflow..")
            .should().dependOnClassesThat().resideInAPackage("org.flowable..");

    @ArchTest
    static final ArchRule servicesDoNotDependOnViews = noClasses()
            .that().resideOutsideOfPackages(UI_PACKAGES)
            .should().dependOnClassesThat().resideInAnyPackage("..ui..", "com.marginportal.shell..");

    @ArchTest
    static final ArchRule viewsAreReachedOnlyThroughRouting = classes()
            .should(new FeatureUiAccess());

    @ArchTest
    static final ArchRule domainIsPlainJava = noClasses()
            .that().resideInAPackage("..domain..")
            // a package's @NamedInterface (which module API it is) is metadata, not code the domain runs
            .and().doNotHaveSimpleName("package-info")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                    "com.vaadin..", "org.flowable..");

    @ArchTest
    static final ArchRule featureCoresAreFreeOfCycles = slices()
            .matching("com.marginportal.(*)..")
            .should().beFreeOfCycles()
            .ignoreDependency(resideInAnyPackage(UI_PACKAGES), DescribedPredicate.<JavaClass>alwaysTrue());
}
