package com.marginportal.client.ui;

import java.util.List;

import com.marginportal.client.TradeLine;
import com.marginportal.shell.Formats;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

/** The latest trades of the account. */
class TradesGrid extends Grid<TradeLine> {

    TradesGrid(List<TradeLine> trades) {
        super(TradeLine.class, false);
        setId("trades-grid");
        setEmptyStateText(getTranslation("trade.empty"));
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        setHeight("24em");
        addColumn(t -> Formats.dateTime(t.tradedAt())).setHeader(getTranslation("trade.time")).setAutoWidth(true);
        addColumn(TradeLine::securityCode).setHeader(getTranslation("holding.code")).setAutoWidth(true);
        addColumn(TradeLine::securityName).setHeader(getTranslation("holding.name")).setAutoWidth(true);
        addColumn(t -> getTranslation("tradeType." + t.tradeType())).setHeader(getTranslation("trade.type")).setAutoWidth(true);
        addColumn(t -> Formats.quantity(t.quantity())).setHeader(getTranslation("holding.quantity"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        addColumn(t -> Formats.price(t.price())).setHeader(getTranslation("holding.price"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        addColumn(t -> Formats.money(t.amount(), getLocale())).setHeader(getTranslation("trade.amount"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        setItems(trades);
    }
}
