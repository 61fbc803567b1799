package com.marginportal.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A compact grid of label/value pairs (message key of the label, value), as the client 360 view's panels show them. */
public class Facts extends Div {

    public Facts() {
        addClassName("facts");
    }

    public Facts add(String labelKey, String value) {
        return add(labelKey, new Span(value == null || value.isEmpty() ? "—" : value));
    }

    public Facts add(String labelKey, Component value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("fact-label");
        value.getElement().getClassList().add("fact-value");
        value.getElement().setAttribute("data-fact", labelKey);
        Div fact = new Div(label, value);
        fact.addClassName("fact");
        add(fact);
        return this;
    }
}
