package com.marginportal.classification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.marginportal.classification.domain.Dimension;
import com.marginportal.client.ClientDirectory;
import com.marginportal.client.ClientFilter;
import com.marginportal.client.ClientListItem;
import com.marginportal.support.ClientFixture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Segment filters, matrix and distributions on MariaDB: by effective value (an override in force wins, an
 * expired one does not count), within the caller's scope, and the matrix agrees with the list cell by cell.
 */
class SegmentsModuleIT extends ClassificationModuleSupport {

    @Autowired
    private ClientDirectory directory;
    @Autowired
    private SegmentService segments;
    @Autowired
    private Clock clock;

    private ClientFixture fixture;
    private LocalDate today;

    @BeforeEach
    void fixture() {
        fixture = new ClientFixture(jdbc);
        today = LocalDate.now(clock);
    }

    @Test
    @WithUserDetails(value = MANAGER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void filtersUseTheEffectiveValueWhereAValidOverrideWinsAndAnExpiredOneDoesNot() {
        long computedHigh = fixture.client(branch(), ADVISOR);
        long overriddenToHigh = fixture.client(branch(), ADVISOR);
        long overriddenAway = fixture.client(branch(), COLLEAGUE);
        long expiredOverride = fixture.client(branch(), COLLEAGUE);
        long overrideEndsToday = fixture.client(branch(), ADVISOR);
        long neverClassified = fixture.client(branch(), ADVISOR);
        long otherBranch = fixture.client(otherBranch(), OTHER_ADVISOR);
        fixture.computed(computedHigh, "RISK_LEVEL", "HIGH").computed(computedHigh, "ASSET_SCALE", "HIGH_NET_WORTH")
                .computed(overriddenToHigh, "RISK_LEVEL", "LOW").override(overriddenToHigh, "RISK_LEVEL", "HIGH", null)
                .computed(overriddenToHigh, "ASSET_SCALE", "ORDINARY")
                .computed(overriddenAway, "RISK_LEVEL", "HIGH").override(overriddenAway, "RISK_LEVEL", "LOW", today.plusDays(1))
                .computed(expiredOverride, "RISK_LEVEL", "MEDIUM").override(expiredOverride, "RISK_LEVEL", "HIGH", today.minusDays(1))
                .computed(overrideEndsToday, "RISK_LEVEL", "LOW").override(overrideEndsToday, "RISK_LEVEL", "HIGH", today)
                .unclassified(neverClassified)
                .computed(otherBranch, "RISK_LEVEL", "HIGH");
        ClientFilter mine = ClientFilter.NONE.withText(fixture.marker);

        assertThat(ids(mine.withSegment("RISK_LEVEL", "HIGH")))
                .containsExactlyInAnyOrder(computedHigh, overriddenToHigh, overrideEndsToday);
        assertThat(ids(mine.withSegment("RISK_LEVEL", "LOW"))).containsExactly(overriddenAway);
        assertThat(ids(mine.withSegment("RISK_LEVEL", "MEDIUM"))).containsExactly(expiredOverride);
        assertThat(ids(mine.withSegment("RISK_LEVEL", "UNCLASSIFIED"))).containsExactly(neverClassified);
        assertThat(ids(mine.withSegment("RISK_LEVEL", "HIGH").withSegment("ASSET_SCALE", "HIGH_NET_WORTH")))
                .containsExactly(computedHigh);
        assertThat(directory.count(mine.withSegment("RISK_LEVEL", "HIGH"))).as("count agrees with the rows").isEqualTo(3);

        ClientListItem shown = directory.search(mine.withSegment("ASSET_SCALE", "ORDINARY"), List.of(), 0, 10).get(0);
        assertThat(shown.segments().values()).containsEntry("RISK_LEVEL", "HIGH").containsEntry("ASSET_SCALE", "ORDINARY")
                .containsEntry("NEEDS", "UNCLASSIFIED");
    }

    @Test
    @WithUserDetails(value = ADVISOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void anAdvisorsFilterNeverReachesBeyondTheirBook() {
        long own = fixture.client(branch(), ADVISOR);
        long colleagues = fixture.client(branch(), COLLEAGUE);
        fixture.computed(own, "NEEDS", "ACTIVE").computed(colleagues, "NEEDS", "ACTIVE");
        assertThat(ids(ClientFilter.NONE.withText(fixture.marker).withSegment("NEEDS", "ACTIVE"))).containsExactly(own);
    }

    @Test
    @WithUserDetails(value = MANAGER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void suitabilityIssuesOnlyKeepsTheFlaggedClients() {
        long flagged = fixture.client(branch(), ADVISOR);
        fixture.client(branch(), ADVISOR);
        fixture.suitabilityIssue(flagged);
        ClientFilter issues = ClientFilter.NONE.withText(fixture.marker).withSuitabilityIssuesOnly(true);
        assertThat(ids(issues)).containsExactly(flagged);
        assertThat(directory.search(issues, List.of(), 0, 10).get(0).segments().suitabilityIssue()).isTrue();
    }

    @Test
    @WithUserDetails(value = MANAGER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void everyCellOfTheMatrixCountsWhatTheFilteredListShows() {
        classifications.recalculateAll();
        long overridden = fixture.client(branch(), ADVISOR);
        fixture.computed(overridden, "RISK_LEVEL", "LOW").override(overridden, "RISK_LEVEL", "HIGH", null)
                .unclassified(fixture.client(branch(), THIRD_ADVISOR));

        SegmentMatrix matrix = segments.matrix(Dimension.RISK_LEVEL, Dimension.ASSET_SCALE);
        assertThat(matrix.rowValues()).containsExactly("LOW", "MEDIUM", "HIGH", "UNCLASSIFIED");
        assertThat(matrix.total()).isEqualTo(directory.count(ClientFilter.NONE));
        assertThat(matrix.count("UNCLASSIFIED", "UNCLASSIFIED")).isGreaterThanOrEqualTo(1);
        for (String risk : matrix.rowValues()) {
            for (String scale : matrix.columnValues()) {
                assertThat(matrix.count(risk, scale)).as(risk + " × " + scale).isEqualTo(directory.count(
                        ClientFilter.NONE.withSegment("RISK_LEVEL", risk).withSegment("ASSET_SCALE", scale)));
            }
            assertThat(matrix.rowTotal(risk)).isEqualTo(directory.count(ClientFilter.NONE.withSegment("RISK_LEVEL", risk)));
        }
        assertThat(segments.distribution(Dimension.ASSET_SCALE)).containsOnlyKeys(matrix.columnValues())
                .allSatisfy((scale, n) -> assertThat(n).isEqualTo(matrix.columnTotal(scale)));
        SegmentCounts all = segments.counts();
        assertThat(all.matrix(Dimension.RISK_LEVEL, Dimension.ASSET_SCALE)).as("derived from the four-way counts")
                .isEqualTo(matrix);
        assertThat(all.distribution(Dimension.RISK_LEVEL))
                .allSatisfy((risk, n) -> assertThat(n).isEqualTo(matrix.rowTotal(risk)));
    }

    @Test
    @WithUserDetails(value = ADVISOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void anAdvisorCountsOnlyTheirOwnClients() {
        fixture.client(branch(), ADVISOR);
        fixture.client(branch(), COLLEAGUE);
        long own = jdbc.sql("SELECT COUNT(*) FROM client c JOIN app_user u ON u.id = c.advisor_id WHERE u.username = ?")
                .param(ADVISOR).query(Long.class).single();
        assertThat(own).as("the advisor has clients").isPositive();
        assertThat(segments.matrix(Dimension.NEEDS, Dimension.TRADING_BEHAVIOUR).total()).isEqualTo(own);
        assertThat(segments.distributions()).hasSize(4)
                .allSatisfy((d, counts) -> assertThat(counts.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(own));
    }

    private List<Long> ids(ClientFilter filter) {
        return directory.search(filter, List.of(), 0, 1000).stream().map(ClientListItem::clientId).toList();
    }
}
