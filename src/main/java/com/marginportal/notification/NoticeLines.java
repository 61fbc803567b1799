package com.marginportal.notification;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The risk lines that applied to the account, as fractions (1.40 = 140%); {@code financingRatio} is the
 * financing-ratio line (financing debt ÷ total assets above it is a warning), null when the account has none.
 */
public record NoticeLines(BigDecimal warning, BigDecimal marginCall, BigDecimal liquidation, BigDecimal topUpTarget,
                          BigDecimal financingRatio) {

    public NoticeLines {
        Objects.requireNonNull(warning, "warning");
        Objects.requireNonNull(marginCall, "marginCall");
        Objects.requireNonNull(liquidation, "liquidation");
        Objects.requireNonNull(topUpTarget, "topUpTarget");
    }
}
