package com.marginportal.security;

import java.util.List;
import java.util.Map;

import com.marginportal.administration.ui.UserAdminView;
import com.marginportal.client.ui.ClientListView;
import com.marginportal.administration.ui.AuditLogView;
import com.marginportal.administration.ui.ChangePasswordView;
import com.marginportal.shell.LoginView;
import com.marginportal.support.ViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.WebAttributes;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The views of accounts and sign-in, browser-less: the forced password change, the login page's reasons, the users
 * view (natural order, a refused password explained), the audit log in words.
 */
class AccountViewsIT extends ViewTest {

    private static final String PASSWORD = "Margin-2026x";

    @Autowired
    AccountAdministration accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aTemporaryPasswordLeadsEveryRouteToTheChangeUntilItIsChanged() {
        String login = "forced-" + System.nanoTime() % 1_000_000;
        asAdmin(() -> accounts.create(new NewAccount(login, "新员工", Role.ADVISOR, 1L, null, null, PASSWORD)));
        login(login);
        navigate("clients");
        assertThat(currentView()).isEqualTo(ChangePasswordView.class);
        navigate("risk/cases");
        assertThat(currentView()).isEqualTo(ChangePasswordView.class);

        _get(PasswordField.class, spec -> spec.withId("password-current")).setValue(PASSWORD);
        _get(PasswordField.class, spec -> spec.withId("password-new")).setValue("short");
        _get(PasswordField.class, spec -> spec.withId("password-repeat")).setValue("short");
        _click(_get(Button.class, spec -> spec.withId("password-save")));
        PasswordField fresh = _get(PasswordField.class, spec -> spec.withId("password-new"));
        assertThat(fresh.isInvalid()).isTrue();
        assertThat(fresh.getErrorMessage()).contains("长度不足").contains("至少 10 个字符");

        fresh.setValue("Own-Password-1");
        _get(PasswordField.class, spec -> spec.withId("password-repeat")).setValue("Own-Password-1");
        _click(_get(Button.class, spec -> spec.withId("password-save")));
        navigate("clients");
        assertThat(currentView()).isEqualTo(ClientListView.class);
    }

