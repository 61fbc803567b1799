package com.marginportal.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.marginportal.security.AuditLog;
import com.marginportal.support.ClientFixture;
import com.marginportal.support.ModuleSlice;
import com.marginportal.support.SignedIn;
import com.marginportal.support.StaffFixture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Data scope is enforced in the service and its queries, whatever the caller asks for. A slice of the client module
 * with the modules it uses; each test makes two branches of its own (one with two advisors, a client without an
 * advisor and a colleague's client; one with a client of its own advisor), so the rows each user sees are exact.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, verifyAutomatically = false)
class ClientDirectoryModuleIT extends ModuleSlice {

    @Autowired
    private ClientDirectory directory;
    @Autowired
    private AccountValuationService valuation;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private AuditLog auditLog;
    @Autowired
    private UserDetailsService users;

    private StaffFixture staff;
    private StaffFixture.Branch branch;
    private StaffFixture.Branch other;
    private String admin;
    private ClientFixture clients;
    private long own1;
    private long own2;
    private long colleagues;
    private long unheld;
    private long foreign;

    @BeforeEach
    void twoBranches() {
        staff = new StaffFixture(jdbc);
        branch = staff.branch(2);
        other = staff.branch(1);
        admin = staff.admin();
        clients = new ClientFixture(jdbc);
        own1 = clients.client(branch.id(), branch.advisor(1));
        own2 = clients.client(branch.id(), branch.advisor(1));
        colleagues = clients.client(branch.id(), branch.advisor(2));
        unheld = clients.client(branch.id(), null);
        foreign = clients.client(other.id(), other.advisor(1));
    }

    @Test
    void anAdvisorSeesExactlyTheirOwnClients() {
        assertThat(as(branch.advisor(1), () -> directory.count(ClientFilter.NONE))).isEqualTo(2);
        assertThat(ids(as(branch.advisor(1), () -> directory.search(ClientFilter.NONE, List.of(), 0, 10_000))))
                .containsExactlyInAnyOrder(own1, own2);
    }

    @Test
    void anAdvisorCannotOpenAnotherAdvisorsClient() {
        String advisor = branch.advisor(1);
        assertThat(as(advisor, () -> directory.profile(colleagues))).as("a colleague's").isEmpty();
        assertThat(as(advisor, () -> directory.profile(foreign))).as("another branch's").isEmpty();
        assertThat(as(advisor, () -> directory.profile(unheld))).as("the branch's, held by nobody").isEmpty();
        assertThat(as(advisor, () -> directory.profile(own1))).isPresent();
        assertThat(as(advisor, () -> directory.search(ClientFilter.NONE.withText(String.valueOf(colleagues)),
                List.of(), 0, 10))).isEmpty();
    }

    @Test
    void filtersNarrowTheScopeButNeverWidenIt() {
        String advisor = branch.advisor(1);
        assertThat(as(advisor, () -> directory.count(ClientFilter.NONE.withBranch(other.id())))).isZero();
        assertThat(as(advisor, () -> directory.count(ClientFilter.NONE.withAdvisor(staff.userId(branch.advisor(2))))))
                .isZero();
        assertThat(as(branch.manager(), () -> directory.count(ClientFilter.NONE.withBranch(other.id())))).isZero();
        assertThat(as(branch.manager(), () -> directory.count(
                ClientFilter.NONE.withAdvisor(staff.userId(branch.advisor(2)))))).isEqualTo(1);
    }

    @Test
    void aManagerSeesTheirBranch() {
        assertThat(as(branch.manager(), () -> directory.count(ClientFilter.NONE))).isEqualTo(4);
        assertThat(ids(as(branch.manager(), () -> directory.search(ClientFilter.NONE, List.of(), 0, 10_000))))
                .containsExactlyInAnyOrder(own1, own2, colleagues, unheld);
        Map<Long, Long> books = as(branch.manager(), directory::advisorBooks).stream()
                .collect(Collectors.toMap(AdvisorBook::advisorId, AdvisorBook::clients));
        assertThat(books).as("clients per advisor; the unheld client is in no book").isEqualTo(Map.of(
                staff.userId(branch.advisor(1)), 2L, staff.userId(branch.advisor(2)), 1L));
    }

    @Test
    void anAdminSeesEveryone() {
        long all = jdbc.sql("SELECT COUNT(*) FROM client").query(Long.class).single();
        assertThat(as(admin, () -> directory.count(ClientFilter.NONE))).isEqualTo(all);
        assertThat(ids(as(admin, () -> directory.search(ClientFilter.NONE.withText(clients.marker), List.of(), 0, 100))))
                .containsExactlyInAnyOrder(own1, own2, colleagues, unheld, foreign);
    }

    @Test
    void phoneTailAndNameFiltersRunInTheDatabase() {
        jdbc.sql("UPDATE client SET phone = '13912345678', phone_tail = '5678' WHERE id = ?").param(own2).update();
        ClientFilter tail = ClientFilter.NONE.withText(clients.marker).withPhoneTail("5678");
        assertThat(as(admin, () -> directory.count(tail))).isEqualTo(1);
        assertThat(as(admin, () -> directory.search(tail, List.of(), 0, 100))).singleElement()
                .satisfies(item -> assertThat(item.maskedPhone()).isEqualTo("139****5678"));

        String name = jdbc.sql("SELECT name FROM client WHERE id = ?").param(foreign).query(String.class).single();
        assertThat(ids(as(admin, () -> directory.search(ClientFilter.NONE.withText(name), List.of(), 0, 100))))
                .containsExactly(foreign);
        assertThat(as(admin, () -> directory.count(ClientFilter.NONE.withText("%")))).as("wildcards are literal").isZero();
    }

    @Test
    void sortingByRatioIsAscendingWithNoDebtLast() {
        clients.financedPosition(own1, 10_000, "10.000", "80000.00")    // 200,000 / 80,000: 250 %
                .financedPosition(own2, 10_000, "10.000", "150000.00")  // 133 %
                .financedPosition(foreign, 10_000, "10.000", "50000.00"); // 400 %
        valuation.valueAll();
        ClientFilter mine = ClientFilter.NONE.withText(clients.marker);

        List<ClientListItem> rows = as(admin, () -> directory.search(mine,
                List.of(new ClientSort.Order(ClientSort.MAINTENANCE_RATIO, true)), 0, 100));
        assertThat(ids(rows)).startsWith(own2, own1, foreign);
        assertThat(rows.subList(0, 3)).extracting(ClientListItem::maintenanceRatio).doesNotContainNull()
                .isSortedAccordingTo(BigDecimal::compareTo);
        assertThat(rows.subList(3, 5)).as("no debt last").extracting(ClientListItem::maintenanceRatio).containsOnlyNulls();

        List<ClientSort.Order> byAssets = List.of(new ClientSort.Order(ClientSort.TOTAL_ASSETS, false));
        List<ClientListItem> page = as(admin, () -> directory.search(mine, byAssets, 1, 2));
        List<ClientListItem> all = as(admin, () -> directory.search(mine, byAssets, 0, 3));
        assertThat(page).isEqualTo(all.subList(1, 3));
    }

    @Test
    void theLiveRatioOfThe360ViewMatchesTheStoredValuation() {
        clients.financedPosition(own1, 10_000, "10.000", "80000.00");
        valuation.valueAll();
        BigDecimal stored = jdbc.sql("SELECT maintenance_ratio FROM credit_account WHERE client_id = ?")
                .param(own1).query(BigDecimal.class).single();
        assertThat(stored).isEqualByComparingTo("2.5000");

        ClientProfile profile = as(admin, () -> directory.profile(own1)).orElseThrow();
        assertThat(profile.account().figures().maintenanceRatio()).isEqualByComparingTo(stored);
        assertThat(profile.client().maskedIdNumber()).contains("*").hasSize(18);
        assertThat(profile.client().maskedPhone()).isEqualTo("138****1234");
        assertThat(profile.holdings()).hasSize(1);
        assertThat(auditLog.latest("CLIENT_VIEWED", 1)).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.username()).isEqualTo(admin);
                    assertThat(entry.entityId()).isEqualTo(String.valueOf(own1));
                });
    }

    @Test
    void advisorsCannotReadBranchStatistics() {
        assertThatThrownBy(() -> as(branch.advisor(1), directory::advisorBooks)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anonymousCallersAreRejected() {
        assertThatThrownBy(() -> directory.count(ClientFilter.NONE))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private <T> T as(String username, Supplier<T> call) {
        return SignedIn.as(users, username, call);
    }

    private static List<Long> ids(List<ClientListItem> items) {
        return items.stream().map(ClientListItem::clientId).toList();
    }
}
