package com.marginportal.client.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.marginportal.client.DisplayLines;
import com.marginportal.client.RatioPoint;
import com.marginportal.shell.Formats;
import com.marginportal.shell.chart.ChartAdjustments;
import com.vaadin.flow.component.Component;

/**
 * The maintenance ratio over the stored valuations (evenly spaced, oldest first) as an ECharts line in percent,
 * with the warning, margin-call and liquidation lines the client is held to (risk.EffectiveLines, the same lines
 * that colour the ratio badge) drawn and labelled across it; without a valuation with debt, a sentence says so.
 */
final class RatioChart {

    static final String ID = "ratio-chart";
    private static final String LINE = "#1676f3";

    private RatioChart() {
    }

    static Component create(Component host, List<RatioPoint> history, DisplayLines lines) {
        List<RatioPoint> points = history.stream().filter(p -> p.maintenanceRatio() != null).toList();
        return ChartAdjustments.orWhyEmpty(ID, points.isEmpty() ? null : option(host, points, lines), "320px",
                host.getTranslation("client.ratioHistory.empty"));
    }

    private static ObjectNode option(Component host, List<RatioPoint> points, DisplayLines lines) {
        ObjectNode option = JsonNodeFactory.instance.objectNode();
        String name = host.getTranslation("account.ratio");
        option.putObject("tooltip").put("trigger", "axis")
                .put("formatter", host.getTranslation("client.ratioChart.tooltip", "{b0}", "{a0}", "{c0}%"));
        option.putObject("grid").put("left", 16).put("right", 24).put("top", 24).put("bottom", 16)
                .put("containLabel", true);
        ObjectNode x = option.putObject("xAxis").put("type", "category").put("boundaryGap", false);
        ArrayNode times = x.putArray("data");
        points.forEach(p -> times.add(Formats.dateTime(p.valuedAt())));
        List<BigDecimal> values = points.stream().map(p -> percent(p.maintenanceRatio())).toList();
        // the lines must stay in view however high or low the ratio went: ECharts sizes the axis by the data only
        BigDecimal low = values.stream().reduce(percent(lines.liquidation()), BigDecimal::min);
        BigDecimal high = values.stream().reduce(percent(lines.warning()), BigDecimal::max);
        ObjectNode y = option.putObject("yAxis").put("type", "value")
                .put("min", Math.max(0, roundDown(low.doubleValue() - 10))).put("max", roundUp(high.doubleValue() + 10));
        y.putObject("axisLabel").put("formatter", "{value}%");
        ObjectNode series = option.putArray("series").addObject().put("name", name).put("type", "line")
                .put("color", LINE).put("showSymbol", points.size() <= 60).put("symbolSize", 5);
        ArrayNode data = series.putArray("data");
        values.forEach(data::add);
        // labels: warning above its line and liquidation below its own, both right; margin call left (never collide)
        ChartAdjustments.markLine(series, percent(lines.warning()), label(host, "lines.warning", lines.warning()),
                "#c98a00", "insideEndTop");
        ChartAdjustments.markLine(series, percent(lines.marginCall()), label(host, "lines.marginCall", lines.marginCall()),
                "#d9534f", "insideStartTop");
        ChartAdjustments.markLine(series, percent(lines.liquidation()),
                label(host, "lines.liquidation", lines.liquidation()), "#a80000", "insideEndBottom");
        return option;
    }

    private static String label(Component host, String lineKey, BigDecimal ratio) {
        return host.getTranslation("client.ratioChart.line", host.getTranslation(lineKey),
                Formats.percent(ratio).replace(".00", ""));
    }

    /** A fraction as percent points with two decimals: 1.4 → 140.00. */
    static BigDecimal percent(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(2, RoundingMode.HALF_UP);
    }

    private static double roundDown(double value) {
        return Math.floor(value / 10) * 10;
    }

    private static double roundUp(double value) {
        return Math.ceil(value / 10) * 10;
    }
}
