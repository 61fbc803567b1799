package com.marginportal.client.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import com.marginportal.client.DisplayLines;
import com.marginportal.client.RatioPoint;
import com.marginportal.shell.Formats;
import com.vaadin.flow.component.Svg;

/**
 * The maintenance ratio over the stored valuations as a small SVG line chart with the warning,
 * margin-call and liquidation lines; drawn on the server, no client-side chart library needed.
 */
class RatioChart extends Svg {

    private static final int W = 560;
    private static final int H = 160;
    private static final int PAD = 36;

    RatioChart(List<RatioPoint> history, DisplayLines lines, String noDataText) {
        setId("ratio-chart");
        getElement().getStyle().set("max-width", "100%");
        List<RatioPoint> points = history.stream().filter(p -> p.maintenanceRatio() != null).toList();
        setSvg(points.isEmpty() ? empty(noDataText) : chart(points, lines));
    }

    private static String chart(List<RatioPoint> points, DisplayLines lines) {
        double max = Math.max(points.stream().mapToDouble(p -> p.maintenanceRatio().doubleValue()).max().orElse(1.5), 1.6);
        double min = Math.min(points.stream().mapToDouble(p -> p.maintenanceRatio().doubleValue()).min().orElse(1.0), 1.0);
        StringBuilder svg = new StringBuilder("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 " + W + " " + H
                + "' width='" + W + "' height='" + H + "' font-size='10' font-family='sans-serif'>");
        line(svg, lines.warning(), min, max, "#c98a00");
        line(svg, lines.marginCall(), min, max, "#d9534f");
        line(svg, lines.liquidation(), min, max, "#a80000");
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            path.append(i == 0 ? "" : " ").append(fmt(x(i, points.size()))).append(',')
                    .append(fmt(y(points.get(i).maintenanceRatio().doubleValue(), min, max)));
        }
        svg.append("<polyline fill='none' stroke='#1676f3' stroke-width='2' points='").append(path).append("'/>");
        RatioPoint last = points.get(points.size() - 1);
        svg.append("<circle r='3' fill='#1676f3' cx='").append(fmt(x(points.size() - 1, points.size())))
                .append("' cy='").append(fmt(y(last.maintenanceRatio().doubleValue(), min, max))).append("'/>");
        svg.append("<text x='").append(PAD).append("' y='").append(H - 6).append("' fill='#666'>")
                .append(Formats.dateTime(points.get(0).valuedAt())).append("</text>");
        svg.append("<text x='").append(W - 4).append("' y='").append(H - 6).append("' text-anchor='end' fill='#666'>")
                .append(Formats.dateTime(last.valuedAt())).append("</text>");
        return svg.append("</svg>").toString();
    }

    private static void line(StringBuilder svg, BigDecimal ratio, double min, double max, String colour) {
        double y = y(ratio.doubleValue(), min, max);
        svg.append("<line x1='").append(PAD).append("' x2='").append(W).append("' y1='").append(fmt(y)).append("' y2='")
                .append(fmt(y)).append("' stroke='").append(colour).append("' stroke-dasharray='4 3'/>")
                .append("<text x='2' y='").append(fmt(y + 3)).append("' fill='").append(colour).append("'>")
                .append(Formats.percent(ratio).replace(".00", "")).append("</text>");
    }

    private static String empty(String text) {
        return "<svg xmlns='http://www.w3.org/2000/svg' width='" + W + "' height='40'><text x='0' y='24' fill='#666'"
                + " font-family='sans-serif' font-size='12'>" + text.replace("&", "&amp;").replace("<", "&lt;")
                + "</text></svg>";
    }

    // coordinates only: display arithmetic, not money
    private static double x(int i, int n) {
        return n == 1 ? W - 8 : PAD + (W - 8 - PAD) * i / (double) (n - 1);
    }

    private static double y(double ratio, double min, double max) {
        return 8 + (H - 28) * (max - ratio) / (max - min);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
