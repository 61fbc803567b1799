package com.marginportal.risk.ui;

import java.util.List;

import com.marginportal.risk.CaseEventRow;
import com.marginportal.shell.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** What happened to a case, oldest first: opened, escalated, restored, each with the ratio at that moment. */
class CaseTimeline extends Div {

    CaseTimeline(List<CaseEventRow> events) {
        addClassName("case-timeline");
        for (CaseEventRow e : events) {
            Div step = new Div(new Span(Formats.dateTime(e.occurredAt())),
                    new Span(getTranslation("caseEvent." + e.type())), new LevelBadge(e.level()),
                    new Span(e.ratio() == null ? getTranslation("ratio.noDebt") : Formats.percent(e.ratio())));
            step.addClassName("case-step");
            add(step);
        }
    }
}
