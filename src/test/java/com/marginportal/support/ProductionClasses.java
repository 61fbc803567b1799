package com.marginportal.support;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The portal's production classes as ArchUnit sees them, imported once per test JVM: ArchitectureTest,
 * DataScopeRuleTest and EnumLabelsTest each imported all of com.marginportal again (about a second of CPU each).
 */
public final class ProductionClasses {

    private static JavaClasses imported;

    private ProductionClasses() {
    }

    public static synchronized JavaClasses get() {
        if (imported == null) {
            imported = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("com.marginportal");
        }
        return imported;
    }
}