    @Test
    void theLoginPageSaysWhyASignInWasRefused() {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new SignInRefused(SignInRefused.Reason.SERVICE_ACCOUNT, "test"));
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "")));
        assertThat(currentView()).isEqualTo(LoginView.class);
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n"))).contains("服务账号");

        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new SignInRefused(SignInRefused.Reason.ACCOUNT_LOCKED, "test"));
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "")));
        assertThat(String.valueOf(_get(LoginForm.class).getElement().getPropertyRaw("i18n"))).contains("临时锁定");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theUsersViewListsAccountsInNaturalOrderAndExplainsARefusedPassword() {
        login("admin");
        navigate("admin/users");
        assertThat(currentView()).isEqualTo(UserAdminView.class);
        Grid<UserSummary> grid = _get(Grid.class, spec -> spec.withId("user-grid"));
        List<String> names = grid.getListDataView().getItems().map(UserSummary::username).toList();
        assertThat(names.indexOf("advisor2")).isLessThan(names.indexOf("advisor10"));
        assertThat(_size(grid)).isEqualTo(names.size());

        _click(_get(Button.class, spec -> spec.withId("account-new")));
        _get(TextField.class, spec -> spec.withId("account-username")).setValue("view-" + System.nanoTime() % 1_000_000);
        _get(TextField.class, spec -> spec.withId("account-name")).setValue("视图测试");
        ((Select<Role>) _get(Select.class, spec -> spec.withId("account-role"))).setValue(Role.MANAGER);
        ComboBox<BranchSummary> branch = _get(ComboBox.class, spec -> spec.withId("account-branch"));
        branch.setValue(branch.getListDataView().getItem(0));
        _get(PasswordField.class, spec -> spec.withId("account-password")).setValue("demo123");
        _click(_get(Button.class, spec -> spec.withId("account-save")));
        assertThat(_get(Span.class, spec -> spec.withId("admin-error")).getText())
                .contains("长度不足").contains("字符种类不足").contains("至少 10 个字符");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aLockedAccountStandsOutInTheUsersList() {
        String login = "locked-" + System.nanoTime() % 1_000_000;
        asAdmin(() -> accounts.create(new NewAccount(login, "锁定测试", Role.ADVISOR, 1L, null, null, PASSWORD)));
        jdbc.sql("UPDATE app_user SET locked_until = ?, password_change_required = TRUE WHERE username = ?")
                .params(java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).plusHours(1), login).update();
        login("admin");
        navigate("clients");
        navigate("admin/users");
        Grid<UserSummary> grid = _get(Grid.class, spec -> spec.withId("user-grid"));
        List<UserSummary> rows = grid.getListDataView().getItems().toList();
        int row = java.util.stream.IntStream.range(0, rows.size()).filter(i -> rows.get(i).username().equals(login))
                .findFirst().orElseThrow();
        var state = (com.vaadin.flow.component.Component) com.github.mvysny.kaributesting.v10.GridKt
                ._getCellComponent(grid, row, "state");
        List<Span> badges = state.getChildren().map(Span.class::cast).toList();
        assertThat(badges).hasSize(3);
        assertThat(badges.get(0).getText()).isEqualTo("启用");
        assertThat(badges.get(2).getText()).isEqualTo("须修改密码");
        assertThat(badges.get(1).getText()).startsWith("锁定至 ");
        assertThat(badges.get(1).getElement().getThemeList()).as("stands out").contains("badge", "error");

        // the row's actions: Edit in words, the familiar ones as icons that still say what they do
        var actions = (com.vaadin.flow.component.Component) com.github.mvysny.kaributesting.v10.GridKt
                ._getCellComponent(grid, row, "actions");
        Map<String, Button> byId = actions.getChildren().map(Button.class::cast)
                .collect(java.util.stream.Collectors.toMap(b -> b.getId().orElseThrow(), b -> b));
        assertThat(byId.get("user-edit-" + login).getText()).isEqualTo("编辑");
        for (var expected : Map.of("reset", "重置密码", "unlock", "解锁", "disable", "停用").entrySet()) {
            Button b = byId.get("user-" + expected.getKey() + "-" + login);
            assertThat(b.getText()).as(expected.getKey()).isEmpty();
            assertThat(b.getTooltip().getText()).as(expected.getKey()).isEqualTo(expected.getValue());
            assertThat(b.getAriaLabel()).as(expected.getKey()).contains(expected.getValue());
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAuditLogShowsActionsInWordsAndFiltersByAction() {
        String login = "audited-" + System.nanoTime() % 1_000_000;
        asAdmin(() -> accounts.create(new NewAccount(login, "审计", Role.ADVISOR, 1L, null, null, PASSWORD)));
        login("admin");
        navigate("admin/audit");
        assertThat(currentView()).isEqualTo(AuditLogView.class);
        ComboBox<String> action = _get(ComboBox.class, spec -> spec.withId("audit-action"));
        action.setValue("USER_CREATED");
        _get(TextField.class, spec -> spec.withId("audit-object-id")).setValue(login);
        Grid<AuditRecord> grid = _get(Grid.class, spec -> spec.withId("audit-grid"));
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_getFormattedRow(grid, 0)).contains("新建用户", "用户 " + login).doesNotContain("USER_CREATED");
    }

    /** What the system wrote reads in the reader's language; the stored details stay as they were (English). */
    @Test
    void theSystemsOwnDetailsReadInTheReadersLanguage() {
        String login = "reset-" + System.nanoTime() % 1_000_000;
        asAdmin(() -> {
            long id = accounts.create(new NewAccount(login, "重置", Role.ADVISOR, 1L, null, null, PASSWORD)).id();
            accounts.resetPassword(id, PASSWORD + "x");
        });
        login("admin");
        Grid<AuditRecord> grid = auditGrid("PASSWORD_RESET", login);
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(shownDetails(grid)).isEqualTo("已设临时密码");
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._get(grid, 0).details()).isEqualTo("temporary password");

        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        assertThat(shownDetails(auditGrid("PASSWORD_RESET", login))).isEqualTo("temporary password");
    }

    /** Codes among the system's details (a role, a status) read as words too, in either language. */
    @Test
    void codesInTheSystemsDetailsReadAsWords() {
        String login = "move-" + System.nanoTime() % 1_000_000;
        asAdmin(() -> {
            long id = accounts.create(new NewAccount(login, "调动", Role.ADVISOR, 1L, null, null, PASSWORD)).id();
            accounts.edit(id, "调动", null, null, Role.MANAGER, 2L);
        });
        login("admin");
        Grid<AuditRecord> grid = auditGrid("USER_ROLE_CHANGED", login);
        assertThat(shownDetails(grid)).isEqualTo("客户经理，营业部 1 → 营业部经理，营业部 2");
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._get(grid, 0).details()).isEqualTo("Advisor, branch 1 → Branch manager, branch 2");
    }

    /** The audit log, as the view lists it, filtered to one action on one object. */
    @SuppressWarnings("unchecked")
    private Grid<AuditRecord> auditGrid(String action, String objectId) {
        navigate("admin/audit");
        _get(ComboBox.class, spec -> spec.withId("audit-action")).setValue(action);
        _get(TextField.class, spec -> spec.withId("audit-object-id")).setValue(objectId);
        return _get(Grid.class, spec -> spec.withId("audit-grid"));
    }

    private static String shownDetails(Grid<AuditRecord> grid) {
        return ((com.vaadin.flow.component.html.Span) com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid, 0, "details")).getText();
    }

    private void asAdmin(Runnable action) {
        var admin = users.loadUserByUsername("admin");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        try {
            action.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
