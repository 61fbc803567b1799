package com.marginportal.classification;

import java.util.List;

import com.marginportal.classification.domain.Reason;
import com.marginportal.client.ClientDirectory;
import com.marginportal.client.ClientFilter;
import com.marginportal.support.ClientFixture;
import com.marginportal.support.ModuleSlice;
import com.marginportal.support.SignedIn;
import com.marginportal.support.StaffFixture;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The classification pass checks suitability from the archive; the list and the 360 view read the result. A slice of
 * the classification module with the modules it uses; the staff and clients are the test's own.
 */
// as ClassificationModuleSupport and client.ClientBulkActionsModuleIT name it: all share one context
@ApplicationModuleTest(module = "classification", mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES,
        extraIncludes = {"importing", "service", "notification"}, verifyAutomatically = false)
class SuitabilityModuleIT extends ModuleSlice {

    @Autowired
    private ClassificationService classifications;
    @Autowired
    private SuitabilityService suitability;
    @Autowired
    private ClientDirectory directory;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private UserDetailsService users;

    @Test
    void aC3ClientWithoutTradingHistoryIsFlaggedWithBothReasonsAndTheFlagFollowsTheData() {
        StaffFixture.Branch branch = new StaffFixture(jdbc).branch(1);
        SignedIn.as(users, branch.manager(), () -> flaggedAndReassessed(branch));
    }

    private void flaggedAndReassessed(StaffFixture.Branch branch) {
        ClientFixture fixture = new ClientFixture(jdbc);
        long client = fixture.client(branch.id(), branch.advisor(1));
        long suitable = fixture.client(branch.id(), branch.advisor(1));
        fixture.riskTolerance(client, "C3");
        jdbc.sql("UPDATE client SET trading_since = NULL WHERE id = ?").param(client).update();

        classifications.recalculateAll();
        assertThat(suitability.issuesOf(client)).extracting(Reason::key)
                .containsExactly("suitability.toleranceBelow", "suitability.experienceUnknown");
        assertThat(suitability.issuesOf(client).get(0).figures()).containsExactly("C3", "C4");
        assertThat(suitability.issuesOf(suitable)).isEmpty();
        assertThat(directory.search(ClientFilter.NONE.withText(fixture.marker).withSuitabilityIssuesOnly(true), List.of(), 0, 10))
                .extracting(i -> i.clientId()).containsExactly(client);

        fixture.riskTolerance(client, "C5");
        jdbc.sql("UPDATE client SET trading_since = '2010-01-01' WHERE id = ?").param(client).update();
        classifications.recalculateAll();
        assertThat(suitability.issuesOf(client)).as("reassessed: suitable now").isEmpty();
    }

    @Test
    void issuesOfAClientOutsideTheScopeAreNotShown() {
        StaffFixture staff = new StaffFixture(jdbc);
        StaffFixture.Branch branch = staff.branch(1);
        String otherManager = staff.branch(1).manager();
        ClientFixture fixture = new ClientFixture(jdbc);
        long client = fixture.client(branch.id(), branch.advisor(1));
        fixture.suitabilityIssue(client);
        assertThat(SignedIn.as(users, otherManager, () -> suitability.issuesOf(client))).isEmpty();
        assertThat(SignedIn.as(users, branch.manager(), () -> suitability.issuesOf(client))).as("the branch's").isNotEmpty();
    }
}
