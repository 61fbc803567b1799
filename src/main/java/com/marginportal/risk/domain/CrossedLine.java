package com.marginportal.risk.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line an account's figures are across, as fractions (1.4085 = 140.85%): which line, the account's figure
 * (the maintenance ratio for the three ratio lines, the financing ratio for the financing-ratio line) and the
 * line itself. What a risk notice states as crossed is exactly a list of these.
 */
public record CrossedLine(Kind kind, BigDecimal figure, BigDecimal threshold) {

    /** The lines, each with the breach it means. */
    public enum Kind {
        /** Maintenance ratio below the warning line (警戒线). */
        WARNING(BreachReason.MAINTENANCE_RATIO, BreachLevel.WARNING),
        /** Maintenance ratio below the margin-call line (追保线). */
        MARGIN_CALL(BreachReason.MAINTENANCE_RATIO, BreachLevel.MARGIN_CALL),
        /** Maintenance ratio below the immediate-liquidation line (即时平仓线). */
        LIQUIDATION(BreachReason.MAINTENANCE_RATIO, BreachLevel.LIQUIDATION),
        /** Financing debt ÷ total assets above the financing-ratio line (融资比例预警线). */
        FINANCING_RATIO(BreachReason.FINANCING_RATIO, BreachLevel.WARNING);

        private final BreachReason reason;
        private final BreachLevel level;

        Kind(BreachReason reason, BreachLevel level) {
            this.reason = reason;
            this.level = level;
        }

        public BreachReason reason() {
            return reason;
        }

        public BreachLevel level() {
            return level;
        }
    }

    public CrossedLine {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(figure, "figure");
        Objects.requireNonNull(threshold, "threshold");
    }

    public Breach breach() {
        return new Breach(kind.level(), kind.reason());
    }
}
