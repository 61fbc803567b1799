package com.marginportal.workflow;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import com.marginportal.notification.NoticeFigures;
import com.marginportal.risk.AccountSnapshot;

/**
 * Account figures kept in process variables as plain strings under a prefix: "cur" (latest), "open" (at
 * detection) and "end" (at restoration), e.g. {@code curRatio}, {@code openCash}.
 */
record CaseFigures(Instant valuedAt, BigDecimal ratio, BigDecimal totalAssets, BigDecimal marketValue,
                   BigDecimal cash, BigDecimal totalDebt, BigDecimal financingDebt, BigDecimal shortLiability) {

    static final String CURRENT = "cur";
    static final String OPEN = "open";
    static final String END = "end";

    static CaseFigures of(AccountSnapshot s) {
        return new CaseFigures(s.valuedAt(), s.maintenanceRatio(), s.totalAssets(), s.longMarketValue(), s.cash(),
                s.totalDebt(), s.financingDebt(), s.shortLiability());
    }

    Map<String, Object> toVariables(String prefix) {
        Map<String, Object> v = new HashMap<>();
        v.put(prefix + "ValuedAt", valuedAt.toString());
        v.put(prefix + "Ratio", text(ratio));
        v.put(prefix + "TotalAssets", text(totalAssets));
        v.put(prefix + "MarketValue", text(marketValue));
        v.put(prefix + "Cash", text(cash));
        v.put(prefix + "TotalDebt", text(totalDebt));
        v.put(prefix + "FinancingDebt", text(financingDebt));
        v.put(prefix + "ShortLiability", text(shortLiability));
        return v;
    }

    /** Null when no figures were stored under the prefix. */
    static CaseFigures fromVariables(String prefix, Map<String, Object> v) {
        Object valuedAt = v.get(prefix + "ValuedAt");
        if (valuedAt == null) {
            return null;
        }
        return new CaseFigures(Instant.parse(valuedAt.toString()), number(v, prefix + "Ratio"),
                number(v, prefix + "TotalAssets"), number(v, prefix + "MarketValue"), number(v, prefix + "Cash"),
                number(v, prefix + "TotalDebt"), number(v, prefix + "FinancingDebt"),
                number(v, prefix + "ShortLiability"));
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

    private static String text(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static BigDecimal number(Map<String, Object> v, String key) {
        Object value = v.get(key);
        return value == null ? null : new BigDecimal(value.toString());
    }
}
