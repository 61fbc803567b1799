package com.marginportal.support;

import java.util.List;
import java.util.stream.Stream;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;

/** The lines of a {@link com.marginportal.shell.CellLines} cell as the browser gets them; an empty second left out. */
public final class CellLinesText {

    private CellLinesText() {
    }

    @SuppressWarnings("unchecked")
    public static <T> List<String> of(Grid<T> grid, T row, String columnKey) {
        var values = ((LitRenderer<T>) grid.getColumnByKey(columnKey).getRenderer()).getValueProviders();
        return Stream.of("first", "second").map(p -> String.valueOf(values.get(p).apply(row)))
                .filter(s -> !s.isEmpty()).toList();
    }
}
