package com.marginportal.shell;

import java.time.Instant;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.renderer.Renderer;

/**
 * A date and time in a narrow grid column: it may wrap between the date and the time, never inside the date (the
 * browser breaks "2026-12-07" after a hyphen, which reads as two facts). Text as {@link Formats#dateTime}.
 */
public final class DateTimeCells {

    /** The narrowest column that shows "2026-12-07" whole beside the cell's padding (the time wraps below it). */
    public static final String WIDTH = "7.5rem";

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private DateTimeCells() {
    }

    public static <T> Renderer<T> of(Function<T, Instant> instant) {
        return LitRenderer.<T>of("<span class=\"nowrap\">${item.date}</span> ${item.time}")
                .withProperty("date", row -> part(instant.apply(row), 0))
                .withProperty("time", row -> part(instant.apply(row), 1));
    }

    /** The same after a few words of the row's ("张三 · 2026-12-07 09:30"): the words may wrap, the date stays whole. */
    public static <T> Renderer<T> after(Function<T, String> words, Function<T, Instant> instant) {
        return LitRenderer.<T>of("${item.words} <span class=\"nowrap\">${item.date}</span> ${item.time}")
                .withProperty("words", words::apply)
                .withProperty("date", row -> part(instant.apply(row), 0))
                .withProperty("time", row -> part(instant.apply(row), 1));
    }

    /** A cell's text with every date in it kept on one line (for component cells that say more than the date). */
    public static Span text(String text) {
        Span span = new Span();
        Matcher date = DATE.matcher(text);
        int from = 0;
        while (date.find()) {
            if (date.start() > from) {
                span.add(new Text(text.substring(from, date.start())));
            }
            Span unbroken = new Span(date.group());
            unbroken.addClassName("nowrap");
            span.add(unbroken);
            from = date.end();
        }
        if (from < text.length()) {
            span.add(new Text(text.substring(from)));
        }
        return span;
    }

    private static String part(Instant instant, int index) {
        String[] parts = Formats.dateTime(instant).split(" ", 2);
        return index < parts.length ? parts[index] : "";
    }
}
