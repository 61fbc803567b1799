package com.marginportal.classification.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The four classifications as pure functions of a client's facts and the thresholds. Every outcome
 * carries the rules and figures that decided it; missing data gives UNCLASSIFIED with the reason.
 */
public final class ClassificationRules {

    private final ClassificationThresholds t;

    public ClassificationRules(ClassificationThresholds thresholds) {
        this.t = thresholds;
    }

    public List<Classification> classify(ClientFacts f) {
        return List.of(riskLevel(f), tradingBehaviour(f), assetScale(f), needs(f));
    }

    /** HIGH on any risk signal; LOW only when every signal is calm; MEDIUM in between. */
    public Classification riskLevel(ClientFacts f) {
        if (f.financingRatio() == null || f.volatileShare() == null) {
            return unclassified(Dimension.RISK_LEVEL, "reason.missingPositions");
        }
        List<Reason> high = new ArrayList<>();
        if (f.financingRatio().compareTo(t.highFinancingRatio()) > 0) {
            high.add(Reason.of("reason.financingRatioAbove", pct(f.financingRatio()), pct(t.highFinancingRatio())));
        }
        if (f.volatileShare().compareTo(t.highVolatileShare()) > 0) {
            high.add(Reason.of("reason.volatileShareAbove", pct(f.volatileShare()), pct(t.highVolatileShare())));
        }
        ratioReason(f).ifPresent(high::add);
        if (!high.isEmpty()) {
            return new Classification(Dimension.RISK_LEVEL, "HIGH", high);
        }
        boolean calmTolerance = f.riskTolerance() != null && f.riskTolerance() <= 4;
        boolean lowFinancing = f.financingRatio().compareTo(t.lowFinancingRatio()) <= 0;
        boolean lowVolatile = f.volatileShare().compareTo(t.lowVolatileShare()) <= 0;
        boolean comfortable = f.maintenanceRatio() == null || f.maintenanceRatio().compareTo(t.comfortableRatio()) >= 0;
        if (calmTolerance && lowFinancing && lowVolatile && comfortable) {
            return new Classification(Dimension.RISK_LEVEL, "LOW", List.of(Reason.of("reason.calm",
                    "C" + f.riskTolerance(), pct(f.financingRatio()), pct(f.volatileShare()),
                    f.maintenanceRatio() == null ? "—" : pct(f.maintenanceRatio()))));
        }
        return new Classification(Dimension.RISK_LEVEL, "MEDIUM", List.of(Reason.of("reason.between",
                pct(f.financingRatio()), pct(f.volatileShare()))));
    }

    /**
     * The ratio against the lines the client is held to, named for where it is: below the margin-call line, below
     * the warning line, or near it (above the line, below line × (1 + near-line margin)).
     */
    private java.util.Optional<Reason> ratioReason(ClientFacts f) {
        BigDecimal ratio = f.maintenanceRatio();
        if (ratio == null || f.warningLine() == null) {
            return java.util.Optional.empty();
        }
        if (f.marginCallLine() != null && ratio.compareTo(f.marginCallLine()) < 0) {
            return java.util.Optional.of(Reason.of("reason.ratioBelowMarginCall", pct(ratio), pct(f.marginCallLine())));
        }
        if (ratio.compareTo(f.warningLine()) < 0) {
            return java.util.Optional.of(Reason.of("reason.ratioBelowWarning", pct(ratio), pct(f.warningLine())));
        }
        BigDecimal nearLine = f.warningLine().multiply(BigDecimal.ONE.add(t.nearLineMargin()));
        return ratio.compareTo(nearLine) < 0
                ? java.util.Optional.of(Reason.of("reason.ratioNearLine", pct(ratio), pct(nearLine)))
                : java.util.Optional.empty();
    }

