package com.marginportal.workflow.ui;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.marginportal.client.AccountSummary;
import com.marginportal.client.ClientProfile;
import com.marginportal.risk.CaseEventRow;
import com.marginportal.shell.Formats;
import com.marginportal.workflow.CaseAcknowledgement;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;

/** Beside a task's form: the client's key figures now, and what happened in the case so far. */
class CaseContext extends Div {

    CaseContext(ClientProfile profile, List<CaseEventRow> events, List<CaseAcknowledgement> acknowledgements) {
        addClassName("case-context");
        setId("case-context");
        setMinWidth("16rem");
        add(new H4(profile.client().name() + " · " + profile.client().id()));
        AccountSummary account = profile.account();
        if (account != null) {
            var f = account.figures();
            add(fact("account.ratio", f.maintenanceRatioIfDebt().map(Formats::percent)
                    .orElse(getTranslation("ratio.noDebt"))));
            add(fact("account.totalAssets", Formats.money(f.totalAssets())));
            add(fact("account.totalDebt", Formats.money(f.totalDebt())));
            add(fact("account.cash", Formats.money(f.cash())));
            add(fact("account.availableMargin", Formats.money(f.availableMargin())));
        }
        add(new H4(getTranslation("inbox.caseTimeline")));
        List<Step> steps = new ArrayList<>();
        events.forEach(e -> steps.add(new Step(e.occurredAt(), Formats.dateTime(e.occurredAt()) + "  "
                + getTranslation("caseEvent." + e.type()) + " · " + getTranslation("level." + e.level().name()) + " · "
                + (e.ratio() == null ? getTranslation("ratio.noDebt") : Formats.percent(e.ratio())), false)));
        acknowledgements.forEach(a -> steps.add(new Step(a.acknowledgedAt(), acknowledged(this, a), true)));
        steps.stream().sorted(Comparator.comparing(Step::at)).forEach(s -> add(line(s)));
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

    private static Div line(Step step) {
        Div line = new Div(new Span(step.text()));
        line.addClassName("case-context-line");
        if (step.acknowledgement()) {
            line.addClassName("case-acknowledgement");
        }
        return line;
    }

    private record Step(Instant at, String text, boolean acknowledgement) {
    }
}
