package com.marginportal.administration.ui;

import java.time.Clock;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.marginportal.administration.AdvisorHandover;
import com.marginportal.security.AccountAdministration;
import com.marginportal.security.BranchAdministration;
import com.marginportal.security.BranchSummary;
import com.marginportal.security.Role;
import com.marginportal.security.UserSummary;
import com.marginportal.shell.Badge;
import com.marginportal.shell.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * For admins: every account with its role, branch, state and last sign-in, in natural order; create, edit,
 * reset password, disable/enable, unlock, and an advisor's handover when they leave. The services check again.
 */
@Route("admin/users")
@RolesAllowed(Role.Names.ADMIN)
public class UserAdminView extends VerticalLayout implements HasDynamicTitle {

    private final AccountAdministration accounts;
    private final BranchAdministration branches;
    private final AdvisorHandover handover;
    private final Clock clock;
    private final Grid<UserSummary> grid = new Grid<>(UserSummary.class, false);
    private Map<Long, BranchSummary> branchesById = Map.of();

    public UserAdminView(AccountAdministration accounts, BranchAdministration branches, AdvisorHandover handover,
                         Clock clock) {
        this.accounts = accounts;
        this.branches = branches;
        this.handover = handover;
        this.clock = clock;
        setSizeFull();
        grid.setId("user-grid");
        grid.setEmptyStateText(getTranslation("users.empty"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(UserSummary::username).setHeader(getTranslation("users.col.username")).setWidth("5rem").setFlexGrow(1);
        grid.addColumn(UserSummary::displayName).setHeader(getTranslation("users.col.name")).setWidth("5rem").setFlexGrow(1);
        grid.addColumn(u -> getTranslation("role." + u.role().name())).setHeader(getTranslation("users.col.role")).setWidth("7.5rem").setFlexGrow(0);
        grid.addColumn(u -> u.branchId() == null || !branchesById.containsKey(u.branchId()) ? "" : branchesById.get(u.branchId()).name())
                .setHeader(getTranslation("clients.col.branch")).setAutoWidth(true).setFlexGrow(1); // a name on one line
        grid.addComponentColumn(this::state).setKey("state").setHeader(getTranslation("accounts.col.state"))
                .setWidth("5rem").setFlexGrow(1);
        grid.addColumn(u -> u.lastSignInAt() == null ? getTranslation("accounts.never") : Formats.dateTime(u.lastSignInAt()))
                .setHeader(getTranslation("accounts.col.lastSignIn")).setWidth("9.5rem").setFlexGrow(0);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("accounts.col.actions"))
                .setAutoWidth(true).setFlexGrow(0); // the room left goes to names, not to the buttons

        Button create = new Button(getTranslation("accounts.new"), VaadinIcon.PLUS.create(),
                e -> new AccountDialog(accounts, branches.branches(), null, this::refresh).open());
        create.setId("account-new");
        add(new H2(getTranslation("users.title")), create, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    /** An account's state as badges an admin reads at a glance: a locked or disabled account stands out. */
    private Div state(UserSummary u) {
        Div state = new Div(Badge.of(getTranslation(u.enabled() ? "accounts.state.enabled" : "accounts.state.disabled"),
                u.enabled() ? "success" : "contrast"));
        state.addClassName("state-badges");
        if (u.lockedAt(clock.instant())) {
            state.add(Badge.of(getTranslation("accounts.state.locked", Formats.dateTime(u.lockedUntil())), "error"));
        }
        if (u.directoryManaged()) {
            state.add(Badge.of(getTranslation("accounts.state.directory"), ""));
        }
        if (u.passwordChangeRequired()) {
            state.add(Badge.of(getTranslation("accounts.state.mustChange"), "contrast"));
        }
        return state;
    }

    private HorizontalLayout actions(UserSummary u) {
        HorizontalLayout bar = new HorizontalLayout();
        bar.setSpacing(false);
        bar.add(small("edit", VaadinIcon.EDIT, u, () -> new AccountDialog(accounts, branches.branches(), u, this::refresh).open()));
        // the frequent, familiar actions as icons named by tooltip and label, so the row's names stay on one line
        if (!u.directoryManaged()) { // the directory keeps its password
            bar.add(icon("reset", VaadinIcon.KEY, u, () -> new ResetPasswordDialog(accounts, u, this::refresh).open()));
        }
        if (u.lockedAt(clock.instant())) {
            bar.add(icon("unlock", VaadinIcon.UNLOCK, u, () -> change(() -> accounts.unlock(u.id()))));
        }
        bar.add(u.enabled()
                ? icon("disable", VaadinIcon.BAN, u, () -> change(() -> accounts.setEnabled(u.id(), false)))
                : icon("enable", VaadinIcon.CHECK, u, () -> change(() -> accounts.setEnabled(u.id(), true))));
        if (u.role() == Role.ADVISOR && u.enabled()) {
            bar.add(small("handover", VaadinIcon.EXCHANGE, u, () -> new HandoverDialog(handover, u.id(), this::refresh).open()));
        }
        return bar;
    }

    private Button small(String action, VaadinIcon icon, UserSummary u, Runnable run) {
        Button b = new Button(getTranslation("accounts.action." + action), icon.create(), e -> run.run());
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        b.setId("user-" + action + "-" + u.username());
        return b;
    }

    private Button icon(String action, VaadinIcon icon, UserSummary u, Runnable run) {
        Button b = small(action, icon, u, run);
        String label = b.getText();
        b.setText(null);
        b.addThemeVariants(ButtonVariant.LUMO_ICON);
        b.setTooltipText(label);
        b.setAriaLabel(label);
        return b;
    }

    /** A change without a form: a refusal is shown as a notification, in words. */
    private void change(Runnable run) {
        Problems problems = new Problems();
        if (!problems.attempt(run)) {
            Notification.show(problems.getText(), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    private void refresh() {
        branchesById = branches.branches().stream().collect(Collectors.toMap(BranchSummary::id, Function.identity()));
        grid.setItems(accounts.accounts());
        // auto widths are measured on the rows first shown: on a new installation only the administrator's, whose
        // actions lack "handover", so the first advisor's actions were cut at the grid's edge until a reload
        grid.recalculateColumnWidths();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title") + " | " + getTranslation("app.title");
    }
}
