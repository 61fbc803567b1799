package com.marginportal.administration.ui;

import com.marginportal.security.BranchAdministration;
import com.marginportal.security.BranchSummary;
import com.marginportal.security.Role;
import com.marginportal.security.StaffWorkload;
import com.marginportal.shell.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** For admins: the branches; open, rename, close (refused while clients, open cases or staff remain). */
@Route("admin/branches")
@RolesAllowed(Role.Names.ADMIN)
public class BranchesView extends VerticalLayout implements HasDynamicTitle {

    private final BranchAdministration branches;
    private final Grid<BranchSummary> grid = new Grid<>(BranchSummary.class, false);

    public BranchesView(BranchAdministration branches) {
        this.branches = branches;
        setSizeFull();
        grid.setId("branch-grid");
        grid.setEmptyStateText(getTranslation("branches.empty"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(BranchSummary::code).setHeader(getTranslation("branches.col.code")).setAutoWidth(true);
        grid.addColumn(BranchSummary::name).setHeader(getTranslation("branches.col.name")).setAutoWidth(true);
        grid.addColumn(BranchSummary::city).setHeader(getTranslation("branches.col.city")).setAutoWidth(true);
        grid.addColumn(b -> b.closed() ? getTranslation("branches.closedAt", Formats.dateTime(b.closedAt()))
                : getTranslation("branches.open")).setHeader(getTranslation("accounts.col.state")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("accounts.col.actions")).setAutoWidth(true);
        Button create = new Button(getTranslation("branches.new"), VaadinIcon.PLUS.create(),
                e -> new BranchDialog(branches, null, this::refresh).open());
        create.setId("branch-new");
        add(new H2(getTranslation("branches.title")), create, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private HorizontalLayout actions(BranchSummary b) {
        HorizontalLayout bar = new HorizontalLayout();
        if (b.closed()) {
            return bar;
        }
        Button rename = new Button(getTranslation("branches.rename"), VaadinIcon.EDIT.create(),
                e -> new BranchDialog(branches, b, this::refresh).open());
        rename.setId("branch-rename-" + b.code());
        Button close = new Button(getTranslation("branches.close"), VaadinIcon.CLOSE_CIRCLE.create(), e -> confirmClose(b));
        close.setId("branch-close-" + b.code());
        for (Button button : new Button[] {rename, close}) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        bar.add(rename, close);
        return bar;
    }

    private void confirmClose(BranchSummary b) {
        StaffWorkload.Workload left = branches.occupancy(b.id());
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("branches.close.title", b.name()),
                getTranslation("branches.close.counts", left.clients(), left.openCases()),
                getTranslation("branches.close"), e -> {
            Problems problems = new Problems();
            if (problems.attempt(() -> branches.close(b.id()))) {
                Notification.show(getTranslation("branches.closed", b.name())).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } else {
                Notification.show(problems.getText(), 8000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
            refresh();
        });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.open();
    }

    private void refresh() {
        grid.setItems(branches.branches());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("branches.title") + " | " + getTranslation("app.title");
    }
}
