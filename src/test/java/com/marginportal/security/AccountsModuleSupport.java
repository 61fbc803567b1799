package com.marginportal.security;

import java.util.List;
import java.util.function.Supplier;

import com.marginportal.support.ModuleSlice;
import com.marginportal.support.SignedIn;
import com.marginportal.support.StaffFixture;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Base of the account administration slices: the security module with the modules it uses, no web server. Each test
 * has a branch of its own with a manager and an advisor, another empty branch, and an administrator; the accounts it
 * administers it creates through the real service ({@link #newAccount}). Sign-ins over HTTP stay with
 * {@link AccountsTestSupport}.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, verifyAutomatically = false)
abstract class AccountsModuleSupport extends ModuleSlice {

    static final String PASSWORD = AccountsTestSupport.PASSWORD;

    @Autowired
    AccountAdministration accounts;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    private UserDetailsService users;

    StaffFixture staff;
    StaffFixture.Branch branch;
    StaffFixture.Branch emptyBranch;
    String admin;

    @BeforeEach
    void staffOfTheirOwn() {
        staff = new StaffFixture(jdbc);
        branch = staff.branch(1);
        emptyBranch = staff.branch(0);
        admin = staff.admin();
    }

    static String uniqueLogin(String prefix) {
        return AccountsTestSupport.uniqueLogin(prefix);
    }

    <T> T as(String username, Supplier<T> action) {
        return SignedIn.as(users, username, action);
    }

    /** A new account; people get a temporary password, so {@code settled} clears that as a changed password would. */
    UserSummary newAccount(String prefix, Role role, Long branchId, boolean settled) {
        return AccountsTestSupport.settled(jdbc, as(admin, () -> accounts.create(new NewAccount(uniqueLogin(prefix),
                "测试用户", role, branchId, null, null, PASSWORD))), settled);
    }

    List<AuditRecord> auditOf(String action, String username) {
        return AccountsTestSupport.auditOf(audit, action, username);
    }
}
