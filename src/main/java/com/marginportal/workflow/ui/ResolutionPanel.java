package com.marginportal.workflow.ui;

import java.util.List;
import java.util.Map;

import com.marginportal.shell.Formats;
import com.marginportal.workflow.CaseAcknowledgement;
import com.marginportal.workflow.ResolutionRecord;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;

/**
 * One resolution record as written: outcome, who decided (display name) and why, ratios, notices, contact attempts
 * and the case's history up to its closing (worded like the board's case view). Read-only: the record never changes.
 */
class ResolutionPanel extends Div {

    ResolutionPanel(ResolutionRecord r, List<CaseAcknowledgement> acknowledgements) {
        addClassName("resolution-record");
        setId("resolution-" + r.caseId());
        add(new H4(getTranslation("resolution.heading", String.valueOf(r.caseId()),
                getTranslation("outcome." + r.outcome().name()))));
        add(fact("resolution.period", Formats.dateTime(r.openedAt()) + " → " + Formats.dateTime(r.resolvedAt())));
        add(fact("resolution.level", getTranslation("level." + r.finalLevel())));
        add(fact("resolution.ratios", ratio(r.ratioAtOpen()) + " → " + ratio(r.ratioAtEnd())));
        if (r.decidedBy() != null) {
            add(fact("resolution.decidedBy", r.decider()));
            if (r.reason() != null) {
                add(fact("decision.reason", r.reason()));
            }
        }
        add(fact("resolution.extensions", String.valueOf(r.extensions())));
        add(fact("resolution.notices", String.valueOf(r.noticeIds().size())));
        List<Map<String, Object>> contacts = ResolutionJson.list(r.contacts());
        add(fact("resolution.contacts", String.valueOf(contacts.size())));
        // the case history lists each attempt with its advisor's name; older records show their contact list
        contacts.stream().filter(c -> !r.hasHistory()).forEach(c -> add(line(Formats.dateTime(ResolutionJson.instant(c.get("recordedAt"))) + "  "
                + getTranslation("channel." + c.get("channel")) + " · "
                + getTranslation(Boolean.TRUE.equals(c.get("reached")) ? "resolution.reached" : "resolution.notReached")
                + (c.get("plan") == null ? "" : " · " + getTranslation("plan." + c.get("plan")))
                + (c.get("note") == null ? "" : " · " + c.get("note")) + " · " + c.get("recordedBy"))));
        // acknowledgements are kept beside the record (it never changes; a client may confirm after the end)
        acknowledgements.forEach(a -> {
            Div line = line(CaseContext.acknowledged(this, a));
            line.addClassName("case-acknowledgement");
            add(line);
        });
        Div steps = new Div();
        steps.addClassName("resolution-timeline");
        if (r.hasHistory()) {
            r.history().forEach(e -> steps.add(CaseHistory.line(steps, e)));
        } else { // a record written before the case history: its engine steps as they were kept
            ResolutionJson.list(r.timeline()).forEach(s -> steps.add(line(
                    Formats.dateTime(ResolutionJson.instant(s.get("start"))) + "  " + step(s)
                            + (s.get("assignee") == null ? "" : " · " + s.get("assignee")))));
        }
        add(new H4(getTranslation("resolution.timeline")), steps);
    }

    private String step(Map<String, Object> s) {
        String key = "activity." + s.get("activityId");
        String label = getTranslation(key);
        return label.startsWith("!") || label.equals(key) ? String.valueOf(s.get("name")) : label;
    }

    private String ratio(java.math.BigDecimal value) {
        return value == null ? getTranslation("ratio.noDebt") : Formats.percent(value);
    }

    private Div fact(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("muted");
        Div fact = new Div(label, new Span(" " + value));
        fact.addClassName("resolution-fact");
        return fact;
    }

    private static Div line(String text) {
        Div line = new Div(new Span(text));
        line.addClassName("resolution-line");
        return line;
    }
}
