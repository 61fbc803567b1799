package com.marginportal.classification.domain;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Each rule at its boundaries (exactly at a threshold), with the reasons it gives, and missing data. */
class ClassificationRulesTest {

    private final ClassificationRules rules = new ClassificationRules(ClassificationThresholds.defaults());

    @Test
    void aFinancingRatioAboveSixtyPercentIsHighRiskWithTheFiguresAsReason() {
        Classification c = rules.riskLevel(facts().financing("0.68").build());
        assertThat(c.value()).isEqualTo("HIGH");
        assertThat(c.reasons()).containsExactly(Reason.of("reason.financingRatioAbove", "68.00%", "60.00%"));
        assertThat(rules.riskLevel(facts().financing("0.60").build()).value()).as("exactly at the line").isEqualTo("MEDIUM");
    }

    @Test
    void aRatioBelowALineIsNamedByThatLineNotAsNearTheWarningLine() {
        assertThat(rules.riskLevel(facts().ratio("1.2264").build()).reasons()).extracting(Reason::key)
                .as("122.64% is below the margin-call line (130%)").containsExactly("reason.ratioBelowMarginCall");
        assertThat(rules.riskLevel(facts().ratio("1.2264").build()).reasons().get(0).figures())
                .containsExactly("122.64%", "130.00%");
        assertThat(rules.riskLevel(facts().ratio("1.35").build()).reasons()).extracting(Reason::key)
                .containsExactly("reason.ratioBelowWarning");
        assertThat(rules.riskLevel(facts().ratio("1.45").build()).reasons()).extracting(Reason::key)
                .containsExactly("reason.ratioNearLine");
    }

    @Test
    void everyHighRiskSignalIsListed() {
        Classification c = rules.riskLevel(facts().financing("0.70").volatile_("0.55").ratio("1.50").build());
        assertThat(c.value()).isEqualTo("HIGH");
        assertThat(c.reasons()).extracting(Reason::key).containsExactly("reason.financingRatioAbove",
                "reason.volatileShareAbove", "reason.ratioNearLine");
        assertThat(c.reasons().get(2).figures()).containsExactly("150.00%", "154.00%");
    }

    @Test
    void lowRiskNeedsEverySignalCalm() {
        assertThat(rules.riskLevel(facts().tolerance(4).financing("0.20").volatile_("0.20").ratio("2.50").build()).value())
                .isEqualTo("LOW");
        assertThat(rules.riskLevel(facts().tolerance(5).financing("0.10").volatile_("0.10").ratio("3.00").build()).value())
                .as("an aggressive tolerance is never low risk").isEqualTo("MEDIUM");
        assertThat(rules.riskLevel(facts().tolerance(4).financing("0.10").volatile_("0.10").ratio("2.49").build()).value())
                .isEqualTo("MEDIUM");
        assertThat(rules.riskLevel(facts().tolerance(4).financing("0").volatile_("0.10").noDebt().build()).value())
                .as("no debt is comfortable").isEqualTo("LOW");
    }

    @Test
    void missingPositionsLeaveRiskUnclassified() {
        Classification c = rules.riskLevel(facts().financing(null).build());
        assertThat(c.isClassified()).isFalse();
        assertThat(c.reasons()).containsExactly(Reason.of("reason.missingPositions"));
    }

    @Test
    void tradingBehaviourBoundaries() {
        assertThat(rules.tradingBehaviour(facts().trades("10").build()).value()).isEqualTo("SHORT_TERM");
        assertThat(rules.tradingBehaviour(facts().trades("9.9").holding("11").turnover("0.99").build()).value())
                .isEqualTo("MEDIUM_LONG_TERM");
        assertThat(rules.tradingBehaviour(facts().trades("2").holding("10").build()).value()).isEqualTo("SHORT_TERM");
        assertThat(rules.tradingBehaviour(facts().trades("2").turnover("1.00").build()).value()).isEqualTo("SHORT_TERM");
        assertThat(rules.tradingBehaviour(facts().trades(null).build()).isClassified()).isFalse();
    }

