package com.marginportal.service;

import java.util.function.Supplier;

import com.marginportal.risk.RiskFixture;
import com.marginportal.support.ModuleSlice;
import com.marginportal.support.SignedIn;
import com.marginportal.support.StaffFixture;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Base of the client service module's slices: the module with every module it uses (its classification needs risk
 * and importing; no process engine: the breach workflow adds its resolution records to the timeline, the timeline
 * does not read them). Each test has a branch of its own with a manager and two advisors, another branch with one
 * advisor, an administrator, and clients of the first advisor ({@link #newClient()}).
 */
// importing plugs in as in the application: an archive import that names another advisor moves the service work
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "importing",
        verifyAutomatically = false)
abstract class ServiceModuleSupport extends ModuleSlice {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    private UserDetailsService users;

    StaffFixture.Branch branch;
    StaffFixture.Branch otherBranch;
    String admin;
    private StaffFixture staff;

    @BeforeEach
    void staffOfTheirOwn() {
        staff = new StaffFixture(jdbc);
        branch = staff.branch(2);
        otherBranch = staff.branch(1);
        admin = staff.admin();
    }

    /** A client of the branch's first advisor whose account stays far from every line (ratio 428.57% at price 30). */
    RiskFixture newClient() {
        RiskFixture client = new RiskFixture(jdbc, branch.id(), branch.advisor(1));
        client.price("30");
        return client;
    }

    long userId(String username) {
        return staff.userId(username);
    }

    <T> T as(String username, Supplier<T> action) {
        return SignedIn.as(users, username, action);
    }

    void as(String username, Runnable action) {
        as(username, () -> {
            action.run();
            return null;
        });
    }
}
