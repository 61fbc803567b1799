package com.marginportal.client;

import java.math.BigDecimal;

/**
 * Lines that colour a maintenance ratio by band: the lines a client is held to (risk.EffectiveLines, read through
 * HeldLines). There is no firm-wide default here: every ratio shown is one account's, judged by its own lines.
 */
public record DisplayLines(BigDecimal warning, BigDecimal marginCall, BigDecimal liquidation) {

    public enum Band { NO_DEBT, SAFE, WARNING, MARGIN_CALL, LIQUIDATION }

    public DisplayLines {
        if (!(warning.compareTo(marginCall) > 0 && marginCall.compareTo(liquidation) > 0)) {
            throw new IllegalArgumentException("lines must be ordered: warning > margin-call > liquidation");
        }
    }

    /** A breach is strictly below a line. */
    public Band band(BigDecimal ratio) {
        if (ratio == null) {
            return Band.NO_DEBT;
        }
        if (ratio.compareTo(liquidation) < 0) {
            return Band.LIQUIDATION;
        }
        if (ratio.compareTo(marginCall) < 0) {
            return Band.MARGIN_CALL;
        }
        return ratio.compareTo(warning) < 0 ? Band.WARNING : Band.SAFE;
    }
}
