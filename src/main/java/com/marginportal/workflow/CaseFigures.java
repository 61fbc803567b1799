package com.marginportal.workflow;

import java.math.BigDecimal;
import java.time.Instant;

import com.marginportal.notification.NoticeFigures;
import com.marginportal.risk.AccountSnapshot;

/** Account figures of a case snapshot, as the notices and the resolution rule need them. */
record CaseFigures(Instant valuedAt, BigDecimal ratio, BigDecimal totalAssets, BigDecimal marketValue,
                   BigDecimal cash, BigDecimal totalDebt, BigDecimal financingDebt, BigDecimal shortLiability) {

    static CaseFigures of(AccountSnapshot s) {
        return new CaseFigures(s.valuedAt(), s.maintenanceRatio(), s.totalAssets(), s.longMarketValue(), s.cash(),
                s.totalDebt(), s.financingDebt(), s.shortLiability());
    }

    NoticeFigures notice() {
        return new NoticeFigures(valuedAt, ratio, zero(totalAssets), zero(marketValue), zero(cash), zero(totalDebt),
                zero(financingDebt), zero(shortLiability));
    }

    /** Cash that brings the ratio (assets ÷ debt) up to the target; zero when already there. */
    BigDecimal topUpAmount(BigDecimal target) {
        BigDecimal needed = target.multiply(zero(totalDebt)).subtract(zero(totalAssets));
        return needed.signum() > 0 ? needed.setScale(2, java.math.RoundingMode.UP) : BigDecimal.ZERO;
    }

    private static BigDecimal zero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
