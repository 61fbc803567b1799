package com.marginportal.classification;

import com.marginportal.support.ModuleSlice;
import com.marginportal.support.StaffFixture;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * Base of the recommendation slices: classification with every module it uses, and the client service, whose timeline
 * shows the answers (with notification, which the timeline reads too). The people are the slices' own, made once per schema under fixed names for
 * {@code @WithUserDetails(value = …, setupBefore = TEST_EXECUTION)}: an advisor and a manager of one branch, an
 * advisor of another, an administrator.
 */
@ApplicationModuleTest(module = "classification", mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES,
        extraIncludes = {"service", "notification"}, verifyAutomatically = false)
abstract class RecommendationModuleSupport extends ModuleSlice {

    static final String ADMIN = "rec-admin";
    static final String MANAGER = "rec-manager";
    static final String ADVISOR = "rec-advisor";
    static final String OTHER_ADVISOR = "rec-advisor-elsewhere";

    private static Long branch;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ClassificationService classifications;

    @BeforeEach
    void people() {
        synchronized (RecommendationModuleSupport.class) {
            if (branch == null) {
                StaffFixture staff = new StaffFixture(jdbc);
                branch = staff.branch(0).id();
                staff.named(ADVISOR, "ADVISOR", branch);
                staff.named(MANAGER, "MANAGER", branch);
                staff.named(OTHER_ADVISOR, "ADVISOR", staff.branch(0).id());
                staff.admin(ADMIN);
            }
        }
    }

    /** A client of ADVISOR held to these classes. */
    ClassifiedClient client(String risk, String trading, String scale, String needs) {
        return new ClassifiedClient(jdbc, classifications, branch, ADVISOR, risk, trading, scale, needs);
    }
}
