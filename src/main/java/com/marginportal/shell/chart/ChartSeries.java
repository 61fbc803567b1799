package com.marginportal.shell.chart;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One named series of values, aligned with the chart's categories or dates; a null value is a gap.
 */
public record ChartSeries(String name, List<? extends Number> values) {

    public ChartSeries {
        Objects.requireNonNull(name, "name");
        // List.copyOf rejects nulls, which are legitimate gaps here
        values = Collections.unmodifiableList(new ArrayList<>(Objects.requireNonNull(values, "values")));
    }
}
