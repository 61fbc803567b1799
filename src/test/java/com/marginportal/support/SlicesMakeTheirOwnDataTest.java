package com.marginportal.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
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
    /** A slice class, or a module's base of them (abstract, named *ModuleSupport). */
    private static final Pattern SLICE = Pattern.compile("(abstract )?class \\w+ extends (ModuleSlice|\\w+ModuleSupport)\\b");
    private static final Pattern DEMO_DATA = Pattern.compile(
            "\"(admin|advisor\\d+|manager\\d+)\"|new RiskFixture\\(jdbc\\)|\\.client\\([1-5], |DEMO_CLIENTS|IntegrationTest");

    @Test
    void noSliceTestLeansOnTheDemoDataAndEachIsNamedSo() throws IOException {
        List<String> leaning = new ArrayList<>();
        List<String> misnamed = new ArrayList<>();
        int slices = 0;
        try (Stream<Path> files = Files.walk(TESTS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")
                    && !f.endsWith("SlicesMakeTheirOwnDataTest.java")).toList()) { // its own examples are no slices
                String source = Files.readString(file);
                Matcher slice = SLICE.matcher(source);
                if (!slice.find()) {
                    continue;
                }
                slices++;
                if (slice.group(1) == null && !file.getFileName().toString().endsWith("ModuleIT.java")) {
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
    void theCheckFindsSlicesAndTheirBases() {
        assertThat(SLICE.matcher("class ClientLookupModuleIT extends ModuleSlice {").find()).isTrue();
        assertThat(SLICE.matcher("class NoticeOrderModuleIT extends NotificationModuleSupport {").find()).isTrue();
        assertThat(SLICE.matcher("abstract class NotificationModuleSupport extends ModuleSlice {").find()).isTrue();
        assertThat(SLICE.matcher("class NoticeOrderIT extends NotificationTestSupport {").find()).isFalse();
    }

    @Test
    void theCheckRecognisesTheDemosNames() {
        assertThat(DEMO_DATA.matcher("@WithUserDetails(\"advisor1\") new ClientFixture(jdbc).client(1, \"x\")").results())
                .hasSize(2);
        assertThat(DEMO_DATA.matcher("staff.branch(2).advisor(1); clients.client(branch.id(), holder)").results()).isEmpty();
    }
}
