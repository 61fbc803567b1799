package com.marginportal.home.ui;

import com.marginportal.home.Operations.OperationsSummary;
import com.marginportal.security.UserSummary;
import com.marginportal.shell.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The administrator's urgent items above the cases: locked accounts (listed by name, opened in user management,
 * where only an admin unlocks them), notices being retried or failed and failed workflow steps (opened in the
 * incidents view).
 */
final class OperationsPanel {

    private OperationsPanel() {
    }

    static Component of(Component view, OperationsSummary ops) {
        int locked = ops.lockedAccounts().size();
        HorizontalLayout tiles = new HorizontalLayout(
                MyDayTiles.tile(view, "tile-locked", "operations.tile.locked", locked, locked > 0, "admin/users"),
                // a client not told yet: being retried (the mail server down or refusing) or given up
                MyDayTiles.tile(view, "tile-retrying-notices", "operations.tile.retryingNotices",
                        ops.notices().retrying(), ops.notices().retrying() > 0, "incidents"),
                MyDayTiles.tile(view, "tile-failed-notices", "operations.tile.failedNotices", ops.notices().failed(),
                        ops.notices().failed() > 0, "incidents"),
                MyDayTiles.tile(view, "tile-incidents", "operations.tile.incidents", ops.incidents(), ops.incidents() > 0,
                        "incidents"));
        tiles.setId("operations-tiles");
        tiles.getStyle().set("flex-wrap", "wrap");
        VerticalLayout panel = new VerticalLayout(new H3(view.getTranslation("operations.title")), tiles);
        panel.setPadding(false);
        panel.setId("operations");
        if (locked > 0) {
            panel.add(lockedAccounts(view, ops));
        }
        return panel;
    }

    private static Grid<UserSummary> lockedAccounts(Component view, OperationsSummary ops) {
        Grid<UserSummary> grid = new Grid<>(UserSummary.class, false);
        grid.setId("operations-locked");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(UserSummary::displayName).setHeader(view.getTranslation("operations.col.name")).setFlexGrow(1);
        grid.addColumn(u -> view.getTranslation("role." + u.role().name()))
                .setHeader(view.getTranslation("operations.col.role")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(u -> Formats.dateTime(u.lockedUntil())).setHeader(view.getTranslation("operations.col.lockedUntil"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(u -> new Anchor("admin/users", view.getTranslation("myDay.open")))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(view.getTranslation("operations.locked.empty"));
        grid.setItems(ops.lockedAccounts());
        grid.setAllRowsVisible(true);
        return grid;
    }
}
