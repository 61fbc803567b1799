package com.marginportal.home.ui;

import com.marginportal.home.MyDaySummary;
import com.marginportal.home.domain.ContractTerm;
import com.marginportal.shell.Badge;
import com.marginportal.shell.CellLines;
import com.marginportal.shell.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The credit contracts with debt that have expired or expire soon (as the client's page calls them out): a contract
 * ends with its debt due, so the advisor asks the client to repay or to renew it before that day.
 */
final class ContractsDueGrid {

    private ContractsDueGrid() {
    }

    static Component of(Component view, MyDaySummary.ContractsDue contracts) {
        VerticalLayout section = new VerticalLayout(new H3(view.getTranslation("myDay.contracts", contracts.days())));
        section.setPadding(false);
        section.setId("my-day-contracts-section");
        if (contracts.total() > contracts.shown().size()) {
            Span shown = new Span(view.getTranslation("myDay.contracts.shown", contracts.shown().size(), contracts.total()));
            shown.addClassName("muted");
            section.add(shown);
        }
        Grid<MyDaySummary.Contract> grid = new Grid<>();
        grid.setId("my-day-contracts");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(c -> Formats.date(c.due().expiry())).setHeader(view.getTranslation("myDay.contracts.col.expiry"))
                .setAutoWidth(true).setFlexGrow(0);
        // a fixed width: measured on the first rows ("3 天后到期") it cut the later, longer ones ("14 天后到期")
        grid.addComponentColumn(c -> term(view, c.term())).setKey("term")
                .setHeader(view.getTranslation("myDay.contracts.col.term")).setWidth("12rem").setFlexGrow(0);
        grid.addComponentColumn(c -> new Anchor("clients/" + c.due().clientId(), c.due().clientName()))
                .setHeader(view.getTranslation("clients.col.name")).setAutoWidth(true);
        grid.addColumn(c -> Formats.money(c.due().totalDebt())).setKey("debt")
                .setHeader(view.getTranslation("myDay.contracts.col.debt")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(contracts.shown());
        grid.setEmptyStateText(view.getTranslation("myDay.contracts.empty", contracts.days()));
        grid.setAllRowsVisible(contracts.shown().size() <= 12);
        if (contracts.shown().size() > 12) {
            grid.setHeight("480px");
        }
        section.add(grid);
        return section;
    }

    /** The days as the client's page counts them; under them, for a contract still running, its trading days. */
    private static Component term(Component view, ContractTerm term) {
        return switch (term.state()) {
            case EXPIRED -> Badge.of(view.getTranslation("myDay.contracts.expired", term.days()), "error");
            case TODAY -> Badge.of(view.getTranslation("myDay.contracts.today"), "contrast");
            case AHEAD -> new Div(Badge.of(view.getTranslation("myDay.contracts.ahead", term.days()), ""),
                    CellLines.under(view.getTranslation("myDay.contracts.tradingDays", term.tradingDays())));
        };
    }
}
