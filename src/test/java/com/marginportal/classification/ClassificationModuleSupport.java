package com.marginportal.classification;

import com.marginportal.support.ModuleSlice;
import com.marginportal.support.StaffFixture;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * Base of the classification slices that cross into other modules: classification with every module it uses, and
 * those that plug in as in the application — importing (an import reclassifies the clients it changed), the client
 * service and notification (the timeline shows recommendation answers). The people are the slices' own, made once per
 * schema under fixed names for {@code @WithUserDetails(value = …, setupBefore = TEST_EXECUTION)}: a manager and three
 * advisors of one branch, a manager and an advisor of another, a third branch with no one, an administrator.
 */
@ApplicationModuleTest(module = "classification", mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES,
        extraIncludes = {"importing", "service", "notification"}, verifyAutomatically = false)
abstract class ClassificationModuleSupport extends ModuleSlice {

    static final String ADMIN = "cls-admin";
    static final String MANAGER = "cls-manager";
    static final String ADVISOR = "cls-advisor";
    static final String COLLEAGUE = "cls-advisor2";
    static final String THIRD_ADVISOR = "cls-advisor3";
    static final String OTHER_MANAGER = "cls-manager-elsewhere";
    static final String OTHER_ADVISOR = "cls-advisor-elsewhere";

    /** The people's branches: ADVISOR's, OTHER_ADVISOR's, and one with no one. */
    private static long[] branches;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ClassificationService classifications;

    @BeforeEach
    void people() {
        synchronized (ClassificationModuleSupport.class) {
            if (branches == null) {
                StaffFixture staff = new StaffFixture(jdbc);
                long own = staff.branch(0).id();
                long other = staff.branch(0).id();
                for (String advisor : new String[] {ADVISOR, COLLEAGUE, THIRD_ADVISOR}) {
                    staff.named(advisor, "ADVISOR", own);
                }
                staff.named(MANAGER, "MANAGER", own);
                staff.named(OTHER_ADVISOR, "ADVISOR", other);
                staff.named(OTHER_MANAGER, "MANAGER", other);
                staff.admin(ADMIN);
                branches = new long[] {own, other, staff.branch(0).id()};
            }
        }
    }

    long branch() {
        return branches[0];
    }

    long otherBranch() {
        return branches[1];
    }

    long thirdBranch() {
        return branches[2];
    }

    /** A client of ADVISOR held to these classes. */
    ClassifiedClient client(String risk, String trading, String scale, String needs) {
        return new ClassifiedClient(jdbc, classifications, branch(), ADVISOR, risk, trading, scale, needs);
    }
}
