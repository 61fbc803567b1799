package com.marginportal.client.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A compact grid of label/value pairs. */
class Facts extends Div {

    Facts() {
        addClassName("facts");
    }

    Facts add(String labelKey, String value) {
        return add(labelKey, new Span(value == null || value.isEmpty() ? "—" : value));
    }

    Facts add(String labelKey, Component value) {
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
