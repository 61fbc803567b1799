package com.marginportal.risk.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which breach an account's figures show against its lines, and whether a case can close.
 * A breach is strictly below a ratio line (or strictly above the financing-ratio line);
 * "no debt" (no ratio) never breaches a ratio line.
 */
public final class BreachRules {

    private BreachRules() {
    }

    /** The breach of the figures: the first (most severe) crossed line, a maintenance-ratio line before the financing-ratio line. */
    public static Optional<Breach> assess(RiskLines lines, BigDecimal ratio, BigDecimal financingRatio) {
        return crossedLines(lines, ratio, financingRatio).stream().findFirst().map(CrossedLine::breach);
    }

    /**
     * Every line the figures are across, with figure and threshold: first the most severe ratio line the
     * maintenance ratio is strictly below (below the liquidation line names that line only), then the
     * financing-ratio line when the financing ratio is strictly above it. Empty when nothing is crossed.
     */
    public static List<CrossedLine> crossedLines(RiskLines lines, BigDecimal ratio, BigDecimal financingRatio) {
        List<CrossedLine> crossed = new ArrayList<>(2);
        if (ratio != null) {
            if (ratio.compareTo(lines.liquidation()) < 0) {
                crossed.add(new CrossedLine(CrossedLine.Kind.LIQUIDATION, ratio, lines.liquidation()));
            } else if (ratio.compareTo(lines.marginCall()) < 0) {
                crossed.add(new CrossedLine(CrossedLine.Kind.MARGIN_CALL, ratio, lines.marginCall()));
            } else if (ratio.compareTo(lines.warning()) < 0) {
                crossed.add(new CrossedLine(CrossedLine.Kind.WARNING, ratio, lines.warning()));
            }
        }
        if (financingRatioBreached(lines, financingRatio)) {
            crossed.add(new CrossedLine(CrossedLine.Kind.FINANCING_RATIO, financingRatio, lines.financingRatioLine()));
        }
        return List.copyOf(crossed);
    }

    /** A case ends when the ratio is back at or above the top-up target (or the debt is gone) and no financing-ratio breach remains. */
    public static boolean isRestored(RiskLines lines, BigDecimal ratio, BigDecimal financingRatio) {
        boolean ratioRestored = ratio == null || ratio.compareTo(lines.topUpTarget()) >= 0;
        return ratioRestored && !financingRatioBreached(lines, financingRatio);
    }

    /** What a scan does with an account, given the level of its open case (null when none is open). */
    public static CaseDecision decide(BreachLevel openLevel, RiskLines lines, BigDecimal ratio, BigDecimal financingRatio) {
        Optional<Breach> breach = assess(lines, ratio, financingRatio);
        if (openLevel == null) {
            return breach.map(CaseDecision::open).orElse(CaseDecision.NONE);
        }
        if (breach.isPresent() && breach.get().level().isWorseThan(openLevel)) {
            return CaseDecision.escalate(breach.get());
        }
        if (breach.isEmpty() && isRestored(lines, ratio, financingRatio)) {
            return CaseDecision.RESTORE;
        }
        return CaseDecision.KEEP; // same or better but not restored: the case stays at its level
    }

    /** What a scan does with a case a manager decided (handed off or closed) while it holds its account's episode. */
    public enum AfterDecision {
        /** the same breach or better, not restored: the episode stays with the decided case (no new case, no notice) */
        KEEP,
        /** restored at the case's target: the account is released, without a notice */
        RELEASE,
        /** worse than the case's level: the account is released and a new case opens at the new level */
        RELEASE_AND_REOPEN
    }

    /** The episode rule, against the decided case's level and own lines. */
    public static AfterDecision afterDecision(BreachLevel decidedLevel, RiskLines caseLines, BigDecimal ratio,
                                              BigDecimal financingRatio) {
        return switch (decide(decidedLevel, caseLines, ratio, financingRatio).action()) {
            case RESTORE -> AfterDecision.RELEASE;
            case ESCALATE -> AfterDecision.RELEASE_AND_REOPEN;
            default -> AfterDecision.KEEP;
        };
    }

    private static boolean financingRatioBreached(RiskLines lines, BigDecimal financingRatio) {
        return lines.financingRatioLine() != null && financingRatio != null
                && financingRatio.compareTo(lines.financingRatioLine()) > 0;
    }
}
