package com.marginportal.workflow;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import com.marginportal.notification.NoticeLines;
import com.marginportal.risk.domain.RiskLines;

/** The risk lines of a case as plain process variables. */
record CaseLines(BigDecimal warning, BigDecimal marginCall, BigDecimal liquidation, BigDecimal topUpTarget,
                 int deadlineDays) {

    static CaseLines of(RiskLines l) {
        return new CaseLines(l.warning(), l.marginCall(), l.liquidation(), l.topUpTarget(), l.topUpDeadlineDays());
    }

    Map<String, Object> toVariables() {
        Map<String, Object> v = new HashMap<>();
        v.put("warningLine", warning.toPlainString());
        v.put("marginCallLine", marginCall.toPlainString());
        v.put("liquidationLine", liquidation.toPlainString());
        v.put("topUpTarget", topUpTarget.toPlainString());
        v.put("deadlineDays", deadlineDays);
        return v;
    }

    static CaseLines fromVariables(Map<String, Object> v) {
        return new CaseLines(new BigDecimal(v.get("warningLine").toString()),
                new BigDecimal(v.get("marginCallLine").toString()), new BigDecimal(v.get("liquidationLine").toString()),
                new BigDecimal(v.get("topUpTarget").toString()), ((Number) v.get("deadlineDays")).intValue());
    }

    NoticeLines notice() {
        return new NoticeLines(warning, marginCall, liquidation, topUpTarget);
    }
}
