package com.marginportal.security.ui;

import java.util.Map;

import com.marginportal.security.BranchInfo;
import com.marginportal.security.Role;
import com.marginportal.security.UserAccount;
import com.marginportal.security.UserDirectory;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** For admins: who can sign in, with which role and branch. */
@Route("admin/users")
@RolesAllowed(Role.Names.ADMIN)
public class UserListView extends VerticalLayout implements HasDynamicTitle {

    public UserListView(UserDirectory users) {
        setSizeFull();
        Map<Long, BranchInfo> branches = users.branchesById();
        Grid<UserAccount> grid = new Grid<>(UserAccount.class, false);
        grid.setId("user-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(UserAccount::username).setHeader(getTranslation("users.col.username")).setAutoWidth(true);
        grid.addColumn(UserAccount::displayName).setHeader(getTranslation("users.col.name")).setAutoWidth(true);
        grid.addColumn(u -> getTranslation("role." + u.role().name())).setHeader(getTranslation("users.col.role"));
        grid.addColumn(u -> u.branchId() == null ? "" : branches.get(u.branchId()).name())
                .setHeader(getTranslation("clients.col.branch")).setAutoWidth(true);
        grid.addColumn(u -> getTranslation(u.enabled() ? "common.yes" : "common.no"))
                .setHeader(getTranslation("users.col.enabled"));
        grid.setItems(users.allUsers());
        add(new H2(getTranslation("users.title")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title") + " | " + getTranslation("app.title");
    }
}
