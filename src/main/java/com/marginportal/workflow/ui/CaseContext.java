package com.marginportal.workflow.ui;

import java.util.List;

import com.marginportal.client.AccountSummary;
import com.marginportal.client.ClientProfile;
import com.marginportal.shell.Formats;
import com.marginportal.workflow.CaseAcknowledgement;
import com.marginportal.workflow.CaseHistoryEntry;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;

/**
 * Beside a task's form: the client's key figures now, and what happened in the case so far (the case history,
 * the same events the board's case view and the resolution record list).
 */
class CaseContext extends Div {

    CaseContext(ClientProfile profile, List<CaseHistoryEntry> history) {
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
        add(new H4(getTranslation("inbox.caseTimeline")));
        history.forEach(e -> add(line(e)));
    }

    /** "客户已于 2026-11-25 15:10 确认阅读预警通知". */
    static String acknowledged(com.vaadin.flow.component.Component c, CaseAcknowledgement a) {
        return c.getTranslation("ack.case", Formats.dateTime(a.acknowledgedAt()),
                c.getTranslation("ack.noticeType." + a.noticeType().name()));
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
                getTranslation("ack.noticeType." + e.fact("noticeType"))) : HistoryText.line(this, e);
        Div line = new Div(new Span(text));
        line.addClassName("case-context-line");
        if (acknowledgement) {
            line.addClassName("case-acknowledgement");
        }
        return line;
    }
}
