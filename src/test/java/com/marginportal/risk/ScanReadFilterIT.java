package com.marginportal.risk;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import com.marginportal.client.AccountValuation;
import com.marginportal.client.AccountValuationService;
import com.marginportal.client.ValuationRun;
import com.marginportal.risk.domain.BreachRules;
import com.marginportal.risk.domain.CaseDecision;
import com.marginportal.support.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A scan reads into Java only the accounts that can change something; every account it leaves out holds no
 * episode, has no special agreement and, held to its profile's lines, would decide nothing.
 */
class ScanReadFilterIT extends IntegrationTest {

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
        scanner.scan(ScanTrigger.MANUAL); // cases open for the demo's breaches: those accounts must be read
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
        assertThat(breaching[0]).as("the demo data has breaches").isPositive();
        assertThat(checked).containsAll(held).hasSizeLessThan(all[0]);
    }

    private static boolean hasAgreement(AccountValuation v) {
        return v.specialWarningLine() != null || v.specialMarginCallLine() != null || v.specialLiquidationLine() != null;
    }
}
