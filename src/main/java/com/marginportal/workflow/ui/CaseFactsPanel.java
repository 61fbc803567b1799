package com.marginportal.workflow.ui;

import java.time.Instant;

import com.marginportal.security.UserAccount;
import com.marginportal.security.UserDirectory;
import com.marginportal.shell.Formats;
import com.marginportal.workflow.CaseFile;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;

/** The process variables of a case, as a manager reads them. */
class CaseFactsPanel extends Div {

    CaseFactsPanel(CaseFile f, UserDirectory users) {
        setId("case-facts");
        setMinWidth("18rem");
        CaseFile.Facts v = f.facts();
        add(new H4(getTranslation("caseView.facts")));
        // the client's 360 view (figures, positions, contacts) one click away from the number
        Anchor client = new Anchor("clients/" + f.row().clientId(), String.valueOf(f.row().clientId()));
        client.setId("case-client-link");
        fact("caseView.client", client);
        fact("cases.col.latestRatio", f.row().ratio() == null ? getTranslation("ratio.noDebt") : Formats.percent(f.row().ratio()));
        // who holds the case and its task by name, from the same facts the board shows (not the process's login copy)
        Long advisorId = f.row().advisorId();
        fact("clients.col.advisor", advisorId == null ? v.advisor()
                : users.user(advisorId).map(UserAccount::displayName).orElse(v.advisor()));
        String assignee = f.row().assignee();
        fact("inbox.col.assignee", assignee != null
                ? users.displayNames(java.util.List.of(assignee)).getOrDefault(assignee, assignee)
                : f.row().isUnclaimed() ? getTranslation("task.unclaimed") : null);
        // the step's due time as the board has it (a liquidation's decision has no contact step to be due)
        fact("caseView.stepDue", f.row().isOpen() ? time(f.row().dueAt()) : null);
        // a top-up deadline belongs to a margin call, or to a case given an extension; a liquidation's process
        // otherwise keeps one it never uses
        boolean extended = v.extensions() != null && v.extensions() > 0;
        fact("caseView.deadline", "MARGIN_CALL".equals(f.row().level()) || extended ? time(v.deadline()) : null);
        fact("caseView.attempts", v.attempts() == null ? null : v.attempts() + " / " + v.maxAttempts());
        fact("caseView.extensions", v.extensions() == null ? null : v.extensions() + " / " + v.maxExtensions());
        if (v.decision() != null) {
            fact("inbox.decision", getTranslation("decision." + v.decision()) + " · " + v.decidedByName()
                    + (v.decisionReason() == null ? "" : " · " + getTranslation("common.labelled", getTranslation("decision.reason"), v.decisionReason())));
        }
        fact("caseView.version", f.row().version() == null ? null : "v" + f.row().version());
    }

    private void fact(String key, String value) {
        fact(key, new Span(value == null || value.isBlank() ? "—" : value));
    }

    private void fact(String key, Component value) {
        Span label = new Span(getTranslation(key) + " ");
        label.addClassName("muted");
        add(new Div(label, value));
    }

    private static String time(Instant at) {
        return at == null ? null : Formats.dateTime(at);
    }
}
