package com.marginportal.shell.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A titled box holding one chart, or the sentence that says why there is none. */
public class ChartCard extends Div {

    public ChartCard(String id, String title, Component chartOrWhyEmpty) {
        setId(id);
        addClassName("chart-card");
        Span heading = new Span(title);
        heading.addClassName("chart-title");
        add(heading, chartOrWhyEmpty);
    }
}
