package com.marginportal.shell.chart;

import java.util.Objects;

/** One slice of a pie or donut chart. */
public record ChartSlice(String name, Number value) {

    public ChartSlice {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }
}
