package com.marginportal.home.ui;

import com.marginportal.risk.domain.BreachReason;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

/**
 * A breach task's level as the work lists show it: "警戒", and "警戒 · 融资比例" when its case crossed the financing-ratio
 * line — the ratio beside it is the maintenance ratio, which such a case did not cross.
 */
final class LevelText {

    private LevelText() {
    }

    /**
     * The level column's width in a long list: the longest label ("平仓 · 融资比例") on one line in Chinese, on two in
     * English ("Liquidation · / Financing ratio"). Not the grid's auto width, which measures the rows first shown
     * only: an inbox whose financing-ratio task lay further down gave the column the width of "追保", and that
     * task's label wrapped to four lines (seen in the suite's advisor inbox).
     */
    static final String WIDTH = "9.5rem";

    /**
     * Sizes a list's level column: to its rows while the list shows them all, else {@link #WIDTH} — a list that
     * scrolls renders (and the auto width measures) its first rows only. In that width the grid wraps its cells, so
     * the longest label takes two lines instead of being cut ("Warning · Financi…" in the advisor's day).
     */
    static <T> Grid.Column<T> size(Grid.Column<T> column, boolean allRowsShown) {
        if (allRowsShown) {
            return column.setAutoWidth(true);
        }
        column.getGrid().addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        return column.setAutoWidth(false).setWidth(WIDTH);
    }

    static String of(Component c, String level, String reason) {
        if (level == null) {
            return "";
        }
        String text = c.getTranslation("level." + level);
        return BreachReason.FINANCING_RATIO.name().equals(reason) ? text + " · " + c.getTranslation("reason." + reason) : text;
    }
}
