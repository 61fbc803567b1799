package com.marginportal.risk.ui;

import com.marginportal.risk.LineProfileService;
import com.marginportal.risk.RiskLineProfile;
import com.marginportal.security.Role;
import com.marginportal.shell.Formats;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.dao.OptimisticLockingFailureException;

/** For admins: the risk line profiles (default, and per risk class), edited with validation and audit. */
@Route("risk/lines")
@RolesAllowed(Role.Names.ADMIN)
public class LineProfilesView extends VerticalLayout implements HasDynamicTitle {

    private final LineProfileService profiles;
    private final Grid<RiskLineProfile> grid = new Grid<>(RiskLineProfile.class, false);
    private RiskLineProfile editing;

    public LineProfilesView(LineProfileService profiles) {
        this.profiles = profiles;
        setSizeFull();
        grid.setId("profile-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(RiskLineProfile::name).setHeader(getTranslation("lines.profile")).setAutoWidth(true);
        grid.addColumn(p -> p.isDefault() ? getTranslation("lines.default")
                : getTranslation("lines.riskClass", p.appliesToRiskClass())).setHeader(getTranslation("lines.appliesTo")).setAutoWidth(true);
        grid.addColumn(p -> Formats.percent(p.lines().warning())).setHeader(getTranslation("lines.warning"));
        grid.addColumn(p -> Formats.percent(p.lines().marginCall())).setHeader(getTranslation("lines.marginCall"));
        grid.addColumn(p -> Formats.percent(p.lines().liquidation())).setHeader(getTranslation("lines.liquidation"));
        grid.addColumn(p -> Formats.percent(p.lines().topUpTarget())).setHeader(getTranslation("lines.target"));
        grid.addColumn(p -> p.lines().topUpDeadlineDays()).setHeader(getTranslation("lines.deadline"));
        grid.addColumn(p -> Formats.percent(p.lines().financingRatioLine())).setHeader(getTranslation("lines.financingRatio"));
        grid.addColumn(p -> p.updatedBy() + " " + Formats.dateTime(p.updatedAt())).setHeader(getTranslation("lines.updated")).setAutoWidth(true);
        grid.setAllRowsVisible(true);

        LineProfileForm form = new LineProfileForm(lines -> {
            try {
                RiskLineProfile saved = profiles.update(editing.id(), lines, editing.version());
                Notification.show(getTranslation("lines.saved", saved.name()), 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                reload();
                grid.select(saved);
            } catch (OptimisticLockingFailureException e) {
                Notification.show(getTranslation("lines.error.concurrent"), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
                reload();
            }
        });
        form.setVisible(false);
        grid.asSingleSelect().addValueChangeListener(e -> {
            editing = e.getValue();
            form.setVisible(editing != null);
            if (editing != null) {
                form.edit(editing);
            }
        });
        add(new H2(getTranslation("lines.title")), grid, form);
        reload();
    }

    private void reload() {
        grid.setItems(profiles.profiles());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lines.title") + " | " + getTranslation("app.title");
    }
}
