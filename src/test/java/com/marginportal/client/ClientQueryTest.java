package com.marginportal.client;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.marginportal.client.segment.ClientSegmentSql;
import com.marginportal.client.segment.SegmentJoin;
import com.marginportal.client.segment.SegmentValues;
import com.marginportal.client.segment.SqlFragment;
import com.marginportal.security.DataScope;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The WHERE and ORDER BY of the client list, built without a database. */
class ClientQueryTest {

    /** Stands in for the classification feature: conditions that name what they were asked for. */
    private static final ClientSegmentSql SEGMENTS = new ClientSegmentSql() {
        @Override
        public List<String> dimensions() {
            return List.of("RISK_LEVEL", "ASSET_SCALE");
        }

        @Override
        public SqlFragment valueIs(String dimension, String value, String clientId) {
            return new SqlFragment("seg(" + clientId + ") = :" + dimension, Map.of(dimension, value, "today", "T"));
        }

        @Override
        public SqlFragment hasSuitabilityIssue(String clientId) {
            return new SqlFragment("issue(" + clientId + ")", Map.of());
        }

        @Override
        public SegmentJoin valueOf(String dimension, String clientId, String alias) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<Long, SegmentValues> valuesOf(Collection<Long> clientIds) {
            throw new UnsupportedOperationException();
        }
    };

    @Test
    void noFilterAndNoScopeSelectsEverything() {
        SqlFragment where = ClientQuery.where(DataScope.all(), ClientFilter.NONE, null);
        assertThat(where.sql()).isEqualTo("1 = 1");
        assertThat(where.params()).isEmpty();
    }

    @Test
    void theScopeComesFirstAndCannotBeWidenedByAFilter() {
        SqlFragment where = ClientQuery.where(DataScope.advisor(7), ClientFilter.NONE.withAdvisor(8L), null);
        assertThat(where.sql()).isEqualTo("c.advisor_id = :scopeAdvisor AND c.advisor_id = :advisor");
        assertThat(where.params()).containsEntry("scopeAdvisor", 7L).containsEntry("advisor", 8L);

        SqlFragment branch = ClientQuery.where(DataScope.branch(2), ClientFilter.NONE.withBranch(3L), null);
        assertThat(branch.sql()).isEqualTo("c.branch_id = :scopeBranch AND c.branch_id = :branch");
    }

    @Test
    void digitsLookUpAClientNumberAndTextSearchesNamesLiterally() {
        SqlFragment number = ClientQuery.where(DataScope.all(), ClientFilter.NONE.withText("10000042"), null);
        assertThat(number.sql()).isEqualTo("c.id = :clientNumber");
        assertThat(number.params()).containsEntry("clientNumber", 10_000_042L);

        SqlFragment name = ClientQuery.where(DataScope.all(), ClientFilter.NONE.withText("王_5%!"), null);
        assertThat(name.sql()).isEqualTo("c.name LIKE :name ESCAPE '!'");
        assertThat(name.params()).containsEntry("name", "%王!_5!%!!%");
    }

    @Test
    void segmentConditionsComeFromTheirOwnerOnePerDimension() {
        ClientFilter filter = ClientFilter.NONE.withPhoneTail("0420").withSegment("RISK_LEVEL", "HIGH")
                .withSegment("ASSET_SCALE", "ORDINARY").withSuitabilityIssuesOnly(true);
        SqlFragment where = ClientQuery.where(DataScope.branch(1), filter, SEGMENTS);
        assertThat(where.sql()).isEqualTo("c.branch_id = :scopeBranch AND c.phone_tail = :phoneTail"
                + " AND (seg(c.id) = :ASSET_SCALE) AND (seg(c.id) = :RISK_LEVEL) AND (issue(c.id))");
        assertThat(where.params()).containsEntry("RISK_LEVEL", "HIGH").containsEntry("ASSET_SCALE", "ORDINARY")
                .containsEntry("today", "T");
    }

    @Test
    void aSegmentFilterWithoutItsOwnerIsAnError() {
        assertThatIllegalStateException().isThrownBy(() -> ClientQuery.where(DataScope.all(),
                ClientFilter.NONE.withSuitabilityIssuesOnly(true), null));
    }

    @Test
    void ratioSortsNoDebtAsTheSafestStateAndPagingIsStable() {
        assertThat(ClientQuery.orderBy(List.of(new ClientSort.Order(ClientSort.MAINTENANCE_RATIO, true))))
                .isEqualTo("CASE WHEN a.maintenance_ratio IS NULL THEN 1 ELSE 0 END, a.maintenance_ratio ASC, a.id ASC");
        assertThat(ClientQuery.orderBy(List.of(new ClientSort.Order(ClientSort.MAINTENANCE_RATIO, false))))
                .isEqualTo("CASE WHEN a.maintenance_ratio IS NULL THEN 0 ELSE 1 END, a.maintenance_ratio DESC, a.id ASC");
        assertThat(ClientQuery.orderBy(List.of(new ClientSort.Order(ClientSort.TOTAL_ASSETS, false),
                new ClientSort.Order(ClientSort.NAME, true)))).isEqualTo("a.total_assets DESC, c.name ASC, a.id ASC");
        assertThat(ClientQuery.orderBy(List.of())).isEqualTo("a.id ASC");
    }
}
