package com.marginportal.risk;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import com.marginportal.client.AccountValuation;
import com.marginportal.client.AccountValuationService;
import com.marginportal.client.ValuationRun;
import com.marginportal.risk.domain.BreachRules;
import com.marginportal.risk.domain.CaseDecision;
import com.marginportal.support.ModuleSlice;
import com.marginportal.support.StaffFixture;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A scan reads into Java only the accounts that can change something; every account it leaves out holds no
 * episode, has no special agreement and, held to its profile's lines, would decide nothing. The accounts are the test's
 * own, at prices drawn from a seeded generator ({@code -Dscan.seed=N} replays one), some with a special agreement,
 * beside whatever the other slices of the JVM left in the schema.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, verifyAutomatically = false)
class ScanReadFilterModuleIT extends ModuleSlice {

    private static final long SEED = Long.getLong("scan.seed", 20261207L);

    @Autowired
    private AccountValuationService valuation;
    @Autowired
    private LineProfileService profiles;
    @Autowired
    private ObjectProvider<RiskClassSource> riskClasses;
    @Autowired
    private RiskScanService scanner;
    @Autowired
    private JdbcClient jdbc;

    @Test
    void accountsLeftOutCouldNotChangeAnything() {
        accountsAtGeneratedPrices();
        scanner.scan(ScanTrigger.MANUAL); // cases open for the breaches: those accounts must be read
        ValuationRun run = valuation.valueAll();
        LineBook book = new LineBook(profiles.profiles(), riskClasses.getIfAvailable(() -> Map::of).riskClassByClientId());
        Set<Long> checked = new HashSet<>();
        valuation.forEachValuationToCheck(run.id(), book.highestRatioLine(), book.lowestFinancingRatioLine(),
                v -> checked.add(v.accountId()));
        Set<Long> held = new HashSet<>(jdbc.sql("SELECT open_account_id FROM risk_case WHERE open_account_id IS NOT NULL")
                .query(Long.class).list());
        int[] all = {0};
        int[] breaching = {0};
        valuation.forEachValuation(run.id(), v -> {
            all[0]++;
            CaseDecision decision = BreachRules.decide(null, book.linesFor(v).lines(), v.maintenanceRatio(),
                    v.financingRatio());
            if (decision.action() != CaseDecision.Action.NONE) {
                breaching[0]++;
            }
            if (!checked.contains(v.accountId())) {
                String which = "left-out account " + v.accountId();
                assertThat(held).as(which).doesNotContain(v.accountId());
                assertThat(hasAgreement(v)).as(which).isFalse();
                assertThat(decision.action()).as(which).isEqualTo(CaseDecision.Action.NONE);
            }
        });
        assertThat(breaching[0]).as("the generated accounts breach (seed %d)", SEED).isPositive();
        assertThat(checked).containsAll(held).hasSizeLessThan(all[0]);
    }

    /**
     * Forty accounts of a branch of the test's own, ratios from 86% to 429% (price × 10,000 ÷ 70,000), one in eight
     * with a special agreement: lines of its own, which the scan must read whatever its ratio.
     */
    private void accountsAtGeneratedPrices() {
        StaffFixture.Branch branch = new StaffFixture(jdbc).branch(1);
        Random prices = new Random(SEED);
        for (int i = 0; i < 40; i++) {
            RiskFixture account = new RiskFixture(jdbc, branch.id(), branch.advisor(1));
            account.price(BigDecimal.valueOf(6 + prices.nextDouble() * 24).setScale(2, RoundingMode.HALF_UP).toPlainString());
            if (prices.nextInt(8) == 0) {
                jdbc.sql("UPDATE credit_account SET special_warning_line = 1.6000 WHERE id = ?").param(account.accountId)
                        .update();
            }
        }
    }

    private static boolean hasAgreement(AccountValuation v) {
        return v.specialWarningLine() != null || v.specialMarginCallLine() != null || v.specialLiquidationLine() != null;
    }
}
