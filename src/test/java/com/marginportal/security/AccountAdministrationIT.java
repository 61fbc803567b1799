package com.marginportal.security;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Administrators manage accounts and branches; each refusal names its reason and changes nothing. */
class AccountAdministrationIT extends AccountsTestSupport {

    @Autowired
    BranchAdministration branches;
    @Autowired
    PasswordChange passwords;

    @Test
    void accountsAreListedInNaturalOrder() {
        List<String> names = as("admin", () -> accounts.accounts()).stream().map(UserSummary::username).toList();
        assertThat(names.indexOf("advisor2")).isLessThan(names.indexOf("advisor10"));
        assertThat(names.indexOf("advisor9")).isLessThan(names.indexOf("advisor10"));
    }

    @Test
    void onlyAdminsAdministerAccountsAndBranches() {
        assertThatThrownBy(() -> as("manager1", () -> accounts.accounts())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("advisor1", () -> accounts.resetPassword(1L, "Whatever-2026")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("manager1", () -> branches.create("XX01", "x", "y"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aNewAccountHasATemporaryPasswordThatMeetsThePolicy() {
        String login = uniqueLogin("newbie");
        assertThatThrownBy(() -> as("admin", () -> accounts.create(new NewAccount(login, "新人", Role.ADVISOR, 1L, null,
                null, "demo123")))).isInstanceOfSatisfying(PasswordRejected.class, e -> assertThat(e.problems())
                .containsExactly(PasswordPolicy.Problem.TOO_SHORT, PasswordPolicy.Problem.TOO_FEW_CLASSES));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = ?").param(login).query(Long.class).single())
                .as("nothing written").isZero();

        UserSummary created = as("admin", () -> accounts.create(new NewAccount(login, "新人", Role.ADVISOR, 1L,
                "138 0000 1111", "newbie@example.com", PASSWORD)));
        assertThat(created.passwordChangeRequired()).isTrue();
        assertThat(created.enabled()).isTrue();
        assertThat(auditOf("USER_CREATED", login)).hasSize(1);
    }

    @Test
    void badInputIsRefusedWithItsReason() {
        assertRejected(() -> accounts.create(new NewAccount("Bad Login", "x", Role.ADVISOR, 1L, null, null, PASSWORD)),
                AccountChangeRejected.Problem.LOGIN_INVALID);
        assertRejected(() -> accounts.create(new NewAccount("advisor1", "x", Role.ADVISOR, 1L, null, null, PASSWORD)),
                AccountChangeRejected.Problem.LOGIN_TAKEN);
        assertRejected(() -> accounts.create(new NewAccount(uniqueLogin("nobranch"), "x", Role.MANAGER, null, null, null, PASSWORD)),
                AccountChangeRejected.Problem.BRANCH_REQUIRED);
        assertRejected(() -> accounts.create(new NewAccount(uniqueLogin("mail"), "x", Role.ADVISOR, 1L, null, "not-a-mail", PASSWORD)),
                AccountChangeRejected.Problem.EMAIL_INVALID);
        long adminId = jdbc.sql("SELECT id FROM app_user WHERE username = 'admin'").query(Long.class).single();
        assertRejected(() -> accounts.setEnabled(adminId, false), AccountChangeRejected.Problem.NOT_YOURSELF);
    }

    @Test
    void roleBranchDisableEnableAndResetAreAuditedWithBeforeAndAfter() {
        UserSummary user = newAccount("mover", Role.ADVISOR, 1L, true);
        UserSummary moved = as("admin", () -> accounts.edit(user.id(), "调动者", null, null, Role.MANAGER, 2L));
        assertThat(moved.role()).isEqualTo(Role.MANAGER);
        assertThat(moved.branchId()).isEqualTo(2L);
        assertThat(auditOf("USER_ROLE_CHANGED", user.username())).singleElement()
                .satisfies(r -> assertThat(r.details()).isEqualTo("Advisor, branch 1 → Branch manager, branch 2"));

        as("admin", () -> accounts.setEnabled(user.id(), false));
        assertThat(as("admin", () -> accounts.account(user.id())).enabled()).isFalse();
        as("admin", () -> accounts.setEnabled(user.id(), true));
        assertThat(auditOf("USER_DISABLED", user.username())).singleElement()
                .satisfies(r -> assertThat(r.details()).isEqualTo("enabled → disabled"));
        assertThat(auditOf("USER_ENABLED", user.username())).singleElement()
                .satisfies(r -> assertThat(r.details()).isEqualTo("disabled → enabled"));

        UserSummary reset = as("admin", () -> accounts.resetPassword(user.id(), "Temporary-2026"));
        assertThat(reset.passwordChangeRequired()).as("a person changes it at the next sign-in").isTrue();
    }

    @Test
    void aUserChangesTheTemporaryPasswordOnceAndThePolicyApplies() {
        UserSummary user = newAccount("changer", Role.ADVISOR, 1L, false);
        assertThat(as(user.username(), () -> passwords.required())).isTrue();
        assertThatThrownBy(() -> as(user.username(), () -> {
            passwords.change("wrong", "Another-2026x");
            return null;
        })).isInstanceOf(org.springframework.security.authentication.BadCredentialsException.class);
        assertThatThrownBy(() -> as(user.username(), () -> {
            passwords.change(PASSWORD, PASSWORD);
            return null;
        })).isInstanceOfSatisfying(PasswordRejected.class,
                e -> assertThat(e.problems()).containsExactly(PasswordPolicy.Problem.SAME_AS_CURRENT));
        as(user.username(), () -> {
            passwords.change(PASSWORD, "Another-2026x");
            return null;
        });
        assertThat(as(user.username(), () -> passwords.required())).isFalse();
        assertThat(auditOf("PASSWORD_CHANGED", user.username())).hasSize(1);
    }

    @Test
    void aBranchClosesOnlyWhenEmptyAndTheRefusalGivesTheCounts() {
        long clients = jdbc.sql("SELECT COUNT(*) FROM client WHERE branch_id = 1").query(Long.class).single();
        assertThatThrownBy(() -> as("admin", () -> branches.close(1L)))
                .isInstanceOfSatisfying(AccountChangeRejected.class, e -> {
                    assertThat(e.problem()).isEqualTo(AccountChangeRejected.Problem.BRANCH_IN_USE);
                    assertThat(e.args()[1]).isEqualTo(clients);
                });
        assertThat(as("admin", () -> branches.branches()).get(0).closed()).isFalse();

        String code = "T" + (System.nanoTime() % 100_000);
        BranchSummary created = as("admin", () -> branches.create(code, "测试营业部", "上海"));
        BranchSummary renamed = as("admin", () -> branches.rename(created.id(), "测试二部", "苏州"));
        assertThat(renamed.name()).isEqualTo("测试二部");
        assertRejected(() -> branches.create(code, "重复", "上海"), AccountChangeRejected.Problem.BRANCH_CODE_TAKEN);

        UserSummary staff = newAccount("branch-staff", Role.MANAGER, created.id(), true);
        assertRejected(() -> branches.close(created.id()), AccountChangeRejected.Problem.BRANCH_HAS_STAFF);
        as("admin", () -> accounts.setEnabled(staff.id(), false));
        assertThat(as("admin", () -> branches.close(created.id())).closed()).isTrue();
        assertRejected(() -> accounts.create(new NewAccount(uniqueLogin("late"), "x", Role.ADVISOR, created.id(), null,
                null, PASSWORD)), AccountChangeRejected.Problem.BRANCH_CLOSED);
        assertThat(audit.latest("BRANCH_CLOSED", 50)).anySatisfy(r -> assertThat(r.entityId()).isEqualTo(code));
    }

    private void assertRejected(Runnable change, AccountChangeRejected.Problem problem) {
        assertThatThrownBy(() -> as("admin", () -> {
            change.run();
            return null;
        })).isInstanceOfSatisfying(AccountChangeRejected.class, e -> assertThat(e.problem()).isEqualTo(problem));
    }
}
