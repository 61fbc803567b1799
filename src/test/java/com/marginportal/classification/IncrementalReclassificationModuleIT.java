package com.marginportal.classification;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.marginportal.importing.ImportKind;
import com.marginportal.importing.ImportRequest;
import com.marginportal.importing.ImportResult;
import com.marginportal.importing.ImportService;
import com.marginportal.importing.ImportSource;
import com.marginportal.importing.ImportStatus;
import com.marginportal.support.ClientFixture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After an import only the clients whose data it changed are reclassified — the clients of a positions file's
 * accounts, the holders of a prices file's securities — and their results are exactly those of a full pass.
 */
@WithUserDetails(value = ClassificationModuleSupport.ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
class IncrementalReclassificationModuleIT extends ClassificationModuleSupport {

    @Autowired
    private ImportService imports;

    /** A STAR-board stock of the test's own, priced at 20. */
    private static final String STAR_CODE = "688990.SH";
    /** A main-board stock of the test's own that no price file of it touches. */
    private static final String MAIN_CODE = "600990.SH";

    @BeforeEach
    void ownSecurity() {
        jdbc.sql("""
                INSERT INTO security (code, name, board, security_type, industry, index_member, status, conversion_rate,
                       financing_eligible, short_eligible)
                SELECT '688990.SH', '测试科创', 'STAR', 'STOCK', NULL, FALSE, 'NORMAL', 0.5000, TRUE, FALSE FROM (SELECT 1 AS x) d
                 WHERE NOT EXISTS (SELECT 1 FROM security WHERE code = '688990.SH')""").update();
        jdbc.sql("""
                INSERT INTO security (code, name, board, security_type, industry, index_member, status, conversion_rate,
                       financing_eligible, short_eligible)
                SELECT ?, '测试主板', 'MAIN_SH', 'STOCK', NULL, TRUE, 'NORMAL', 0.7000, TRUE, TRUE FROM (SELECT 1 AS x) d
                 WHERE NOT EXISTS (SELECT 1 FROM security WHERE code = ?)""").params(MAIN_CODE, MAIN_CODE).update();
        jdbc.sql("DELETE FROM security_price WHERE code IN (?, ?)").params(STAR_CODE, MAIN_CODE).update();
        jdbc.sql("INSERT INTO security_price (code, price, price_date, updated_at) VALUES (?, 10, DATE '2026-11-24', CURRENT_TIMESTAMP)")
                .param(MAIN_CODE).update();
        jdbc.sql("INSERT INTO security_price (code, price, price_date, updated_at) VALUES (?, 20, DATE '2026-11-24', CURRENT_TIMESTAMP)")
                .param(STAR_CODE).update();
    }

    /**
     * Clients no import of a test touches: an import that changes more than half of all clients is a full pass
     * (ReclassificationPlan), and the slice's schema has no demo clients to make the test's few a minority.
     */
    @BeforeEach
    void bystanders() {
        ClientFixture fixture = new ClientFixture(jdbc);
        for (int i = 0; i < 8; i++) {
            fixture.client(thirdBranch(), null);
        }
    }

    private long accountOf(long client) {
        return jdbc.sql("SELECT id FROM credit_account WHERE client_id = ?").param(client).query(Long.class).single();
    }

    @Test
    void aPositionsImportReclassifiesExactlyTheClientsOfItsAccounts() {
        ClientFixture fixture = new ClientFixture(jdbc);
        List<Long> clients = List.of(fixture.client(branch(), ADVISOR), fixture.client(branch(), COLLEAGUE), fixture.client(otherBranch(), OTHER_ADVISOR));
        classifications.recalculateAll();
        Map<Long, LocalDateTime> before = computedAt();

        // a large position in a STAR-board stock: volatile holdings, other classes
        ImportResult result = importText(ImportKind.POSITIONS, "account,code,side,quantity,cost_price\n"
                + clients.stream().map(c -> accountOf(c) + "," + STAR_CODE + ",LONG,50000,20\n").collect(Collectors.joining()));

        assertThat(changedSince(before)).containsExactlyInAnyOrderElementsOf(clients);
        assertThat(latestRun()).isEqualTo("IMPORT false SUCCEEDED 3 3 import " + result.batchId());
        assertSameAsFullPass(Set.copyOf(clients));
    }

    @Test
    void aPriceImportReclassifiesTheHoldersOfTheRepricedSecurity() {
        ClientFixture fixture = new ClientFixture(jdbc);
        List<Long> holders = List.of(fixture.client(branch(), ADVISOR), fixture.client(thirdBranch(), null));
        long other = fixture.client(branch(), ADVISOR);
        importText(ImportKind.POSITIONS, "account,code,side,quantity,cost_price,financed_quantity,financed_amount\n"
                + holders.stream().map(c -> accountOf(c) + "," + STAR_CODE + ",LONG,50000,20,40000,800000\n")
                .collect(Collectors.joining()) + accountOf(other) + "," + MAIN_CODE + ",LONG,100,10,0,0\n");
        classifications.recalculateAll();
        Map<Long, LocalDateTime> before = computedAt();

        importText(ImportKind.PRICES, "code,price,price_date\n" + STAR_CODE + ",5.000,2026-11-25\n");

        assertThat(changedSince(before)).containsExactlyInAnyOrderElementsOf(holders);
        assertSameAsFullPass(Set.copyOf(holders));
        assertThat(jdbc.sql("SELECT computed_value FROM client_classification WHERE client_id = ? AND dimension = 'RISK_LEVEL'")
                .param(holders.get(0)).query(String.class).single()).as("financed STAR holding after a 75% drop").isEqualTo("HIGH");
    }

    private ImportResult importText(ImportKind kind, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ImportResult result = imports.importFile(new ImportRequest(kind, ImportSource.API, "test.csv", null),
                () -> new ByteArrayInputStream(bytes));
        assertThat(result.status()).as(result.message()).isEqualTo(ImportStatus.SUCCEEDED);
        return result;
    }

    /** The subset's stored results, then a full pass: the same values, reasons and suitability flags. */
    private void assertSameAsFullPass(Set<Long> clients) {
        Map<Long, List<String>> incremental = results(clients);
        classifications.recalculateAll();
        assertThat(results(clients)).isEqualTo(incremental);
    }

    private Map<Long, List<String>> results(Set<Long> clients) {
        Map<Long, List<String>> results = new HashMap<>();
        for (long client : clients) {
            List<String> rows = new java.util.ArrayList<>(jdbc.sql("""
                    SELECT CONCAT(dimension, '=', computed_value, ' ', reasons, ' v', thresholds_version)
                      FROM client_classification WHERE client_id = ? ORDER BY dimension""").param(client).query(String.class).list());
            rows.addAll(jdbc.sql("SELECT reasons FROM suitability_issue WHERE client_id = ?").param(client).query(String.class).list());
            results.put(client, rows);
        }
        return results;
    }

    private Map<Long, LocalDateTime> computedAt() {
        Map<Long, LocalDateTime> at = new HashMap<>();
        jdbc.sql("SELECT client_id, MAX(computed_at) FROM client_classification GROUP BY client_id")
                .query(rs -> {
                    at.put(rs.getLong(1), rs.getObject(2, LocalDateTime.class));
                });
        return at;
    }

    private Set<Long> changedSince(Map<Long, LocalDateTime> before) {
        Map<Long, LocalDateTime> now = computedAt();
        assertThat(now.keySet()).isEqualTo(before.keySet());
        return now.entrySet().stream().filter(e -> !e.getValue().equals(before.get(e.getKey())))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    private String latestRun() {
        return jdbc.sql("""
                SELECT CONCAT(run_trigger, ' ', CASE WHEN full_pass THEN 'true' ELSE 'false' END, ' ', status, ' ',
                       processed, ' ', total_clients, ' ', started_by) FROM classification_run ORDER BY id DESC LIMIT 1""")
                .query(String.class).single();
    }
}
