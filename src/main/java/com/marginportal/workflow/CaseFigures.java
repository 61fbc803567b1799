package com.marginportal.workflow;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

import com.marginportal.notification.NoticeFigures;
import com.marginportal.risk.AccountSnapshot;

/**
 * Account figures of a case snapshot, as the notices and the resolution rule need them. They are the valuation's
 * (client.domain.MarginCalculator / ValuationSql): total assets = cash + market value of the long positions,
 * total debt = financing debt + short liability + interest and fees, ratio = total assets ÷ total debt,
 * financing ratio = financing debt ÷ total assets.
 */
record CaseFigures(Instant valuedAt, BigDecimal ratio, BigDecimal totalAssets, BigDecimal marketValue,
                   BigDecimal cash, BigDecimal totalDebt, BigDecimal financingDebt, BigDecimal shortLiability,
                   BigDecimal interestAndFees, BigDecimal financingRatio) {

    /** Figures without interest and fees or financing ratio (older callers): fees are what the total debt leaves. */
    CaseFigures(Instant valuedAt, BigDecimal ratio, BigDecimal totalAssets, BigDecimal marketValue, BigDecimal cash,
                BigDecimal totalDebt, BigDecimal financingDebt, BigDecimal shortLiability) {
        this(valuedAt, ratio, totalAssets, marketValue, cash, totalDebt, financingDebt, shortLiability,
                zero(totalDebt).subtract(zero(financingDebt)).subtract(zero(shortLiability)), null);
    }

    static CaseFigures of(AccountSnapshot s) {
        return new CaseFigures(s.valuedAt(), s.maintenanceRatio(), s.totalAssets(), s.longMarketValue(), s.cash(),
                s.totalDebt(), s.financingDebt(), s.shortLiability(), s.interestAndFees(), s.financingRatio());
    }

    NoticeFigures notice() {
        return new NoticeFigures(valuedAt, ratio, zero(totalAssets), zero(marketValue), zero(cash), zero(totalDebt),
                zero(financingDebt), zero(shortLiability), zero(interestAndFees), financingRatio);
    }

    /**
     * Cash whose deposit brings the ratio ((assets + cash) ÷ debt) up to the target and, when a financing-ratio
     * line is given, the financing ratio (financing debt ÷ (assets + cash)) down to it: the larger of
     * target × debt − assets and financing debt ÷ line − assets, rounded up to the cent; zero when both are met.
     * A cash deposit raises the assets only (the debt stays), so this exact amount meets both.
     *
     * @param financingRatioLine the financing-ratio line when that line is crossed, else null
     */
    BigDecimal topUpAmount(BigDecimal target, BigDecimal financingRatioLine) {
        BigDecimal assets = zero(totalAssets);
        BigDecimal needed = target.multiply(zero(totalDebt)).subtract(assets);
        if (financingRatioLine != null && financingRatioLine.signum() > 0) {
            BigDecimal forFinancing = zero(financingDebt).divide(financingRatioLine, 12, RoundingMode.UP).subtract(assets);
            needed = needed.max(forFinancing);
        }
        return needed.signum() > 0 ? needed.setScale(2, RoundingMode.UP) : BigDecimal.ZERO;
    }

    /** Cash that brings the ratio up to the target; zero when already there. */
    BigDecimal topUpAmount(BigDecimal target) {
        return topUpAmount(target, null);
    }

    private static BigDecimal zero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
