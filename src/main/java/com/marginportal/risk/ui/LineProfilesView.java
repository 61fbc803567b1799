package com.marginportal.risk.ui;

import com.marginportal.risk.LineProfileService;
import com.marginportal.security.UserDirectory;
import com.marginportal.shell.ChangedBy;
import com.marginportal.shell.DateTimeCells;
import com.marginportal.risk.RiskLineProfile;
import com.marginportal.security.Role;
import com.marginportal.shell.BuiltInNames;
import com.marginportal.shell.Formats;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
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
    private final UserDirectory users;
    private java.util.Map<String, String> names = java.util.Map.of();

    private void figure(String headerKey, com.vaadin.flow.function.ValueProvider<RiskLineProfile, String> value) {
        grid.addColumn(value).setHeader(getTranslation(headerKey)).setWidth("6.5rem").setFlexGrow(0)
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
    }

    public LineProfilesView(LineProfileService profiles, UserDirectory users) {
        this.profiles = profiles;
        this.users = users;
        setSizeFull();
        grid.setId("profile-grid");
        grid.setEmptyStateText(getTranslation("lines.empty"));
        // wrapping cells and fixed figure columns: every column fits at 1280 px, headers included
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(p -> BuiltInNames.of(this, p.nameKey(), p.name())).setKey("name")
                .setHeader(getTranslation("lines.profile")).setFlexGrow(2);
        grid.addColumn(p -> p.isDefault() ? getTranslation("lines.default")
                : getTranslation("lines.riskClass", getTranslation("class." + p.appliesToRiskClass())))
                .setHeader(getTranslation("lines.appliesTo")).setFlexGrow(2);
        figure("lines.warning", p -> Formats.percent(p.lines().warning()));
        figure("lines.marginCall", p -> Formats.percent(p.lines().marginCall()));
        figure("lines.liquidation", p -> Formats.percent(p.lines().liquidation()));
        figure("lines.target", p -> Formats.percent(p.lines().topUpTarget()));
        figure("lines.deadline", p -> getTranslation("lines.days", p.lines().topUpDeadlineDays()));
        figure("lines.financingRatio", p -> p.lines().financingRatioLine() == null ? "—"
                : Formats.percent(p.lines().financingRatioLine()));
        grid.addColumn(ChangedBy.cell(this, () -> names, RiskLineProfile::updatedBy, RiskLineProfile::updatedAt)).setHeader(getTranslation("lines.updated"))
                .setWidth(DateTimeCells.WIDTH).setFlexGrow(2);
        grid.setAllRowsVisible(true);

        LineProfileForm form = new LineProfileForm(lines -> {
            try {
                RiskLineProfile saved = profiles.update(editing.id(), lines, editing.version());
                Notification.show(getTranslation("lines.saved", BuiltInNames.of(this, saved.nameKey(), saved.name())), 4000, Notification.Position.BOTTOM_START)
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
        // the editor opens on a selected row: say so, and when a change takes effect
        add(new H2(getTranslation("lines.title")), new Paragraph(getTranslation("lines.intro")), grid, form);
        reload();
    }

    private void reload() {
        var all = profiles.profiles();
        names = users.displayNames(all.stream().map(RiskLineProfile::updatedBy).toList()); // people by name, not login
        grid.setItems(all);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lines.title") + " | " + getTranslation("app.title");
    }
}
