package com.marginportal.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.marginportal.client.HeldLines;
import com.marginportal.importing.ImportKind;
import com.marginportal.importing.ImportRequest;
import com.marginportal.importing.ImportResult;
import com.marginportal.importing.ImportService;
import com.marginportal.importing.ImportSource;
import com.marginportal.importing.ImportStatus;
import com.marginportal.risk.EffectiveLines;
import com.marginportal.risk.RiskFixture;
import com.marginportal.risk.ScanTrigger;
import com.marginportal.support.ClientFixture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The lines a client is held to are the same in every feature: an import reclassifies before the scan that applies
 * the class's lines, and an open case keeps the lines it was opened with when its client's class changes. A slice of
 * the breach workflow (the first case's notice is the workflow's), on the test's own branch.
 */
class CaseLinesModuleIT extends WorkflowModuleSupport {

    /** A STAR-board stock of the test's own (volatile holdings make a client HIGH), priced at 20. */
    private static final String STAR_CODE = "688991.SH";

    @Autowired
    private ImportService imports;
    @Autowired
    private EffectiveLines effectiveLines;

    @BeforeEach
    void ownSecurity() {
        jdbc.sql("""
                INSERT INTO security (code, name, board, security_type, industry, index_member, status, conversion_rate,
                       financing_eligible, short_eligible)
                SELECT '688991.SH', '测试科创二', 'STAR', 'STOCK', NULL, FALSE, 'NORMAL', 0.5000, TRUE, FALSE FROM (SELECT 1 AS x) d
                 WHERE NOT EXISTS (SELECT 1 FROM security WHERE code = '688991.SH')""").update();
        jdbc.sql("DELETE FROM security_price WHERE code = ?").param(STAR_CODE).update();
        jdbc.sql("INSERT INTO security_price (code, price, price_date, updated_at) VALUES (?, 20, DATE '2026-11-24', CURRENT_TIMESTAMP)")
                .param(STAR_CODE).update();
    }

    @Test
    void aNewHighRiskClientIsHeldToTheHighProfileFromItsFirstImportAndAReimportChangesNothing() {
        long client = new ClientFixture(jdbc).client(branch.id(), advisor);
        long account = jdbc.sql("SELECT id FROM credit_account WHERE client_id = ?").param(client).query(Long.class).single();
        jdbc.sql("UPDATE client SET email = ? WHERE id = ?").params("c" + client + "@example.com", client).update();
        // 100,000 cash + 1,000,000 in STAR stock against 760,000 financed: 144.74%, above the default warning line
        // (140%) but below the high-risk one (150%); all volatile and 69% financed: a HIGH-risk client
        String positions = "account,code,side,quantity,cost_price,financed_quantity,financed_amount\n"
                + account + "," + STAR_CODE + ",LONG,50000,20,38000,760000\n";

        importText(ImportKind.POSITIONS, positions);

        assertThat(riskClass(client)).isEqualTo("HIGH");
        assertThat(jdbc.sql("SELECT warning_line FROM risk_case WHERE account_id = ?").param(account)
                .query(BigDecimal.class).list())
                .as("the first case is held to the high-risk profile").singleElement()
                .satisfies(w -> assertThat(w).isEqualByComparingTo("1.50"));
        long caseId = jdbc.sql("SELECT id FROM risk_case WHERE account_id = ?").param(account).query(Long.class).single();
        await().atMost(Duration.ofSeconds(30)).until(() -> noticesOf(client) == 1);

        importText(ImportKind.POSITIONS, positions);

        assertThat(jdbc.sql("SELECT id FROM risk_case WHERE account_id = ?").param(account).query(Long.class).list())
                .as("re-importing the same file opens no new case").containsExactly(caseId);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM case_process WHERE case_id = ?").param(caseId).query(Long.class).single())
                .isOne();
        assertThat(noticesOf(client)).as("and sends no new notice").isOne();
    }

    @Test
    void anOpenCaseKeepsItsLinesWhenItsClientBecomesHighRisk() {
        RiskFixture account = new RiskFixture(jdbc, branch.id(), advisor);
        account.price("9.50"); // 135.71%: a warning on the default lines (140/130/110, target 140)
        scanner.scan(ScanTrigger.MANUAL);
        assertThat(account.openLevel()).isEqualTo("WARNING");
        new ClientFixture(jdbc).computed(account.clientId, "RISK_LEVEL", "HIGH"); // high-risk lines: 150/130/120, target 150

        account.price("8.00"); // 114.29%: margin call on the case's lines, liquidation on the high-risk ones
        scanner.scan(ScanTrigger.MANUAL);
        assertThat(account.openLevel()).as("escalated against the case's own lines").isEqualTo("MARGIN_CALL");

        account.price("10.00"); // 142.86%: at the case's target (140%), below the high-risk one (150%)
        scanner.scan(ScanTrigger.MANUAL);
        assertThat(account.openCases()).as("restored against the case's own target").isZero();
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM risk_case_event e JOIN risk_case c ON c.id = e.case_id
                 WHERE c.account_id = ? AND e.event_type = 'RESTORED'""").param(account.accountId).query(Long.class)
                .single()).isOne();
    }

    @Test
    void aClientsEffectiveLinesAreItsCasesWhileACaseHoldsTheAccountOtherwiseItsClassProfile() {
        RiskFixture account = new RiskFixture(jdbc, branch.id(), advisor);
        assertLines(account.clientId, HeldLines.Source.PROFILE, "1.40");
        new ClientFixture(jdbc).computed(account.clientId, "RISK_LEVEL", "HIGH");
        assertLines(account.clientId, HeldLines.Source.PROFILE, "1.50");

        account.price("9.50"); // 135.71%: a warning on the high-risk lines
        scanner.scan(ScanTrigger.MANUAL);
        assertLines(account.clientId, HeldLines.Source.CASE, "1.50");
        new ClientFixture(jdbc).computed(account.clientId, "RISK_LEVEL", "LOW");
        assertLines(account.clientId, HeldLines.Source.CASE, "1.50"); // the case keeps its lines

        account.price("10.00");
        jdbc.sql("UPDATE credit_account SET cash = cash + 20000 WHERE id = ?").param(account.accountId).update();
        scanner.scan(ScanTrigger.MANUAL); // 171.43%, financing ratio 58.33%: restored at the case's target, the case ends
        assertLines(account.clientId, HeldLines.Source.PROFILE, "1.40");
    }

    private void assertLines(long clientId, HeldLines.Source source, String warning) {
        for (EffectiveLines.ClientLines lines : java.util.List.of(effectiveLines.forClient(clientId),
                effectiveLines.lookup().forClient(clientId))) {
            assertThat(lines.source()).isEqualTo(source);
            assertThat(lines.lines().warning()).isEqualByComparingTo(warning);
        }
    }

    private ImportResult importText(ImportKind kind, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ImportResult result = as(admin, () -> imports.importFile(new ImportRequest(kind, ImportSource.API, "test.csv",
                null), () -> new ByteArrayInputStream(bytes)));
        assertThat(result.status()).as(result.message()).isEqualTo(ImportStatus.SUCCEEDED);
        return result;
    }

    private String riskClass(long client) {
        return jdbc.sql("SELECT computed_value FROM client_classification WHERE client_id = ? AND dimension = 'RISK_LEVEL'")
                .param(client).query(String.class).single();
    }

    private long noticesOf(long client) {
        return jdbc.sql("SELECT COUNT(*) FROM notification WHERE client_id = ?").param(client).query(Long.class).single();
    }
}
