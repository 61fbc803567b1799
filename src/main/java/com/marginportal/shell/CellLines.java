package com.marginportal.shell;

import java.util.function.Function;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.renderer.Renderer;

/**
 * A list cell of two lines: the fact, and under it in the theme's muted text what places it — the account under a
 * client's name, the branch under an advisor's. One column instead of two keeps a list of many branches from
 * wrapping each name over three lines at 1280 px.
 */
public final class CellLines {

    private CellLines() {
    }

    /** The second line alone, to put under a component of the cell's (a link). */
    public static Span under(String text) {
        Span line = new Span(text);
        line.addClassNames("muted", "cell-second");
        return line;
    }

    /** Both lines as text; an empty second line takes no room. */
    public static <T> Renderer<T> of(Function<T, String> first, Function<T, String> second) {
        return LitRenderer.<T>of("<span>${item.first}</span><span class=\"muted cell-second\">${item.second}</span>")
                .withProperty("first", row -> nullToEmpty(first.apply(row)))
                .withProperty("second", row -> nullToEmpty(second.apply(row)));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