    /** Short-term on frequent trading, short holdings or high turnover; otherwise medium/long-term. */
    public Classification tradingBehaviour(ClientFacts f) {
        if (f.tradesPerMonth() == null) {
            return unclassified(Dimension.TRADING_BEHAVIOUR, "reason.missingTrades");
        }
        List<Reason> shortTerm = new ArrayList<>();
        if (f.tradesPerMonth().compareTo(t.shortTermTradesPerMonth()) >= 0) {
            shortTerm.add(Reason.of("reason.tradesPerMonthAtLeast", num(f.tradesPerMonth()), num(t.shortTermTradesPerMonth())));
        }
        if (f.averageHoldingDays() != null && f.averageHoldingDays().compareTo(t.shortTermHoldingDays()) <= 0) {
            shortTerm.add(Reason.of("reason.holdingDaysAtMost", num(f.averageHoldingDays()), num(t.shortTermHoldingDays())));
        }
        if (f.monthlyTurnover() != null && f.monthlyTurnover().compareTo(t.shortTermMonthlyTurnover()) >= 0) {
            shortTerm.add(Reason.of("reason.turnoverAtLeast", pct(f.monthlyTurnover()), pct(t.shortTermMonthlyTurnover())));
        }
        if (!shortTerm.isEmpty()) {
            return new Classification(Dimension.TRADING_BEHAVIOUR, "SHORT_TERM", shortTerm);
        }
        return new Classification(Dimension.TRADING_BEHAVIOUR, "MEDIUM_LONG_TERM", List.of(Reason.of(
                "reason.calmTrading", num(f.tradesPerMonth()),
                f.averageHoldingDays() == null ? "—" : num(f.averageHoldingDays()))));
    }

    public Classification assetScale(ClientFacts f) {
        if (f.totalAssets() == null) {
            return unclassified(Dimension.ASSET_SCALE, "reason.missingAssets");
        }
        if (f.totalAssets().compareTo(t.highNetWorthAssets()) >= 0) {
            return new Classification(Dimension.ASSET_SCALE, "HIGH_NET_WORTH",
                    List.of(Reason.of("reason.assetsAtLeast", money(f.totalAssets()), money(t.highNetWorthAssets()))));
        }
        if (f.totalAssets().compareTo(t.mediumAssets()) >= 0) {
            return new Classification(Dimension.ASSET_SCALE, "MEDIUM",
                    List.of(Reason.of("reason.assetsAtLeast", money(f.totalAssets()), money(t.mediumAssets()))));
        }
        return new Classification(Dimension.ASSET_SCALE, "ORDINARY",
                List.of(Reason.of("reason.assetsBelow", money(f.totalAssets()), money(t.mediumAssets()))));
    }

    /** Passive when the client relies on the advisor (agreement or advisor-led contact), unless plainly self-directed. */
    public Classification needs(ClientFacts f) {
        if (f.tradesPerMonth() == null) {
            return unclassified(Dimension.NEEDS, "reason.missingTrades");
        }
        if (f.tradesPerMonth().compareTo(t.activeTradesPerMonth()) >= 0) {
            return new Classification(Dimension.NEEDS, "ACTIVE", List.of(Reason.of("reason.selfDirected",
                    num(f.tradesPerMonth()), num(t.activeTradesPerMonth()))));
        }
        List<Reason> passive = new ArrayList<>();
        if (f.advisoryAgreement()) {
            passive.add(Reason.of("reason.advisoryAgreement"));
        }
        if (f.advisorInitiatedShare() != null && f.advisorInitiatedShare().compareTo(t.passiveAdvisorShare()) >= 0) {
            passive.add(Reason.of("reason.advisorLed", pct(f.advisorInitiatedShare()), pct(t.passiveAdvisorShare())));
        }
        if (!passive.isEmpty()) {
            return new Classification(Dimension.NEEDS, "PASSIVE", passive);
        }
        return new Classification(Dimension.NEEDS, "ACTIVE", List.of(Reason.of("reason.clientLed",
                f.advisorInitiatedShare() == null ? "—" : pct(f.advisorInitiatedShare()))));
    }

    private static Classification unclassified(Dimension d, String key) {
        return new Classification(d, Dimension.UNCLASSIFIED, List.of(Reason.of(key)));
    }

    static String pct(BigDecimal fraction) {
        return format("#,##0.00", fraction.movePointRight(2)) + "%";
    }

    static String num(BigDecimal v) {
        return format("#,##0.#", v);
    }

    static String money(BigDecimal v) {
        return format("#,##0", v);
    }

    private static String format(String pattern, BigDecimal v) {
        DecimalFormat f = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(v);
    }
}
