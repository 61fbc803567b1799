package com.marginportal.workflow;

import java.math.BigDecimal;
import java.util.List;

import com.marginportal.notification.NoticeCrossedLine;
import com.marginportal.notification.NoticeLines;
import com.marginportal.risk.domain.CrossedLine;
import com.marginportal.risk.domain.RiskLines;

/** The risk lines of a case, as the notices need them; the financing-ratio line is null when the case has none. */
record CaseLines(BigDecimal warning, BigDecimal marginCall, BigDecimal liquidation, BigDecimal topUpTarget,
                 int deadlineDays, BigDecimal financingRatioLine) {

    static CaseLines of(RiskLines l) {
        return new CaseLines(l.warning(), l.marginCall(), l.liquidation(), l.topUpTarget(), l.topUpDeadlineDays(),
                l.financingRatioLine());
    }

    NoticeLines notice() {
        return new NoticeLines(warning, marginCall, liquidation, topUpTarget, financingRatioLine);
    }

    /** The crossed lines (computed once, in risk.domain.BreachRules) as the notification module takes them. */
    static List<NoticeCrossedLine> notice(List<CrossedLine> crossed) {
        return crossed.stream().map(c -> new NoticeCrossedLine(NoticeCrossedLine.Kind.valueOf(c.kind().name()),
                c.figure(), c.threshold())).toList();
    }

    /** The financing-ratio line when it is among the crossed lines, else null. */
    static BigDecimal crossedFinancingLine(List<CrossedLine> crossed) {
        return crossed.stream().filter(c -> c.kind() == CrossedLine.Kind.FINANCING_RATIO).findFirst()
                .map(CrossedLine::threshold).orElse(null);
    }
}
