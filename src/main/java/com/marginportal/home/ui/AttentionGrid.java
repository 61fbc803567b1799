package com.marginportal.home.ui;

import com.marginportal.home.ManagerDaySummary;
import com.marginportal.home.domain.AttentionItem;
import com.marginportal.shell.Badge;
import com.marginportal.shell.Formats;
import com.marginportal.shell.EnumLabels;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;

/**
 * The cases that need the manager, decisions first: what waits (a decision, or overdue), client by name, level,
 * latest ratio, due time (marked when past), the step, who holds it (by name), and one click to open it.
 */
final class AttentionGrid {

    private AttentionGrid() {
    }

    static Grid<AttentionItem> of(Component view, ManagerDaySummary day) {
        Grid<AttentionItem> grid = new Grid<>(AttentionItem.class, false);
        grid.setId("manager-day-attention");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(i -> Badge.of(EnumLabels.of(view, i.kind()),
                        i.kind() == AttentionItem.Kind.DECISION || i.isOverdue(day.asOf()) ? "error" : "contrast"))
                .setHeader(view.getTranslation("managerDay.col.what")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(i -> new Anchor("clients/" + i.clientId(),
                        day.clientNames().getOrDefault(i.clientId(), String.valueOf(i.clientId()))))
                .setHeader(view.getTranslation("clients.col.name")).setWidth("6rem").setFlexGrow(1);
        LevelText.size(grid.addColumn(i -> LevelText.of(view, i.level(), i.reason())).setKey("level")
                .setHeader(view.getTranslation("cases.col.level")).setFlexGrow(0), day.items().size() <= 10);
        grid.addColumn(i -> i.ratio() == null ? view.getTranslation("myDay.noDebt") : Formats.percent(i.ratio()))
                .setHeader(view.getTranslation("myDay.col.ratio")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(i -> due(view, i, day)).setHeader(view.getTranslation("myDay.col.due"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> view.getTranslation("activity." + i.step())).setHeader(view.getTranslation("board.col.step"))
                .setWidth("9rem").setFlexGrow(1);
        grid.addColumn(i -> i.holder() == null ? view.getTranslation("task.unclaimed")
                        : day.holderNames().getOrDefault(i.holder(), i.holder()))
                .setHeader(view.getTranslation("inbox.col.assignee")).setWidth("6rem").setFlexGrow(1);
        grid.addComponentColumn(i -> open(view, i)).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(day.items());
        grid.setEmptyStateText(view.getTranslation("managerDay.empty"));
        grid.setAllRowsVisible(day.items().size() <= 10);
        if (day.items().size() > 10) {
            grid.setHeight("420px");
        }
        return grid;
    }

    private static Span due(Component view, AttentionItem i, ManagerDaySummary day) {
        if (i.due() == null) {
            return new Span();
        }
        if (!i.isOverdue(day.asOf())) {
            return new Span(Formats.dateTime(i.due()));
        }
        return Badge.of(Formats.dateTime(i.due()) + " · " + view.getTranslation("sla.OVERDUE"), "error");
    }

    private static Button open(Component view, AttentionItem i) {
        Button open = new Button(view.getTranslation(i.kind() == AttentionItem.Kind.DECISION ? "managerDay.decide"
                : "myDay.open"), e -> e.getSource().getUI().ifPresent(ui -> MyDayView.navigate(ui, i.link())));
        open.setId("attention-open-" + i.caseId());
        open.addThemeVariants(ButtonVariant.LUMO_SMALL,
                i.kind() == AttentionItem.Kind.DECISION ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
        return open;
    }
}
