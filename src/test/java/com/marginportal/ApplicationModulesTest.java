package com.marginportal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The features as Spring Modulith application modules (each direct package of com.marginportal). A module uses
 * another's base package or one of its named interfaces (package-info {@code @NamedInterface}), never its
 * internals. Module cycles that remain are listed here by name until they are taken apart (issue #15); a new one
 * fails. {@code -Dmodules.docs=true} writes the module documentation (C4 component diagram, one diagram and canvas
 * per module) to docs/modules.
 */
class ApplicationModulesTest {

    static final ApplicationModules MODULES = ApplicationModules.of(MarginPortalApplication.class);

    /** Cycles known when the modules were first verified; each one to be removed, none to be added. */
    private static final Set<String> KNOWN_CYCLES = Set.of();

    private static final Pattern CYCLE = Pattern.compile("Cycle detected: (Slice .*?)\\s+1\\. Dependencies", Pattern.DOTALL);

    @Test
    void noModuleUsesAnotherModulesInternals() {
        List<String> internals = MODULES.detectViolations().getMessages().stream()
                .filter(m -> !m.startsWith("Cycle detected")).toList();
        assertThat(internals).isEmpty();
    }

    @Test
    void noNewCycleBetweenModules() {
        List<String> cycles = MODULES.detectViolations().getMessages().stream()
                .filter(m -> m.startsWith("Cycle detected")).map(ApplicationModulesTest::cycle).toList();
        assertThat(KNOWN_CYCLES).containsAll(cycles);
    }

    @Test
    void writesTheModuleDocumentation() {
        String folder = Boolean.getBoolean("modules.docs") ? "docs/modules" : "target/spring-modulith-docs";
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder)).writeDocumentation();
        assertThat(Path.of(folder, "components.puml")).exists();
    }

    private static String cycle(String message) {
        Matcher m = CYCLE.matcher(message);
        return m.find() ? m.group(1).replaceAll("Slice ", "").replaceAll("\\s*->\\s*", " -> ").strip() : message;
    }
}
