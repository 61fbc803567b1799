package com.marginportal.home.ui;

import com.marginportal.home.ManagerDay;
import com.marginportal.home.ManagerDaySummary;
import com.marginportal.home.Installation;
import com.marginportal.home.Operations;
import com.marginportal.home.domain.FirstSteps;
import com.marginportal.security.CurrentUser;
import com.marginportal.security.DataScope;
import com.marginportal.security.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;

import jakarta.annotation.security.RolesAllowed;

/**
 * The home of managers and admins (the login lands here): first what needs them now — for an admin the locked
 * accounts, failed notices and failed workflow steps; then the decisions waiting at their cases and the overdue
 * work, each one click from the task or case — and below it the dashboard's figures and charts.
 */
@Route("manager-day")
@RolesAllowed({Role.Names.MANAGER, Role.Names.ADMIN})
public class ManagerDayView extends VerticalLayout implements HasDynamicTitle {

    /** The dashboard's route: found through routing, so this feature does not reach into the workflow's views. */
    static final String DASHBOARD = "dashboard";

    public ManagerDayView(ManagerDay managerDay, Operations operations, Installation installation,
                          CurrentUser currentUser) {
        setWidthFull();
        boolean admin = currentUser.scope().kind() == DataScope.Kind.ALL;
        add(new H2(getTranslation(admin ? "managerDay.title.admin" : "managerDay.title")));
        if (admin) {
            FirstSteps steps = installation.firstSteps();
            if (!steps.left().isEmpty()) {
                add(FirstStepsPanel.of(this, steps)); // a new installation: what to set up first
            }
            add(OperationsPanel.of(this, operations.now()));
        }
        ManagerDaySummary day = managerDay.today();
        HorizontalLayout tiles = new HorizontalLayout(
                MyDayTiles.tile(this, "tile-decisions", "managerDay.tile.decisions", (int) day.decisionsWaiting(),
                        day.decisionsWaiting() > 0, "board?step=" + ManagerDay.DECISION_STEP),
                MyDayTiles.tile(this, "tile-overdue-work", "managerDay.tile.overdue", (int) day.overdueWork(),
                        day.overdueWork() > 0, "board?sla=OVERDUE"));
        tiles.setId("manager-day-tiles");
        tiles.getStyle().set("flex-wrap", "wrap");
        add(new H3(getTranslation("managerDay.attention")), tiles, AttentionGrid.of(this, day));
        RouteConfiguration.forApplicationScope().getRoute(DASHBOARD)
                .map(view -> Instantiator.get(UI.getCurrent()).createComponent(view))
                .ifPresent(this::add);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("managerDay.title") + " | " + getTranslation("app.title");
    }
}
