package com.marginportal.shell.chart;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * ECharts options for the charts the portal draws. Each method returns a complete option that
 * {@link EChart#setOption(ObjectNode)} accepts; callers may adjust it further (it is plain Jackson JSON), e.g.
 * {@code option.withObject("/yAxis").put("name", "%")}. Values are aligned with the categories or dates;
 * a null value is a gap.
 */
public final class ChartOptions {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** ECharts' marker for a missing value. */
    private static final String EMPTY = "-";

    private ChartOptions() {
    }

    /** Grouped vertical bars: one bar per series in each category. */
    public static ObjectNode bar(List<String> categories, List<ChartSeries> series) {
        return bars(categories, series, false);
    }

    /** Vertical bars with the series stacked on each other per category. */
    public static ObjectNode stackedBar(List<String> categories, List<ChartSeries> series) {
        return bars(categories, series, true);
    }

    /** Lines over a date axis (time scale, so gaps between dates are to scale); the value axis fits the data. */
    public static ObjectNode line(List<LocalDate> dates, List<ChartSeries> series) {
        requireAligned(dates.size(), series);
        ObjectNode option = base("axis", series.size() > 1);
        option.putObject("xAxis").put("type", "time");
        option.putObject("yAxis").put("type", "value").put("scale", true);
        ArrayNode out = option.putArray("series");
        for (ChartSeries s : series) {
            ObjectNode node = out.addObject().put("name", s.name()).put("type", "line")
                    .put("showSymbol", dates.size() <= 60);
            ArrayNode data = node.putArray("data");
            for (int i = 0; i < dates.size(); i++) {
                String date = dates.get(i).toString();
                ObjectNode point = data.addObject().put("name", date);
                ArrayNode value = point.putArray("value").add(date);
                addValue(value, s.values().get(i));
            }
        }
        return option;
    }

    /** A pie chart; the tooltip shows each slice's value and share. */
    public static ObjectNode pie(List<ChartSlice> slices) {
        return pie(slices, "65%", null);
    }

    /** A donut (a pie with a hole). */
    public static ObjectNode donut(List<ChartSlice> slices) {
        return pie(slices, "65%", "40%");
    }

    /** Adds a title at the top left and makes room for it. */
    public static ObjectNode title(ObjectNode option, String title) {
        option.putObject("title").put("text", title).put("left", 8).put("top", 4)
                .putObject("textStyle").put("fontSize", 14).put("fontWeight", "bold");
        if (option.has("grid")) {
            ((ObjectNode) option.get("grid")).put("top", 48);
        }
        return option;
    }

    private static ObjectNode bars(List<String> categories, List<ChartSeries> series, boolean stacked) {
        requireAligned(categories.size(), series);
        ObjectNode option = base("axis", series.size() > 1 || stacked);
        ((ObjectNode) option.get("tooltip")).putObject("axisPointer").put("type", "shadow");
        ArrayNode axisData = option.putObject("xAxis").put("type", "category").putArray("data");
        categories.forEach(axisData::add);
        option.putObject("yAxis").put("type", "value");
        ArrayNode out = option.putArray("series");
        for (ChartSeries s : series) {
            ObjectNode node = out.addObject().put("name", s.name()).put("type", "bar");
            if (stacked) {
                node.put("stack", "total");
            }
            node.putObject("emphasis").put("focus", "series");
            ArrayNode data = node.putArray("data");
            s.values().forEach(v -> addValue(data, v));
        }
        return option;
    }

    private static ObjectNode pie(List<ChartSlice> slices, String outer, String inner) {
        ObjectNode option = JSON.objectNode();
        option.putObject("tooltip").put("trigger", "item").put("formatter", "{b}: {c} ({d}%)");
        // no legend: each slice's label names it (a paged legend below cut names and said "1/2")
        ObjectNode series = option.putArray("series").addObject().put("type", "pie");
        ArrayNode radius = series.putArray("radius");
        if (inner != null) {
            radius.add(inner);
        } else {
            radius.add(0);
        }
        radius.add(outer);
        series.putArray("center").add("50%").add("50%");
        // long names (Restored by market recovery) break over lines instead of being cut to "Restored by m…", and
        // labels line up along the chart's edges, so none is drawn past them
        series.putObject("label").put("formatter", "{b}\n{d}%").put("width", 110).put("overflow", "break")
                .put("alignTo", "edge").put("edgeDistance", 8);
        ArrayNode data = series.putArray("data");
        for (ChartSlice slice : slices) {
            putValue(data.addObject().put("name", slice.name()), slice.value());
        }
        return option;
    }

    private static ObjectNode base(String tooltipTrigger, boolean legend) {
        ObjectNode option = JSON.objectNode();
        option.putObject("tooltip").put("trigger", tooltipTrigger);
        if (legend) {
            option.putObject("legend").put("type", "scroll").put("bottom", 0);
        }
        option.putObject("grid").put("left", 16).put("right", 24).put("top", 24).put("bottom", legend ? 40 : 16);
        return option;
    }

    private static void requireAligned(int size, List<ChartSeries> series) {
        for (ChartSeries s : series) {
            if (s.values().size() != size) {
                throw new IllegalArgumentException("series '" + s.name() + "' has " + s.values().size()
                        + " values for " + size + " categories");
            }
        }
    }

    private static void addValue(ArrayNode array, Number value) {
        if (value == null || isNotFinite(value)) {
            array.add(EMPTY);
        } else if (value instanceof BigDecimal d) {
            array.add(d);
        } else if (value instanceof BigInteger i) {
            array.add(i);
        } else if (value instanceof Double || value instanceof Float) {
            array.add(value.doubleValue());
        } else {
            array.add(value.longValue());
        }
    }

    private static void putValue(ObjectNode node, Number value) {
        if (isNotFinite(value)) {
            node.put("value", EMPTY);
        } else if (value instanceof BigDecimal d) {
            node.put("value", d);
        } else if (value instanceof BigInteger i) {
            node.put("value", new BigDecimal(i));
        } else if (value instanceof Double || value instanceof Float) {
            node.put("value", value.doubleValue());
        } else {
            node.put("value", value.longValue());
        }
    }

    private static boolean isNotFinite(Number value) {
        return (value instanceof Double d && !Double.isFinite(d)) || (value instanceof Float f && !Float.isFinite(f));
    }
}
