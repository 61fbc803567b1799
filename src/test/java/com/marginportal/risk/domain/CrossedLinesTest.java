package com.marginportal.risk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import com.marginportal.risk.domain.CrossedLine.Kind;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which lines an account is across, with figure and threshold, at every boundary; and that the breach is the first. */
class CrossedLinesTest {

    private static final RiskLines DEFAULT = new RiskLines(d("1.40"), d("1.30"), d("1.10"), d("1.40"), 2, null);
    private static final RiskLines HIGH_RISK = new RiskLines(d("1.50"), d("1.30"), d("1.20"), d("1.50"), 2, d("0.60"));

    @ParameterizedTest(name = "ratio {0}, financing ratio {1} → {2}")
    @CsvSource(nullValues = "-", value = {
            // ratio lines: strictly below; the most severe line only
            "1.5000, -,      -",
            "1.4999, -,      WARNING 1.4999 1.50",
            "1.3000, -,      WARNING 1.3000 1.50",
            "1.2999, -,      MARGIN_CALL 1.2999 1.30",
            "1.2000, -,      MARGIN_CALL 1.2000 1.30",
            "1.1999, -,      LIQUIDATION 1.1999 1.20",
            "0.0000, -,      LIQUIDATION 0.0000 1.20",
            // the financing-ratio line: strictly above
            "1.6000, 0.6000, -",
            "1.6000, 0.6001, FINANCING_RATIO 0.6001 0.60",
            "1.5871, 0.6520, FINANCING_RATIO 0.6520 0.60",
            // both at once: the ratio line first
            "1.4085, 0.7000, WARNING 1.4085 1.50|FINANCING_RATIO 0.7000 0.60",
            "1.2714, 0.7865, MARGIN_CALL 1.2714 1.30|FINANCING_RATIO 0.7865 0.60",
            "1.1000, 0.9000, LIQUIDATION 1.1000 1.20|FINANCING_RATIO 0.9000 0.60",
            "1.4999, 0.6000, WARNING 1.4999 1.50",
            // no debt: no ratio, and no financing to speak of
            "-,      -,      -",
            "-,      0.0000, -"})
    void highRiskProfile(String ratio, String financingRatio, String expected) {
        assertThat(BreachRules.crossedLines(HIGH_RISK, d(ratio), d(financingRatio))).isEqualTo(lines(expected));
    }

    @Test
    void withoutAFinancingRatioLineOnlyTheRatioLinesCount() {
        assertThat(BreachRules.crossedLines(DEFAULT, d("2.00"), d("0.99"))).isEmpty();
        assertThat(BreachRules.crossedLines(DEFAULT, d("1.3999"), d("0.99")))
                .containsExactly(new CrossedLine(Kind.WARNING, d("1.3999"), d("1.40")));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {"1.6000, 0.6001", "1.4085, 0.7000", "1.2714, 0.7865", "1.1000, 0.9000",
            "1.4999, -", "1.5000, 0.6000", "-, -"})
    void theBreachIsTheFirstCrossedLine(String ratio, String financingRatio) {
        List<CrossedLine> crossed = BreachRules.crossedLines(HIGH_RISK, d(ratio), d(financingRatio));
        assertThat(BreachRules.assess(HIGH_RISK, d(ratio), d(financingRatio)))
                .isEqualTo(crossed.stream().findFirst().map(CrossedLine::breach));
    }

    @Test
    void aFinancingRatioLineIsAWarningOfItsOwnReason() {
        assertThat(Kind.FINANCING_RATIO.level()).isEqualTo(BreachLevel.WARNING);
        assertThat(Kind.FINANCING_RATIO.reason()).isEqualTo(BreachReason.FINANCING_RATIO);
        assertThat(Kind.MARGIN_CALL.reason()).isEqualTo(BreachReason.MAINTENANCE_RATIO);
    }

    /** "KIND figure threshold|…" */
    private static List<CrossedLine> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return java.util.Arrays.stream(text.split("\\|")).map(l -> l.trim().split(" "))
                .map(p -> new CrossedLine(Kind.valueOf(p[0]), d(p[1]), d(p[2]))).toList();
    }

    private static BigDecimal d(String v) {
        return v == null ? null : new BigDecimal(v);
    }
}
