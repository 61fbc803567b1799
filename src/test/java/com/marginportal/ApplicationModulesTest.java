package com.marginportal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The features as Spring Modulith application modules (each direct package of com.marginportal). A module uses
 * another's base package or one of its named interfaces (package-info {@code @NamedInterface}), never its
 * internals, and no two modules depend on each other, directly or round a cycle: {@code verify()} with nothing
 * allowed. {@code -Dmodules.docs=true} writes the module documentation (C4 component diagram, one diagram and canvas
 * per module) to docs/modules.
 */
class ApplicationModulesTest {

    static final ApplicationModules MODULES = ApplicationModules.of(MarginPortalApplication.class);

    @Test
    void modulesUseOnlyEachOthersInterfacesAndFormNoCycle() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDocumentation() {
        String folder = Boolean.getBoolean("modules.docs") ? "docs/modules" : "target/spring-modulith-docs";
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder)).writeDocumentation();
        assertThat(Path.of(folder, "components.puml")).exists();
    }
}
