package com.marginportal.notification;

import java.math.BigDecimal;
import java.util.Objects;

/** The risk lines that applied to the account, as fractions (1.40 = 140%). */
public record NoticeLines(BigDecimal warning, BigDecimal marginCall, BigDecimal liquidation, BigDecimal topUpTarget) {

    public NoticeLines {
        Objects.requireNonNull(warning, "warning");
        Objects.requireNonNull(marginCall, "marginCall");
        Objects.requireNonNull(liquidation, "liquidation");
        Objects.requireNonNull(topUpTarget, "topUpTarget");
    }
}
