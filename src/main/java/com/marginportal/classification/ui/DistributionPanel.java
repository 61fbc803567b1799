package com.marginportal.classification.ui;

import java.util.Map;

import com.marginportal.classification.SegmentLabels;
import com.marginportal.classification.domain.Dimension;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;

/**
 * Clients per value of each dimension as plain bars (a stand-in until the ECharts chart draws the same data
 * from {@code SegmentService.distributions()}).
 */
class DistributionPanel extends Div {

    DistributionPanel(Map<Dimension, Map<String, Long>> distributions) {
        setId("segment-distribution");
        addClassName("distribution");
        distributions.forEach((dimension, counts) -> {
            long total = counts.values().stream().mapToLong(Long::longValue).sum();
            Div block = new Div(new H3(getTranslation(SegmentLabels.dimensionKey(dimension))));
            block.addClassName("distribution-block");
            counts.forEach((value, count) -> {
                Div bar = new Div();
                bar.addClassName("bar");
                bar.setWidth(total == 0 ? "0" : (count * 100.0 / total) + "%");
                Div track = new Div(bar);
                track.addClassName("track");
                Span n = new Span(String.format("%,d", count));
                n.addClassName("n");
                n.getElement().setAttribute("data-value", dimension.name() + "." + value);
                Div line = new Div(new Span(getTranslation(SegmentLabels.valueKey(dimension, value))), track, n);
                line.addClassName("distribution-line");
                block.add(line);
            });
            add(block);
        });
    }
}
