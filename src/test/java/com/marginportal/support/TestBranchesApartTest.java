package com.marginportal.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The integration tests share one schema; a test that makes a branch of its own (so that a manager's board holds
 * only its cases) and clears it before it starts must not pick another test's branch id: the clean-up then meets
 * the other test's rows (ScopeMatrixIT failed so on the extension tests' sent notices). The demo's branches (below
 * 10) are everyone's.
 */
class TestBranchesApartTest {

    private static final Path TESTS = Path.of("src/test/java/com/marginportal");
    private static final Pattern BRANCH_ID = Pattern.compile(
            "long BRANCH\\w* = (\\d+)|INSERT INTO branch \\(id, [^)]*\\) VALUES \\((\\d+)");

    @Test
    void noTwoTestClassesMakeTheSameBranch() throws IOException {
        Map<Long, Set<String>> owners = new TreeMap<>();
        try (Stream<Path> files = Files.walk(TESTS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")
                    && !f.endsWith("TestBranchesApartTest.java")).toList()) { // its own example is no branch
                for (long id : ids(Files.readString(file))) {
                    owners.computeIfAbsent(id, k -> new TreeSet<>()).add(file.getFileName().toString());
                }
            }
        }
        Map<Long, Set<String>> shared = owners.entrySet().stream().filter(e -> e.getKey() >= 10 && e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(owners).as("the check finds the test branches").isNotEmpty();
        assertThat(shared).as("branch ids made by more than one test class").isEmpty();
    }

    @Test
    void theCheckFindsBothWaysOfNamingABranch() {
        assertThat(ids("static final long BRANCH_A = 93;\n jdbc.sql(\"INSERT INTO branch (id, code, name, city) "
                + "VALUES (97, 'X', 'y', 'z')\")")).containsExactly(93L, 97L);
    }

    private static Set<Long> ids(String source) {
        Set<Long> ids = new TreeSet<>();
        Matcher m = BRANCH_ID.matcher(source);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1) != null ? m.group(1) : m.group(2)));
        }
        return ids;
    }
}
