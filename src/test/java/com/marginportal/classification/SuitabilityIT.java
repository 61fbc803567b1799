package com.marginportal.classification;

import java.util.List;

import com.marginportal.classification.domain.Reason;
import com.marginportal.client.ClientDirectory;
import com.marginportal.client.ClientFilter;
import com.marginportal.support.ClientFixture;
import com.marginportal.support.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** The classification pass checks suitability from the archive; the list and the 360 view read the result. */
class SuitabilityIT extends IntegrationTest {

    @Autowired
    private ClassificationService classifications;
    @Autowired
    private SuitabilityService suitability;
    @Autowired
    private ClientDirectory directory;
    @Autowired
    private JdbcClient jdbc;

    @Test
    @WithUserDetails("manager1")
    void aC3ClientWithoutTradingHistoryIsFlaggedWithBothReasonsAndTheFlagFollowsTheData() {
        ClientFixture fixture = new ClientFixture(jdbc);
        long client = fixture.client(1, "advisor1");
        long suitable = fixture.client(1, "advisor1");
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
    @WithUserDetails("manager2")
    void issuesOfAClientOutsideTheScopeAreNotShown() {
        ClientFixture fixture = new ClientFixture(jdbc);
        long client = fixture.client(1, "advisor1");
        fixture.suitabilityIssue(client);
        assertThat(suitability.issuesOf(client)).isEmpty();
    }
}
