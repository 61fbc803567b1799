package com.marginportal.workflow.ui;

import com.marginportal.workflow.CaseFile;
import com.marginportal.workflow.CaseHistoryEntry;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;

/**
 * A case's history in time order: exactly the events of the case (workflow.CaseHistories, the same list the
 * resolution record keeps), each with its time and actor.
 */
class CaseHistory extends Div {

    CaseHistory(CaseFile f) {
        setId("case-history");
        getStyle().set("flex", "1");
        add(new H4(getTranslation("caseView.history")));
        f.history().forEach(e -> add(line(this, e)));
    }

    static Div line(Div owner, CaseHistoryEntry e) {
        Div line = new Div(new Span(HistoryText.line(owner, e)));
        line.addClassNames("case-history-line", "case-history-" + e.kind().name().toLowerCase(java.util.Locale.ROOT));
        return line;
    }
}
