package com.marginportal.notification;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A line the account is across, as the caller determined it, with the account's figure and the line, both as
 * fractions (1.4085 = 140.85%). A notice states exactly these; a "crossed" line the figure is not across is
 * refused, so no notice can claim a breach its own figures contradict.
 */
public record NoticeCrossedLine(Kind kind, BigDecimal figure, BigDecimal threshold) {

    /** The three maintenance-ratio lines (crossed when the ratio is below) and the financing-ratio line (above). */
    public enum Kind {
        WARNING, MARGIN_CALL, LIQUIDATION, FINANCING_RATIO;

        boolean crossedFromBelow() {
            return this == FINANCING_RATIO;
        }

        boolean maintenanceRatio() {
            return this != FINANCING_RATIO;
        }
    }

    public NoticeCrossedLine {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(figure, "figure");
        Objects.requireNonNull(threshold, "threshold");
        int side = figure.compareTo(threshold);
        if (kind.crossedFromBelow() ? side <= 0 : side >= 0) {
            throw new IllegalArgumentException(kind + ": figure " + figure.toPlainString() + " is not across the line "
                    + threshold.toPlainString());
        }
    }
}
