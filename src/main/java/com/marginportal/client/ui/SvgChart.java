package com.marginportal.client.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * A small chart drawn as SVG on the server (no client-side chart library): a value axis with a few round
 * ticks, then bars, a line and reference lines on it. Text takes the page's font, so Chinese labels render
 * like the rest of the view. Coordinates are display arithmetic only, never money.
 */
final class SvgChart {

    static final int W = 380;
    static final int H = 170;
    private static final int LEFT = 44;
    private static final int RIGHT = 8;
    private static final int TOP = 10;
    private static final int BOTTOM = 26;
    private static final String BAR = "#1676f3";
    private static final String MUTED = "#6b7785";

    private final StringBuilder svg = new StringBuilder();
    private final double max;

    /**
     * @param highest      the largest value to show (a reference line included); the axis rounds it up
     * @param wholeNumbers counts: ticks fall on whole numbers
     */
    SvgChart(double highest, boolean wholeNumbers, DoubleFunction<String> tickLabel) {
        // small counts use the smallest whole step that fits (12 → 3, 6, 9, 12); all else a round step
        double step = wholeNumbers && highest <= 40 ? Math.max(1, Math.ceil(highest / 4)) : niceCeiling(highest / 4);
        this.max = 4 * step;
        svg.append("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 ").append(W).append(' ').append(H)
                .append("' width='100%' font-size='10' role='img'>");
        for (int i = 0; i <= 4; i++) {
            double value = max * i / 4;
            double y = y(value);
            svg.append("<line x1='").append(LEFT).append("' x2='").append(W - RIGHT).append("' y1='").append(fmt(y))
                    .append("' y2='").append(fmt(y)).append("' stroke='#e3e7ec'/>")
                    .append("<text x='").append(LEFT - 4).append("' y='").append(fmt(y + 3))
                    .append("' text-anchor='end' fill='").append(MUTED).append("'>")
                    .append(escape(tickLabel.apply(value))).append("</text>");
        }
    }

    /** One bar per category, labelled below, with the exact figure as a hover tooltip. */
    SvgChart bars(List<String> labels, List<Double> values, List<String> tooltips) {
        int n = labels.size();
        double slot = (W - LEFT - RIGHT) / (double) Math.max(n, 1);
        double width = Math.min(slot * 0.7, 36);
        int every = n > 8 ? 2 : 1; // room for at most about eight labels
        // labels wider than their slot alternate between two rows instead of running into each other
        boolean stagger = labels.stream().anyMatch(l -> textWidth(l) > slot * every * 0.95);
        for (int i = 0; i < n; i++) {
            double x = LEFT + slot * i + (slot - width) / 2;
            double top = y(values.get(i));
            svg.append("<rect x='").append(fmt(x)).append("' y='").append(fmt(top)).append("' width='").append(fmt(width))
                    .append("' height='").append(fmt(y(0) - top)).append("' fill='").append(BAR).append("'><title>")
                    .append(escape(tooltips.get(i))).append("</title></rect>");
            if (i % every == 0 || i == n - 1) {
                int row = stagger ? (i / every % 2 == 0 ? H - 12 : H - 1) : H - 8;
                svg.append("<text x='").append(fmt(LEFT + slot * i + slot / 2)).append("' y='").append(row)
                        .append("' text-anchor='middle' fill='").append(MUTED).append("'>")
                        .append(escape(labels.get(i))).append("</text>");
            }
        }
        return this;
    }

    /** A line through the points, evenly spaced, with the first and last labels under the ends. */
    SvgChart line(List<Double> values, String firstLabel, String lastLabel, List<String> tooltips) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            double x = xOf(i, values.size());
            double y = y(values.get(i));
            points.append(i == 0 ? "" : " ").append(fmt(x)).append(',').append(fmt(y));
            svg.append("<circle r='2.5' fill='").append(BAR).append("' cx='").append(fmt(x)).append("' cy='")
                    .append(fmt(y)).append("'><title>").append(escape(tooltips.get(i))).append("</title></circle>");
        }
        svg.append("<polyline fill='none' stroke='").append(BAR).append("' stroke-width='2' points='").append(points)
                .append("'/>");
        svg.append("<text x='").append(LEFT).append("' y='").append(H - 8).append("' fill='").append(MUTED).append("'>")
                .append(escape(firstLabel)).append("</text><text x='").append(W - RIGHT).append("' y='").append(H - 8)
                .append("' text-anchor='end' fill='").append(MUTED).append("'>").append(escape(lastLabel)).append("</text>");
        return this;
    }

    /** A dashed horizontal line at a threshold, labelled at its right end. */
    SvgChart reference(double value, String label) {
        double y = y(value);
        svg.append("<line x1='").append(LEFT).append("' x2='").append(W - RIGHT).append("' y1='").append(fmt(y))
                .append("' y2='").append(fmt(y)).append("' stroke='#d9534f' stroke-dasharray='4 3'/>")
                .append("<text x='").append(W - RIGHT).append("' y='").append(fmt(y - 3))
                .append("' text-anchor='end' fill='#d9534f'>").append(escape(label)).append("</text>");
        return this;
    }

    String build() {
        return svg + "</svg>";
    }

    /** Rounds up to 1, 2, 2.5 or 5 × a power of ten, so the four ticks read as round numbers. */
    static double niceCeiling(double value) {
        if (!(value > 0)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (value <= step * power + 1e-9) {
                return step * power;
            }
        }
        return 10 * power;
    }

    /** Rough width at font size 10: CJK characters are square, Latin ones about half as wide. */
    static double textWidth(String text) {
        return text.codePoints().mapToDouble(c -> c >= 0x2E80 ? 10 : 5.6).sum();
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("'", "&#39;").replace("\"", "&quot;");
    }

    private double xOf(int i, int n) {
        return n == 1 ? (LEFT + W - RIGHT) / 2.0 : LEFT + 4 + (W - RIGHT - LEFT - 8) * i / (double) (n - 1);
    }

    private double y(double value) {
        return TOP + (H - TOP - BOTTOM) * (1 - Math.max(0, value) / max);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
