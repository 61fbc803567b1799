package com.marginportal.home.ui;

import java.util.ArrayList;
import java.util.List;

import com.marginportal.home.MyDay;
import com.marginportal.home.MyDaySummary;
import com.marginportal.home.domain.AgendaItem;
import com.marginportal.home.domain.Urgency;
import com.marginportal.risk.RiskCaseRow;
import com.marginportal.security.Role;
import com.marginportal.shell.Badge;
import com.marginportal.shell.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * 我的工作台, the advisor's home: the work due (overdue first, then today, then later — breach tasks, contact plans and
 * service requests together), the group's unclaimed tasks, the clients in breach with their ratio's direction, and
 * the credit contracts falling due.
 * One click opens the item.
 */
@Route("my-day")
@RolesAllowed({Role.Names.ADVISOR, Role.Names.MANAGER, Role.Names.ADMIN})
public class MyDayView extends VerticalLayout implements HasDynamicTitle {

    public MyDayView(MyDay myDay) {
        setWidthFull();
        MyDaySummary day = myDay.today();
        add(new H2(getTranslation("myDay.title")), MyDayTiles.of(this, day), new H3(getTranslation("myDay.agenda")));
        if (day.agendaTotal() > day.agendaShown()) { // the rest is in the inbox and the service lists
            Span shown = new Span(getTranslation("myDay.agenda.shown", day.agendaShown(), day.agendaTotal()));
            shown.setId("my-day-agenda-shown");
            shown.addClassName("muted");
            add(shown);
        }
        add(agenda(day), new H3(getTranslation("myDay.inBreach")), inBreach(day), ContractsDueGrid.of(this, day.contracts()));
    }

    private Grid<Row> agenda(MyDaySummary day) {
        List<Row> rows = new ArrayList<>();
        for (Urgency u : Urgency.values()) {
            day.agenda().get(u).forEach(i -> rows.add(new Row(u, i)));
        }
        Grid<Row> grid = new Grid<>(Row.class, false);
        grid.setId("my-day-agenda");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(r -> Badge.of(getTranslation("urgency." + r.urgency().name()),
                r.urgency() == Urgency.OVERDUE ? "error" : r.urgency() == Urgency.DUE_TODAY ? "contrast" : ""))
                .setHeader(getTranslation("myDay.col.urgency")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.item().due() == null ? "" : Formats.dateTime(r.item().due()))
                .setHeader(getTranslation("myDay.col.due")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> getTranslation(r.item().titleKey())).setHeader(getTranslation("myDay.col.work")).setAutoWidth(true);
        LevelText.size(grid.addColumn(r -> LevelText.of(this, r.item().level(), r.item().reason())).setKey("level")
                .setHeader(getTranslation("cases.col.level")).setFlexGrow(0), rows.size() <= 12);
        grid.addComponentColumn(r -> client(day, r.item().clientId())).setHeader(getTranslation("clients.col.name"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.item().ratio() == null ? "" : Formats.percent(r.item().ratio()))
                .setHeader(getTranslation("myDay.col.ratio")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(r -> open(r.item())).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(rows);
        grid.setEmptyStateText(getTranslation("myDay.agenda.empty"));
        grid.setAllRowsVisible(rows.size() <= 12);
        if (rows.size() > 12) {
            grid.setHeight("480px");
        }
        return grid;
    }

    private Grid<RiskCaseRow> inBreach(MyDaySummary day) {
        Grid<RiskCaseRow> grid = new Grid<>(RiskCaseRow.class, false);
        grid.setId("my-day-cases");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(c -> client(day, c.clientId())).setHeader(getTranslation("clients.col.name")).setAutoWidth(true);
        grid.addColumn(c -> getTranslation("level." + c.level().name())).setHeader(getTranslation("cases.col.level"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::ratio).setHeader(getTranslation("myDay.col.ratio")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> c.ratioAtOpen() == null ? "" : Formats.percent(c.ratioAtOpen()))
                .setHeader(getTranslation("myDay.col.ratioAtOpen")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> Formats.percent(c.topUpTarget())).setHeader(getTranslation("myDay.col.target"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> Formats.dateTime(c.openedAt())).setHeader(getTranslation("myDay.col.opened")).setAutoWidth(true);
        grid.setItems(day.clientsInBreach());
        grid.setEmptyStateText(getTranslation("myDay.inBreach.empty"));
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** The latest ratio with the direction since the case opened: ↑ recovering, ↓ worsening. */
    private Component ratio(RiskCaseRow c) {
        if (c.latestRatio() == null) {
            return new Span(getTranslation("myDay.noDebt"));
        }
        int direction = c.ratioAtOpen() == null ? 0 : c.latestRatio().compareTo(c.ratioAtOpen());
        String arrow = direction > 0 ? " ↑" : direction < 0 ? " ↓" : "";
        Span span = Badge.of(Formats.percent(c.latestRatio()) + arrow, direction < 0 ? "error" : direction > 0 ? "success" : "");
        span.getElement().setAttribute("title", getTranslation(direction > 0 ? "myDay.trend.up"
                : direction < 0 ? "myDay.trend.down" : "myDay.trend.flat"));
        return span;
    }

    private static Anchor client(MyDaySummary day, long clientId) {
        return new Anchor("clients/" + clientId, day.clientNames().getOrDefault(clientId, String.valueOf(clientId)));
    }

    private Button open(AgendaItem item) {
        Button open = new Button(getTranslation("myDay.open"), e -> getUI().ifPresent(ui -> navigate(ui, item.link())));
        open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        return open;
    }

    /** A link such as {@code tasks?task=42}: the route and its query parameters. */
    static void navigate(com.vaadin.flow.component.UI ui, String link) {
        int q = link.indexOf('?');
        ui.navigate(q < 0 ? link : link.substring(0, q), q < 0 ? com.vaadin.flow.router.QueryParameters.empty()
                : com.vaadin.flow.router.QueryParameters.fromString(link.substring(q + 1)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("myDay.title") + " | " + getTranslation("app.title");
    }

    public record Row(Urgency urgency, AgendaItem item) {
    }
}
