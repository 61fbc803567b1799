package com.marginportal.risk.domain;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BreachRulesTest {

    private static final RiskLines DEFAULT = lines("1.40", "1.30", "1.10", "1.40", null);
    private static final RiskLines HIGH_RISK = lines("1.50", "1.30", "1.20", "1.50", "0.60");

    @Test
    void aBreachIsStrictlyBelowTheLine() {
        assertThat(BreachRules.assess(DEFAULT, d("1.4000"), null)).isEmpty();
        assertThat(BreachRules.assess(DEFAULT, d("1.3999"), null)).contains(ratio(BreachLevel.WARNING));
        assertThat(BreachRules.assess(DEFAULT, d("1.3000"), null)).contains(ratio(BreachLevel.WARNING));
        assertThat(BreachRules.assess(DEFAULT, d("1.2999"), null)).contains(ratio(BreachLevel.MARGIN_CALL));
        assertThat(BreachRules.assess(DEFAULT, d("1.1000"), null)).contains(ratio(BreachLevel.MARGIN_CALL));
        assertThat(BreachRules.assess(DEFAULT, d("1.0999"), null)).contains(ratio(BreachLevel.LIQUIDATION));
    }

    @Test
    void noDebtNeverBreachesARatioLine() {
        assertThat(BreachRules.assess(DEFAULT, null, null)).isEmpty();
        assertThat(BreachRules.isRestored(DEFAULT, null, null)).isTrue();
    }

    @Test
    void financingRatioAboveItsLineIsAWarning() {
        assertThat(BreachRules.assess(HIGH_RISK, d("2.00"), d("0.6000"))).isEmpty();
        assertThat(BreachRules.assess(HIGH_RISK, d("2.00"), d("0.6001")))
                .contains(new Breach(BreachLevel.WARNING, BreachReason.FINANCING_RATIO));
        assertThat(BreachRules.assess(DEFAULT, d("2.00"), d("0.95"))).as("no line, no breach").isEmpty();
        assertThat(BreachRules.assess(HIGH_RISK, d("1.25"), d("0.80"))).as("the ratio breach is the worse one")
                .contains(ratio(BreachLevel.MARGIN_CALL));
    }

    @Test
    void decisionsFollowTheEpisode() {
        assertThat(BreachRules.decide(null, DEFAULT, d("2.5"), null)).isEqualTo(CaseDecision.NONE);
        assertThat(BreachRules.decide(null, DEFAULT, d("1.35"), null)).isEqualTo(CaseDecision.open(ratio(BreachLevel.WARNING)));
        assertThat(BreachRules.decide(BreachLevel.WARNING, DEFAULT, d("1.35"), null)).isEqualTo(CaseDecision.KEEP);
        assertThat(BreachRules.decide(BreachLevel.WARNING, DEFAULT, d("1.25"), null))
                .isEqualTo(CaseDecision.escalate(ratio(BreachLevel.MARGIN_CALL)));
        assertThat(BreachRules.decide(BreachLevel.MARGIN_CALL, DEFAULT, d("1.35"), null))
                .as("better but below the target: no de-escalation").isEqualTo(CaseDecision.KEEP);
        assertThat(BreachRules.decide(BreachLevel.MARGIN_CALL, DEFAULT, d("1.40"), null)).isEqualTo(CaseDecision.RESTORE);
        assertThat(BreachRules.decide(BreachLevel.LIQUIDATION, DEFAULT, null, null)).as("debt repaid").isEqualTo(CaseDecision.RESTORE);
    }

    @Test
    void aTargetAboveTheWarningLineKeepsTheCaseOpenInBetween() {
        RiskLines lines = lines("1.40", "1.30", "1.10", "1.50", null);
        assertThat(BreachRules.decide(BreachLevel.WARNING, lines, d("1.45"), null)).isEqualTo(CaseDecision.KEEP);
        assertThat(BreachRules.decide(BreachLevel.WARNING, lines, d("1.50"), null)).isEqualTo(CaseDecision.RESTORE);
    }

    @Test
    void aSpecialAgreementReplacesTheRatioLines() {
        RiskLines special = DEFAULT.withSpecialAgreement(d("1.50"), d("1.35"), d("1.20"));
        assertThat(special.topUpTarget()).isEqualByComparingTo("1.50");
        assertThat(BreachRules.assess(special, d("1.45"), null)).contains(ratio(BreachLevel.WARNING));
        assertThat(BreachRules.assess(special, d("1.19"), null)).contains(ratio(BreachLevel.LIQUIDATION));
    }

    @Test
    void linesAreValidated() {
        assertThatIllegalArgumentException().isThrownBy(() -> lines("1.30", "1.40", "1.10", "1.40", null))
                .withMessageContaining("ordered");
        assertThatIllegalArgumentException().isThrownBy(() -> lines("1.40", "1.30", "1.10", "1.35", null))
                .withMessageContaining("target");
        assertThatIllegalArgumentException().isThrownBy(() -> lines("1.40", "1.30", "1.10", "1.40", "1.20"))
                .withMessageContaining("financing-ratio");
        assertThatIllegalArgumentException().isThrownBy(() -> new RiskLines(d("1.4"), d("1.3"), d("1.1"), d("1.4"), 0, null))
                .withMessageContaining("deadline");
    }

    @Test
    void aDecidedCaseKeepsTheEpisodeUntilTheAccountIsRestoredOrWorseThanItsLevel() {
        assertThat(BreachRules.afterDecision(BreachLevel.MARGIN_CALL, DEFAULT, d("1.2714"), null))
                .as("the same breach").isEqualTo(BreachRules.AfterDecision.KEEP);
        assertThat(BreachRules.afterDecision(BreachLevel.MARGIN_CALL, DEFAULT, d("1.3571"), null))
                .as("better, not at the target").isEqualTo(BreachRules.AfterDecision.KEEP);
        assertThat(BreachRules.afterDecision(BreachLevel.MARGIN_CALL, DEFAULT, d("1.4000"), null))
                .as("at the case's target").isEqualTo(BreachRules.AfterDecision.RELEASE);
        assertThat(BreachRules.afterDecision(BreachLevel.MARGIN_CALL, DEFAULT, null, null))
                .as("debt repaid").isEqualTo(BreachRules.AfterDecision.RELEASE);
        assertThat(BreachRules.afterDecision(BreachLevel.MARGIN_CALL, DEFAULT, d("1.0714"), null))
                .as("worse than its level").isEqualTo(BreachRules.AfterDecision.RELEASE_AND_REOPEN);
        assertThat(BreachRules.afterDecision(BreachLevel.LIQUIDATION, DEFAULT, d("0.5000"), null))
                .as("nothing is worse than liquidation").isEqualTo(BreachRules.AfterDecision.KEEP);
        assertThat(BreachRules.afterDecision(BreachLevel.WARNING, HIGH_RISK, d("1.5500"), d("0.65")))
                .as("the case's own financing-ratio line still breached").isEqualTo(BreachRules.AfterDecision.KEEP);
    }

    private static Breach ratio(BreachLevel level) {
        return new Breach(level, BreachReason.MAINTENANCE_RATIO);
    }

    private static RiskLines lines(String w, String mc, String liq, String target, String financing) {
        return new RiskLines(d(w), d(mc), d(liq), d(target), 2, financing == null ? null : d(financing));
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }
}
