package com.marginportal.workflow.ui;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.marginportal.client.AccountSummary;
import com.marginportal.client.ClientProfile;
import com.marginportal.notification.NoticeDemand;
import com.marginportal.notification.NoticeRecord;
import com.marginportal.shell.Formats;
import com.marginportal.workflow.CaseAcknowledgement;
import com.marginportal.workflow.CaseHistoryEntry;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;

/**
 * Beside a task's form: the client's key figures now, what the client was last told, and what happened in the case
 * so far (the case history, the same events the board's case view and the resolution record list).
 */
class CaseContext extends Div {

    CaseContext(ClientProfile profile, Optional<NoticeRecord> lastNotice, List<CaseHistoryEntry> history) {
        addClassName("case-context");
        setId("case-context");
        setMinWidth("16rem");
        add(new H4(profile.client().name() + " · " + profile.client().id()));
        AccountSummary account = profile.account();
        if (account != null) {
            var f = account.figures();
            add(fact("account.ratio", f.maintenanceRatioIfDebt().map(Formats::percent)
                    .orElse(getTranslation("ratio.noDebt"))));
            add(fact("account.totalAssets", Formats.money(f.totalAssets(), getLocale())));
            add(fact("account.totalDebt", Formats.money(f.totalDebt(), getLocale())));
            add(fact("account.cash", Formats.money(f.cash(), getLocale())));
            add(fact("account.availableMargin", Formats.money(f.availableMargin(), getLocale())));
        }
        lastNotice.ifPresent(this::told);
        add(new H4(getTranslation("inbox.caseTimeline")));
        history.forEach(e -> add(line(e)));
    }

    /** "客户已于 2026-11-25 15:10 确认阅读预警通知". */
    static String acknowledged(com.vaadin.flow.component.Component c, CaseAcknowledgement a) {
        return c.getTranslation("ack.case", Formats.dateTime(a.acknowledgedAt()),
                c.getTranslation("ack.noticeType." + a.noticeKind()));
    }

    /**
     * What the client was last told, so the advisor quotes the same figures: the notice, where it stands, and a margin
     * call's demand as the notice wrote it (NoticeDemand reads the notice's own snapshot).
     */
    private void told(NoticeRecord n) {
        add(new H4(getTranslation("inbox.toldClient")));
        Instant at = n.sentAt() != null ? n.sentAt() : n.createdAt();
        Div notice = new Div(new Span(getTranslation("inbox.toldNotice", getTranslation("noticeType." + n.kind()),
                NoticeStatusText.of(this, n), Formats.dateTime(at))));
        notice.setId("told-notice");
        add(notice);
        NoticeDemand.of(n).ifPresent(d -> {
            String money = Formats.money(d.topUpAmount(), getLocale());
            Div demand = new Div(new Span(d.financingRatioLine() == null
                    ? getTranslation("inbox.toldDemand", Formats.percent(d.topUpTarget()), money, Formats.dateTime(d.deadline()))
                    : getTranslation("inbox.toldDemandBoth", Formats.percent(d.topUpTarget()), money,
                            Formats.dateTime(d.deadline()), Formats.percent(d.financingRatioLine()))));
            demand.setId("told-demand");
            add(demand);
        });
    }

    private Div fact(String key, String value) {
        Span label = new Span(getTranslation(key) + " ");
        label.addClassName("muted");
        return new Div(label, new Span(value));
    }

    /** An acknowledgement in the words advisors know beside the task; every other event as the history words it. */
    private Div line(CaseHistoryEntry e) {
        boolean acknowledgement = e.kind() == CaseHistoryEntry.Kind.ACKNOWLEDGED;
        String text = acknowledgement ? getTranslation("ack.case", Formats.dateTime(e.at()),
                getTranslation("ack.noticeType." + HistoryText.noticeKind(e))) : HistoryText.line(this, e);
        Div line = new Div(new Span(text));
        line.addClassName("case-context-line");
        if (acknowledgement) {
            line.addClassName("case-acknowledgement");
        }
        return line;
    }
}
