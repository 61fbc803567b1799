package com.marginportal.shell.chart;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Adjustments small ECharts share (the client 360 view's ratio and behaviour charts): round value axes, per-item
 * tooltips, labelled lines, and a sentence instead of an empty chart.
 */
public final class ChartAdjustments {

    private ChartAdjustments() {
    }

    public static EChart chart(String id, ObjectNode option, String height) {
        EChart chart = new EChart(option);
        chart.setId(id);
        chart.setHeight(height);
        chart.setRenderer(EChart.Renderer.SVG); // few points: crisp lines, and the labels are text in the page
        return chart;
    }

    /** The chart, or when it has nothing to show, a sentence saying why (id: the chart's id with "-empty"). */
    public static Component orWhyEmpty(String id, ObjectNode optionOrNull, String height, String why) {
        if (optionOrNull != null) {
            return chart(id, optionOrNull, height);
        }
        Paragraph reason = new Paragraph(why);
        reason.setId(id + "-empty");
        reason.addClassNames("muted", "chart-empty");
        return reason;
    }

    /** The value axis from 0 to the scale's top in its steps; percentages get a "%" on every tick. */
    public static void valueAxis(ObjectNode axis, AxisScale scale, boolean percent) {
        axis.put("min", 0).put("max", scale.max()).put("interval", scale.interval());
        if (percent) {
            axis.putObject("axisLabel").put("formatter", "{value}%");
        }
    }

    /**
     * One tooltip text per item of the first series, shown when the pointer is on that bar or point (the exact
     * figure with its unit, which the axis only approximates).
     */
    public static void itemTooltips(ObjectNode option, List<String> tips) {
        option.putObject("tooltip").put("trigger", "item");
        ArrayNode data = (ArrayNode) option.withArray("/series").get(0).get("data");
        for (int i = 0; i < data.size(); i++) {
            ObjectNode item;
            if (data.get(i).isObject()) { // a point of a date axis: {name, value: [date, value]}
                item = (ObjectNode) data.get(i);
            } else {
                item = data.objectNode();
                item.set("value", data.get(i));
                data.set(i, item);
            }
            item.putObject("tooltip").put("formatter", html(tips.get(i)));
        }
    }

    /**
     * A dashed horizontal line at {@code value} on the series, labelled inside the plot.
     *
     * @param position ECharts label position, e.g. insideEndTop; lines close together take different ones
     */
    public static void markLine(ObjectNode series, Number value, String label, String colour, String position) {
        ObjectNode markLine = series.has("markLine") ? (ObjectNode) series.get("markLine") : newMarkLine(series);
        ObjectNode line = markLine.withArray("/data").addObject().put("name", label);
        if (value instanceof java.math.BigDecimal d) {
            line.put("yAxis", d);
        } else {
            line.put("yAxis", value.doubleValue());
        }
        line.putObject("lineStyle").put("color", colour).put("type", "dashed").put("width", 1.5);
        line.putObject("label").put("formatter", label).put("position", position).put("color", colour)
                .put("fontSize", 11);
    }

    private static ObjectNode newMarkLine(ObjectNode series) {
        ObjectNode markLine = series.putObject("markLine").put("silent", true);
        markLine.putArray("symbol").add("none").add("none");
        return markLine;
    }

    /** Tooltip text goes into the page as HTML. */
    public static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
