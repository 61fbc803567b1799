package com.marginportal.shell;

import java.time.Instant;
import java.util.function.Function;

import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.renderer.Renderer;

/**
 * A date and time in a narrow grid column: it may wrap between the date and the time, never inside the date (the
 * browser breaks "2026-12-07" after a hyphen, which reads as two facts). Text as {@link Formats#dateTime}.
 */
public final class DateTimeCells {

    private DateTimeCells() {
    }

    public static <T> Renderer<T> of(Function<T, Instant> instant) {
        return LitRenderer.<T>of("<span class=\"nowrap\">${item.date}</span> ${item.time}")
                .withProperty("date", row -> part(instant.apply(row), 0))
                .withProperty("time", row -> part(instant.apply(row), 1));
    }

    private static String part(Instant instant, int index) {
        String[] parts = Formats.dateTime(instant).split(" ", 2);
        return index < parts.length ? parts[index] : "";
    }
}
