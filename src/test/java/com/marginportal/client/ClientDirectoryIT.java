package com.marginportal.client;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import com.marginportal.security.AuditLog;
import com.marginportal.security.CurrentUser;
import com.marginportal.security.PortalUser;
import com.marginportal.support.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Data scope is enforced in the service and its queries, whatever the caller asks for. */
class ClientDirectoryIT extends IntegrationTest {

    @Autowired
    private ClientDirectory directory;
    @Autowired
    private AccountValuationService valuation;
    @Autowired
    private CurrentUser currentUser;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private AuditLog auditLog;

    @Test
    @WithUserDetails("advisor1")
    void anAdvisorSeesExactlyTheirOwnClients() {
        PortalUser me = currentUser.require();
        long own = count("SELECT COUNT(*) FROM client WHERE advisor_id = ?", me.id());
        assertThat(own).isPositive();
        assertThat(directory.count(ClientFilter.NONE)).isEqualTo(own);
        assertThat(directory.search(ClientFilter.NONE, List.of(), 0, 10_000))
                .hasSize((int) own).allMatch(item -> Objects.equals(item.advisorId(), me.id()));
    }

    @Test
    @WithUserDetails("advisor1")
    void anAdvisorCannotOpenAnotherAdvisorsClient() {
        PortalUser me = currentUser.require();
        long foreign = first("SELECT id FROM client WHERE advisor_id <> ? ORDER BY id", me.id());
        long own = first("SELECT id FROM client WHERE advisor_id = ? ORDER BY id", me.id());
        assertThat(directory.profile(foreign)).isEmpty();
        assertThat(directory.profile(own)).isPresent();
        assertThat(directory.search(ClientFilter.NONE.withText(String.valueOf(foreign)), List.of(), 0, 10)).isEmpty();
    }

    @Test
    @WithUserDetails("advisor1")
    void filtersNarrowTheScopeButNeverWidenIt() {
        PortalUser me = currentUser.require();
        long otherBranch = first("SELECT id FROM branch WHERE id <> ? ORDER BY id", me.branchId());
        long otherAdvisor = first("SELECT id FROM app_user WHERE role = 'ADVISOR' AND id <> ? ORDER BY id", me.id());
        assertThat(directory.count(ClientFilter.NONE.withBranch(otherBranch))).isZero();
        assertThat(directory.count(ClientFilter.NONE.withAdvisor(otherAdvisor))).isZero();
    }

    @Test
    @WithUserDetails("manager1")
    void aManagerSeesTheirBranch() {
        PortalUser me = currentUser.require();
        long branch = count("SELECT COUNT(*) FROM client WHERE branch_id = ?", me.branchId());
        // fewer than all clients (other tests add clients to this branch, so not fewer than the demo's count)
        assertThat(directory.count(ClientFilter.NONE)).isEqualTo(branch).isLessThan(count("SELECT COUNT(*) FROM client"));
        assertThat(directory.search(ClientFilter.NONE, List.of(), 0, 10_000))
                .allMatch(item -> item.branchId() == me.branchId());
        assertThat(directory.advisorBooks()).isNotEmpty()
                .allMatch(book -> count("SELECT COUNT(*) FROM client WHERE advisor_id = ? AND branch_id = ?",
                        book.advisorId(), me.branchId()) == book.clients());
    }

    @Test
    @WithUserDetails("admin")
    void anAdminSeesEveryone() {
        assertThat(directory.count(ClientFilter.NONE)).isEqualTo(count("SELECT COUNT(*) FROM client"))
                .isGreaterThanOrEqualTo(DEMO_CLIENTS);
    }

    @Test
    @WithUserDetails("admin")
    void phoneTailAndNameFiltersRunInTheDatabase() {
        String tail = jdbc.sql("SELECT phone_tail FROM client ORDER BY id").query(String.class).list().get(0);
        long withTail = count("SELECT COUNT(*) FROM client WHERE phone_tail = ?", tail);
        assertThat(directory.count(ClientFilter.NONE.withPhoneTail(tail))).isEqualTo(withTail);
        assertThat(directory.search(ClientFilter.NONE.withPhoneTail(tail), List.of(), 0, 100))
                .allMatch(item -> item.maskedPhone().endsWith(tail));

        String name = jdbc.sql("SELECT name FROM client ORDER BY id").query(String.class).list().get(0);
        assertThat(directory.search(ClientFilter.NONE.withText(name), List.of(), 0, 100))
                .isNotEmpty().allMatch(item -> item.name().contains(name));
        assertThat(directory.count(ClientFilter.NONE.withText("%"))).as("wildcards are literal").isZero();
    }

    @Test
    @WithUserDetails("admin")
    void sortingByRatioIsAscendingWithNoDebtLast() {
        List<ClientListItem> rows = directory.search(ClientFilter.NONE,
                List.of(new ClientSort.Order(ClientSort.MAINTENANCE_RATIO, true)), 0, 100_000);
        List<BigDecimal> ratios = rows.stream().map(ClientListItem::maintenanceRatio).toList();
        int firstNull = ratios.indexOf(null);
        assertThat(firstNull).as("the demo data has accounts without debt").isPositive();
        assertThat(ratios.subList(0, firstNull)).isSortedAccordingTo(BigDecimal::compareTo);
        assertThat(ratios.subList(firstNull, ratios.size())).containsOnlyNulls();

        List<ClientListItem> page = directory.search(ClientFilter.NONE,
                List.of(new ClientSort.Order(ClientSort.TOTAL_ASSETS, false)), 10, 5);
        List<ClientListItem> all = directory.search(ClientFilter.NONE,
                List.of(new ClientSort.Order(ClientSort.TOTAL_ASSETS, false)), 0, 15);
        assertThat(page).isEqualTo(all.subList(10, 15));
    }

    @Test
    @WithUserDetails("admin")
    void theLiveRatioOfThe360ViewMatchesTheStoredValuation() {
        // other tests of the shared schema move prices; value now so that "stored" is this moment's SQL valuation
        valuation.valueAll();
        long clientId = first("SELECT client_id FROM credit_account WHERE total_debt > 0 ORDER BY id");
        BigDecimal stored = jdbc.sql("SELECT maintenance_ratio FROM credit_account WHERE client_id = ?")
                .param(clientId).query(BigDecimal.class).single();
        ClientProfile profile = directory.profile(clientId).orElseThrow();
        assertThat(profile.account().figures().maintenanceRatio()).isEqualByComparingTo(stored);
        assertThat(profile.client().maskedIdNumber()).contains("*").hasSize(18);
        assertThat(profile.client().maskedPhone()).matches("\\d{3}\\*{4}\\d{4}");
        assertThat(profile.holdings()).isNotEmpty();
        assertThat(auditLog.latest("CLIENT_VIEWED", 1)).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.username()).isEqualTo("admin");
                    assertThat(entry.entityId()).isEqualTo(String.valueOf(clientId));
                });
    }

    @Test
    @WithUserDetails("advisor1")
    void advisorsCannotReadBranchStatistics() {
        assertThatThrownBy(() -> directory.advisorBooks()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anonymousCallersAreRejected() {
        assertThatThrownBy(() -> directory.count(ClientFilter.NONE))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private long first(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).list().get(0);
    }
}
