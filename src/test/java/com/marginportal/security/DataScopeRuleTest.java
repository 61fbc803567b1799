package com.marginportal.security;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.marginportal.support.ProductionClasses;
import com.tngtech.archunit.core.domain.JavaClasses;

import org.junit.jupiter.api.Test;

/**
 * The data-scope rule is written once, in {@link DataScope}: no class outside {@code security} builds a scope
 * condition of its own. Two checks: nobody else reads the scope's branch or advisor (the values a hand-written
 * condition needs), and no SQL outside {@code security} compares {@code branch_id}/{@code advisor_id} except the
 * occurrences listed below, each with the reason it is not a scope check.
 */
class DataScopeRuleTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern CONDITION =
            Pattern.compile("\\b(?:\\w+\\.)?(?:branch_id|advisor_id)\\s*(?:=|<>|\\bIN\\b)\\s*(?:\\?|:\\w+|\\()");

    /** file (under com/marginportal) and condition → why it is not a scope condition. */
    private static final Map<String, String> ALLOWED = Map.ofEntries(
            Map.entry("client/ClientQuery.java: c.branch_id = :branch", "the user's branch filter, ANDed after the scope"),
            Map.entry("client/ClientQuery.java: c.advisor_id = :advisor", "the user's advisor filter, ANDed after the scope"),
            Map.entry("risk/RiskCaseQueries.java: r.branch_id = :branch", "the user's branch filter, ANDed after the scope"),
            Map.entry("risk/RiskCaseQueries.java: r.advisor_id = :advisor", "the user's advisor filter, ANDed after the scope"),
            Map.entry("workflow/CaseBoard.java: r.branch_id = :branch", "the board's branch filter, ANDed after the scope"),
            Map.entry("workflow/CaseBoard.java: r.advisor_id = :advisor", "the board's advisor filter, ANDed after the scope"),
            Map.entry("risk/RiskCaseStore.java: branch_id = ?", "the scan writes the case's branch (UPDATE … SET)"),
            Map.entry("risk/RiskCases.java: advisor_id = ?",
                    "the workflow moves a case in handling to its new holder (UPDATE … SET)"),
            Map.entry("service/AdvisorServiceWork.java: advisor_id = ?",
                    "one advisor's open work counted and handed over by an administrator (workload, not a listing)"),
            Map.entry("client/ClientBulkActions.java: c.branch_id <> :targetBranch",
                    "the target advisor's branch guard, inside the scope's WHERE"),
            Map.entry("client/ClientBulkActions.java: c.branch_id = :targetBranch",
                    "the target advisor's branch guard, inside the scope's WHERE"),
            Map.entry("client/ClientBulkActions.java: advisor_id = :target", "the reassignment itself (UPDATE … SET)"),
            Map.entry("service/ServiceWorkFollowsClients.java: advisor_id = :advisor",
                    "the clients' open service work follows them (UPDATE … SET)"),
            Map.entry("service/ServiceWorkFollowsClients.java: branch_id = :branch",
                    "the clients' open service work follows them (UPDATE … SET)"),
            Map.entry("service/ServiceWorkFollowsClients.java: advisor_id <> :advisor",
                    "only rows held elsewhere move (a system move, no user's scope)"),
            Map.entry("service/ServiceWorkFollowsClients.java: branch_id <> :branch",
                    "only rows held elsewhere move (a system move, no user's scope)"));

    @Test
    void noClassOutsideSecurityReadsTheScopesBranchOrAdvisor() {
        JavaClasses classes = ProductionClasses.get();
        noClasses().that().resideOutsideOfPackage("com.marginportal.security..")
                .should().callMethod(DataScope.class, "branchId")
                .orShould().callMethod(DataScope.class, "advisorId")
                .because("scope conditions come from DataScope (heldRows, clientRows, predicate, permits)")
                .check(classes);
    }

    @Test
    void noSqlOutsideSecurityWritesItsOwnScopeCondition() throws IOException {
        Map<String, String> found = conditionsOutsideSecurity();
        assertThat(found.keySet()).as("branch_id/advisor_id conditions outside security: use DataScope, or allow-list"
                + " one that is not a scope check with its reason").isSubsetOf(ALLOWED.keySet());
        assertThat(ALLOWED.keySet()).as("allow-list entries that no longer occur").isSubsetOf(found.keySet());
    }

    @Test
    void theCheckFindsAHandWrittenScope() {
        assertThat(CONDITION.matcher("\" AND n.branch_id = :scope\"").find()).isTrue();
        assertThat(CONDITION.matcher("\"advisor_id = ?\"").find()).isTrue();
        assertThat(CONDITION.matcher("\"c.advisor_id IN (SELECT\"").find()).isTrue();
        assertThat(CONDITION.matcher("\"SELECT c.branch_id, c.advisor_id FROM client c\"").find()).isFalse();
    }

    private static Map<String, String> conditionsOutsideSecurity() throws IOException {
        Path root = SOURCES.resolve("com/marginportal");
        Map<String, String> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                if (relative.startsWith("security/")) {
                    continue;
                }
                Matcher m = CONDITION.matcher(Files.readString(file));
                TreeSet<String> inFile = new TreeSet<>();
                while (m.find()) {
                    inFile.add(m.group());
                }
                inFile.forEach(c -> found.put(relative + ": " + c, relative));
            }
        }
        return found;
    }
}
