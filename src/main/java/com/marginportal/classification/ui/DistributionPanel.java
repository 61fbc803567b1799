package com.marginportal.classification.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.marginportal.classification.SegmentLabels;
import com.marginportal.classification.SegmentParameters;
import com.marginportal.classification.domain.Dimension;
import com.marginportal.shell.chart.ChartOptions;
import com.marginportal.shell.chart.SeverityColours;
import com.marginportal.shell.chart.ChartSeries;
import com.marginportal.shell.chart.EChart;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;

/**
 * Clients per value of each dimension ({@code SegmentService.distributions()}) as one ECharts bar chart per
 * dimension; clicking a bar opens the client list filtered to that value ({@code clients?risk=HIGH}).
 */
class DistributionPanel extends Div {

    DistributionPanel(Map<Dimension, Map<String, Long>> distributions) {
        setId("segment-distribution");
        Div charts = new Div();
        charts.getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fit, minmax(360px, 1fr))")
                .set("gap", "var(--lumo-space-m)").set("width", "100%");
        distributions.forEach((dimension, counts) -> charts.add(chart(dimension, counts)));
        Span hint = new Span(getTranslation("segments.chartHint"));
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        add(hint, charts);
        setWidthFull();
    }

    private EChart chart(Dimension dimension, Map<String, Long> counts) {
        List<String> values = new ArrayList<>(counts.keySet());
        List<String> labels = values.stream().map(v -> getTranslation(SegmentLabels.valueKey(dimension, v))).toList();
        ObjectNode option = option(getTranslation(SegmentLabels.dimensionKey(dimension)), labels,
                new ChartSeries(getTranslation("segments.chartSeries"), new ArrayList<>(counts.values())));
        if (dimension == Dimension.RISK_LEVEL) { // low, medium, high risk in the colours of their seriousness
            SeverityColours.paint(option, values, SeverityColours::of);
        }
        EChart chart = new EChart(option);
        chart.setId("distribution-" + dimension.name());
        chart.setHeight("260px");
        chart.addClickListener(e -> {
            if (e.getDataIndex() >= 0 && e.getDataIndex() < values.size()) {
                chart.getUI().ifPresent(ui -> ui.navigate("clients", QueryParameters.simple(
                        SegmentParameters.write(Map.of(dimension, values.get(e.getDataIndex())), false))));
            }
        });
        return chart;
    }

    /** Horizontal bars (the labels read across), values in the dimension's order from the top, a colour per value. */
    static ObjectNode option(String title, List<String> labels, ChartSeries series) {
        ObjectNode option = ChartOptions.title(ChartOptions.bar(labels, List.of(series)), title);
        JsonNode categories = option.get("xAxis");
        option.set("xAxis", option.get("yAxis"));
        option.set("yAxis", categories);
        ((ObjectNode) categories).put("inverse", true);
        option.withObject("/xAxis").put("minInterval", 1);
        option.withObject("/grid").put("containLabel", true).put("right", 48);
        ObjectNode bars = (ObjectNode) option.withArray("/series").get(0);
        bars.put("colorBy", "data").put("barMaxWidth", 28).put("cursor", "pointer");
        bars.putObject("label").put("show", true).put("position", "right");
        return option;
    }
}
