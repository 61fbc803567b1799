package com.marginportal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

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

    /**
     * The committed documentation is the code's: written afresh and compared with docs/modules line by line, in any
     * order (the Documenter's order of modules and relations varies between runs).
     */
    @Test
    void writesTheModuleDocumentation() throws IOException {
        String folder = Boolean.getBoolean("modules.docs") ? "docs/modules" : "target/spring-modulith-docs";
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder)).writeDocumentation();
        assertThat(Path.of(folder, "components.puml")).exists();
        List<String> stale = new ArrayList<>();
        try (Stream<Path> written = Files.list(Path.of(folder))) {
            for (Path file : written.toList()) {
                Path committed = Path.of("docs/modules").resolve(file.getFileName());
                if (!Files.exists(committed) || !sorted(file).equals(sorted(committed))) {
                    stale.add(file.getFileName().toString());
                }
            }
        }
        assertThat(stale).as("docs/modules is behind the code: ./mvnw test -Dtest=ApplicationModulesTest"
                + " -Dmodules.docs=true, then commit docs/modules").isEmpty();
    }

    private static List<String> sorted(Path file) throws IOException {
        return Files.readAllLines(file).stream().sorted().toList();
    }
}
