package com.marginportal.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * A module slice's schema holds no demo data: a slice test that named a demo user or branch would fail only when it
 * runs, or pass on rows another test left. Each makes its own people and clients (StaffFixture, ClientFixture,
 * RiskFixture with a branch). Slices are named *ModuleIT: Surefire runs them beside the unit tests (pom.xml), away
 * from the whole-application contexts of the Failsafe JVMs.
 */
class SlicesMakeTheirOwnDataTest {

    private static final Path TESTS = Path.of("src/test/java/com/marginportal");
    private static final Pattern SLICE = Pattern.compile("class \\w+ extends ModuleSlice");
    private static final Pattern DEMO_DATA = Pattern.compile(
            "\"(admin|advisor\\d+|manager\\d+)\"|new RiskFixture\\(jdbc\\)|\\.client\\([1-5], |DEMO_CLIENTS|IntegrationTest");

    @Test
    void noSliceTestLeansOnTheDemoDataAndEachIsNamedSo() throws IOException {
        List<String> leaning = new ArrayList<>();
        List<String> misnamed = new ArrayList<>();
        int slices = 0;
        try (Stream<Path> files = Files.walk(TESTS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                if (!SLICE.matcher(source).find()) {
                    continue;
                }
                slices++;
                if (!file.getFileName().toString().endsWith("ModuleIT.java")) {
                    misnamed.add(file.getFileName().toString());
                }
                DEMO_DATA.matcher(source).results()
                        .forEach(m -> leaning.add(file.getFileName() + ": " + m.group()));
            }
        }
        assertThat(slices).as("the check finds the slice tests").isGreaterThanOrEqualTo(10);
        assertThat(leaning).as("slice tests naming demo users, branches or data").isEmpty();
        assertThat(misnamed).as("slice tests not named *ModuleIT").isEmpty();
    }

    @Test
    void theCheckRecognisesTheDemosNames() {
        assertThat(DEMO_DATA.matcher("@WithUserDetails(\"advisor1\") new ClientFixture(jdbc).client(1, \"x\")").results())
                .hasSize(2);
        assertThat(DEMO_DATA.matcher("staff.branch(2).advisor(1); clients.client(branch.id(), holder)").results()).isEmpty();
    }
}
