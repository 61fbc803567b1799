package com.marginportal.client.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A titled box holding one server-drawn chart, or a short "no data" line instead. */
class ChartCard extends Div {

    ChartCard(String id, String title, String svgOrNull, String noData) {
        setId(id);
        addClassName("chart-card");
        Span heading = new Span(title);
        heading.addClassName("chart-title");
        add(heading);
        if (svgOrNull == null) {
            Span empty = new Span(noData);
            empty.addClassNames("muted", "chart-empty");
            add(empty);
        } else {
            add(new Svg(svgOrNull));
        }
    }
}