    @Test
    void assetScaleBoundaries() {
        assertThat(rules.assetScale(facts().assets("5000000").build()).value()).isEqualTo("HIGH_NET_WORTH");
        assertThat(rules.assetScale(facts().assets("4999999.99").build()).value()).isEqualTo("MEDIUM");
        assertThat(rules.assetScale(facts().assets("500000").build()).value()).isEqualTo("MEDIUM");
        Classification ordinary = rules.assetScale(facts().assets("499999.99").build());
        assertThat(ordinary.value()).isEqualTo("ORDINARY");
        assertThat(ordinary.reasons()).containsExactly(Reason.of("reason.assetsBelow", "500,000", "500,000"));
        assertThat(rules.assetScale(facts().assets(null).build()).isClassified()).isFalse();
    }

    @Test
    void needsFollowTheAdvisorRelationship() {
        assertThat(rules.needs(facts().trades("8").agreement(true).build()).value()).as("plainly self-directed").isEqualTo("ACTIVE");
        assertThat(rules.needs(facts().trades("2").agreement(true).build()).value()).isEqualTo("PASSIVE");
        assertThat(rules.needs(facts().trades("2").advisorShare("0.60").build()).value()).isEqualTo("PASSIVE");
        assertThat(rules.needs(facts().trades("2").advisorShare("0.59").build()).value()).isEqualTo("ACTIVE");
    }

    @Test
    void thresholdsAreValidated() {
        var d = ClassificationThresholds.defaults();
        assertThatIllegalArgumentException().isThrownBy(() -> new ClassificationThresholds(new BigDecimal("0.7"),
                d.highFinancingRatio(), d.lowVolatileShare(), d.highVolatileShare(), d.nearLineMargin(), d.comfortableRatio(),
                d.shortTermTradesPerMonth(), d.shortTermHoldingDays(), d.shortTermMonthlyTurnover(), d.highNetWorthAssets(),
                d.mediumAssets(), d.passiveAdvisorShare(), d.activeTradesPerMonth())).withMessageContaining("ordered");
        assertThatIllegalArgumentException().isThrownBy(() -> new ClassificationThresholds(d.lowFinancingRatio(),
                new BigDecimal("1.2"), d.lowVolatileShare(), d.highVolatileShare(), d.nearLineMargin(), d.comfortableRatio(),
                d.shortTermTradesPerMonth(), d.shortTermHoldingDays(), d.shortTermMonthlyTurnover(), d.highNetWorthAssets(),
                d.mediumAssets(), d.passiveAdvisorShare(), d.activeTradesPerMonth())).withMessageContaining("0% to 100%");
    }

    private static Builder facts() {
        return new Builder();
    }

    /** A typical medium client; each test changes what it is about. */
    private static final class Builder {
        private Integer tolerance = 4;
        private String financing = "0.40";
        private String volatileShare = "0.30";
        private String ratio = "2.00";
        private String assets = "800000";
        private String trades = "3";
        private String holding = "40";
        private String turnover = "0.30";
        private boolean agreement;
        private String advisorShare = "0.30";

        Builder tolerance(Integer v) { tolerance = v; return this; }
        Builder financing(String v) { financing = v; return this; }
        Builder volatile_(String v) { volatileShare = v; return this; }
        Builder ratio(String v) { ratio = v; return this; }
        Builder noDebt() { ratio = null; return this; }
        Builder assets(String v) { assets = v; return this; }
        Builder trades(String v) { trades = v; return this; }
        Builder holding(String v) { holding = v; return this; }
        Builder turnover(String v) { turnover = v; return this; }
        Builder agreement(boolean v) { agreement = v; return this; }
        Builder advisorShare(String v) { advisorShare = v; return this; }

        ClientFacts build() {
            return new ClientFacts(tolerance, d(financing), d(volatileShare), d(ratio), d("1.40"), d("1.30"), d(assets), d(trades),
                    d(holding), d(turnover), agreement, d(advisorShare));
        }

        private static BigDecimal d(String v) {
            return v == null ? null : new BigDecimal(v);
        }
    }
}
