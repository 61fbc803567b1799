package com.marginportal.shell.chart;

/**
 * A value axis from 0 with four round steps that cover the highest value to show, a threshold included: ECharts
 * leaves mark lines out of the axis extent, so a threshold above every bar would fall off the chart. Display
 * arithmetic only, never money.
 */
public record AxisScale(double max, double interval) {

    /** @param wholeNumbers counts: small ones step by the smallest whole number that fits (12 → 3, 6, 9, 12) */
    public static AxisScale covering(double highest, boolean wholeNumbers) {
        double step = wholeNumbers && highest <= 40 ? Math.max(1, Math.ceil(highest / 4)) : niceCeiling(highest / 4);
        return new AxisScale(4 * step, step);
    }

    /** Rounds up to 1, 2, 2.5 or 5 × a power of ten, so the four ticks read as round numbers. */
    public static double niceCeiling(double value) {
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
}
