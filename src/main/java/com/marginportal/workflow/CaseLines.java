package com.marginportal.workflow;

import java.math.BigDecimal;

import com.marginportal.notification.NoticeLines;
import com.marginportal.risk.domain.RiskLines;

/** The risk lines of a case, as the notices need them. */
record CaseLines(BigDecimal warning, BigDecimal marginCall, BigDecimal liquidation, BigDecimal topUpTarget,
                 int deadlineDays) {

    static CaseLines of(RiskLines l) {
        return new CaseLines(l.warning(), l.marginCall(), l.liquidation(), l.topUpTarget(), l.topUpDeadlineDays());
    }

    NoticeLines notice() {
        return new NoticeLines(warning, marginCall, liquidation, topUpTarget);
    }
}
