package com.marginportal.classification.ui;

import java.util.List;

import com.marginportal.classification.domain.Reason;
import com.marginportal.shell.Facts;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * The suitability check in the client 360 view's profile, below its facts: a warning with every failed rule, or
 * that no rule failed.
 */
class SuitabilityNote extends Div {

    SuitabilityNote(List<Reason> issues) {
        addClassName("suitability-note");
        // the row gap of the profile's facts above (inline: a theme CSS edit would mean a new production bundle)
        getStyle().set("margin-top", "var(--lumo-space-xs)");
        add(new Facts().add("client.suitability", suitability(issues)));
        if (!issues.isEmpty()) {
            Div reasons = new Div();
            reasons.setId("suitability-reasons");
            reasons.addClassName("suitability-reasons");
            issues.forEach(r -> reasons.add(new Div(new Span(getTranslation(r.key(), r.figures().toArray())))));
            add(reasons);
        }
    }

    private Span suitability(List<Reason> issues) {
        if (issues.isEmpty()) {
            Span ok = new Span(getTranslation("client.suitability.ok"));
            ok.addClassName("muted");
            return ok;
        }
        Span warning = new Span(VaadinIcon.WARNING.create(), new Span(getTranslation("clients.suitabilityIssue")));
        warning.setId("suitability-badge");
        warning.addClassNames("badge", "suitability-issue");
        return warning;
    }
}
