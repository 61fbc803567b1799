package com.marginportal.security;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
/**
 * Administrators manage accounts and branches; each refusal names its reason and changes nothing. (Closing a branch
 * that still holds clients needs the administration module's count: {@link BranchClosingIT}.)
 */
class AccountAdministrationModuleIT extends AccountsModuleSupport {

    @Autowired
    BranchAdministration branches;
    @Autowired
    PasswordChange passwords;

    @Test
    void accountsAreListedInNaturalOrder() {
        String prefix = "order" + branch.id() + "-";
        for (String name : List.of("adv10", "adv2", "adv9")) {
            staff.named(prefix + name, "ADVISOR", branch.id());
        }
        List<String> names = as(admin, () -> accounts.accounts()).stream().map(UserSummary::username)
                .filter(n -> n.startsWith(prefix)).toList();
        assertThat(names).containsExactly(prefix + "adv2", prefix + "adv9", prefix + "adv10");
    }

    @Test
    void onlyAdminsAdministerAccountsAndBranches() {
        assertThatThrownBy(() -> as(branch.manager(), () -> accounts.accounts())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(branch.advisor(1), () -> accounts.resetPassword(staff.userId(admin), "Whatever-2026")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(branch.manager(), () -> branches.create("XX01", "x", "y"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aNewAccountHasATemporaryPasswordThatMeetsThePolicy() {
        String login = uniqueLogin("newbie");
        assertThatThrownBy(() -> as(admin, () -> accounts.create(new NewAccount(login, "新人", Role.ADVISOR, branch.id(), null,
                null, "demo123")))).isInstanceOfSatisfying(PasswordRejected.class, e -> assertThat(e.problems())
                .containsExactly(PasswordPolicy.Problem.TOO_SHORT, PasswordPolicy.Problem.TOO_FEW_CLASSES));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = ?").param(login).query(Long.class).single())
                .as("nothing written").isZero();

        UserSummary created = as(admin, () -> accounts.create(new NewAccount(login, "新人", Role.ADVISOR, branch.id(),
                "138 0000 1111", "newbie@example.com", PASSWORD)));
        assertThat(created.passwordChangeRequired()).isTrue();
        assertThat(created.enabled()).isTrue();
        assertThat(auditOf("USER_CREATED", login)).hasSize(1);
    }

    @Test
    void badInputIsRefusedWithItsReason() {
        assertRejected(() -> accounts.create(new NewAccount("Bad Login", "x", Role.ADVISOR, branch.id(), null, null, PASSWORD)),
                AccountChangeRejected.Problem.LOGIN_INVALID);
        assertRejected(() -> accounts.create(new NewAccount(branch.advisor(1), "x", Role.ADVISOR, branch.id(), null, null, PASSWORD)),
                AccountChangeRejected.Problem.LOGIN_TAKEN);
        assertRejected(() -> accounts.create(new NewAccount(uniqueLogin("nobranch"), "x", Role.MANAGER, null, null, null, PASSWORD)),
                AccountChangeRejected.Problem.BRANCH_REQUIRED);
        assertRejected(() -> accounts.create(new NewAccount(uniqueLogin("mail"), "x", Role.ADVISOR, branch.id(), null, "not-a-mail", PASSWORD)),
                AccountChangeRejected.Problem.EMAIL_INVALID);
        long adminId = staff.userId(admin);
        assertRejected(() -> accounts.setEnabled(adminId, false), AccountChangeRejected.Problem.NOT_YOURSELF);
    }

    @Test
    void roleBranchDisableEnableAndResetAreAuditedWithBeforeAndAfter() {
        UserSummary user = newAccount("mover", Role.ADVISOR, branch.id(), true);
        UserSummary moved = as(admin, () -> accounts.edit(user.id(), "调动者", null, null, Role.MANAGER, emptyBranch.id()));
        assertThat(moved.role()).isEqualTo(Role.MANAGER);
        assertThat(moved.branchId()).isEqualTo(emptyBranch.id());
        assertThat(auditOf("USER_ROLE_CHANGED", user.username())).singleElement()
                .satisfies(r -> assertThat(r.details()).isEqualTo("Advisor, branch " + branch.id()
                        + " → Branch manager, branch " + emptyBranch.id()));

        as(admin, () -> accounts.setEnabled(user.id(), false));
        assertThat(as(admin, () -> accounts.account(user.id())).enabled()).isFalse();
        as(admin, () -> accounts.setEnabled(user.id(), true));
        assertThat(auditOf("USER_DISABLED", user.username())).singleElement()
                .satisfies(r -> assertThat(r.details()).isEqualTo("enabled → disabled"));
        assertThat(auditOf("USER_ENABLED", user.username())).singleElement()
                .satisfies(r -> assertThat(r.details()).isEqualTo("disabled → enabled"));

        UserSummary reset = as(admin, () -> accounts.resetPassword(user.id(), "Temporary-2026"));
        assertThat(reset.passwordChangeRequired()).as("a person changes it at the next sign-in").isTrue();
    }

    @Test
    void aUserChangesTheTemporaryPasswordOnceAndThePolicyApplies() {
        UserSummary user = newAccount("changer", Role.ADVISOR, branch.id(), false);
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

    private void assertRejected(Runnable change, AccountChangeRejected.Problem problem) {
        assertThatThrownBy(() -> as(admin, () -> {
            change.run();
            return null;
        })).isInstanceOfSatisfying(AccountChangeRejected.class, e -> assertThat(e.problem()).isEqualTo(problem));
    }
}
