package com.marginportal.client.ui;

import java.util.List;

import com.marginportal.client.HoldingLine;
import com.marginportal.shell.Formats;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

/** Positions with latest price, market value and conversion rate. */
class HoldingsGrid extends Grid<HoldingLine> {

    HoldingsGrid(List<HoldingLine> holdings) {
        super(HoldingLine.class, false);
        setId("holdings-grid");
        setEmptyStateText(getTranslation("holding.empty"));
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        setAllRowsVisible(holdings.size() <= 12);
        addColumn(HoldingLine::securityCode).setHeader(getTranslation("holding.code")).setAutoWidth(true);
        addColumn(HoldingLine::securityName).setHeader(getTranslation("holding.name")).setAutoWidth(true);
        addColumn(h -> getTranslation("board." + h.board())).setHeader(getTranslation("holding.board")).setAutoWidth(true);
        addColumn(h -> getTranslation("side." + h.side().name())).setHeader(getTranslation("holding.side")).setAutoWidth(true);
        right(addColumn(h -> Formats.quantity(h.quantity())).setHeader(getTranslation("holding.quantity")));
        right(addColumn(h -> Formats.price(h.costPrice())).setHeader(getTranslation("holding.cost")));
        right(addColumn(h -> Formats.price(h.price())).setHeader(getTranslation("holding.price")));
        right(addColumn(h -> Formats.money(h.marketValue(), getLocale())).setHeader(getTranslation("holding.marketValue")));
        right(addColumn(h -> Formats.percent(h.conversionRate())).setHeader(getTranslation("holding.rate")));
        right(addColumn(h -> Formats.money(h.financedAmount(), getLocale())).setHeader(getTranslation("holding.financed")));
        right(addColumn(h -> Formats.money(h.shortProceeds(), getLocale())).setHeader(getTranslation("holding.shortProceeds")));
        setItems(holdings);
    }

    private static void right(Column<HoldingLine> column) {
        column.setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    }
}
