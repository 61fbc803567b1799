package com.marginportal.client;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.marginportal.security.AuditText;
import com.marginportal.client.domain.AccountBalances;
import com.marginportal.client.domain.MarginCalculator;
import com.marginportal.client.domain.MarginFigures;
import com.marginportal.client.domain.PersonalDataMask;
import com.marginportal.security.AuditLog;
import com.marginportal.security.CurrentUser;
import com.marginportal.security.ScopeCondition;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The client archive as users see it. Every method applies the caller's data scope in the query:
 * an advisor reaches only their clients, a manager their branch, an admin all.
 * JdbcClient, not JPA: scoped list and profile queries join clients to accounts with sums and counts.
 */
@Service
@Transactional(readOnly = true)
public class ClientDirectory {

    private static final int RECENT_ROWS = 50;
    private static final int HISTORY_POINTS = 120;

    private final ClientSearch search;
    private final AccountReader reader;
    private final CreditAccountRepository accounts;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final JdbcClient jdbc;
    private final AccountValuationService valuation;
    private final Clock clock;
    private final ObjectProvider<ServiceHistorySource> historySources;

    ClientDirectory(ClientSearch search, AccountReader reader, CreditAccountRepository accounts,
                    CurrentUser currentUser, AuditLog auditLog, JdbcClient jdbc, AccountValuationService valuation,
                    Clock clock, ObjectProvider<ServiceHistorySource> historySources) {
        this.search = search;
        this.reader = reader;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.jdbc = jdbc;
        this.valuation = valuation;
        this.clock = clock;
        this.historySources = historySources;
    }

    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    public List<ClientListItem> search(ClientFilter filter, List<ClientSort.Order> sort, int offset, int limit) {
        return search.find(currentUser.scope(), filter, sort, offset, limit);
    }

    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    public long count(ClientFilter filter) {
        return search.count(currentUser.scope(), filter);
    }

    /**
     * How many clients of the caller's scope and the filter fall into each combination of the dimensions'
     * effective values (for the segment matrix and distributions). Key: the values in the order of
     * {@code dimensions}; combinations without clients are absent. Counts equal {@link #count} of the same cell.
     */
    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    public Map<List<String>, Long> countBySegments(ClientFilter filter, List<String> dimensions) {
        if (dimensions.isEmpty() || dimensions.size() > 4 || Set.copyOf(dimensions).size() != dimensions.size()) {
            throw new IllegalArgumentException("one to four different dimensions");
        }
        return search.countBy(currentUser.scope(), filter, dimensions);
    }

    /**
     * The 360 view of one client, or empty when it does not exist <em>or</em> lies outside the caller's
     * scope: the two cases are indistinguishable on purpose.
     */
    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    public Optional<ClientProfile> profile(long clientId) {
        Client client = search.findVisible(currentUser.scope(), clientId);
        if (client == null) {
            auditLog.record("CLIENT_DENIED", "CLIENT", String.valueOf(clientId), AuditText.of("clientDenied"));
            return Optional.empty();
        }
        CreditAccount account = accounts.findByClientId(clientId).orElse(null);
        auditLog.record("CLIENT_VIEWED", "CLIENT", String.valueOf(clientId), (String) null);
        if (account == null) {
            return Optional.of(new ClientProfile(info(client), null, List.of(), List.of(), history(clientId), List.of()));
        }
        List<HoldingLine> holdings = reader.holdings(account.getId());
        MarginFigures figures = MarginCalculator.calculate(balances(account),
                holdings.stream().map(AccountReader::toHolding).toList());
        return Optional.of(new ClientProfile(info(client), summary(account, figures), holdings,
                reader.recentTrades(account.getId(), RECENT_ROWS), history(clientId), ratioHistory(account.getId())));
    }

    /** The client's contact and service history (newest first), or empty outside the caller's scope. */
    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    public List<ContactLine> serviceHistory(long clientId) {
        return search.findVisible(currentUser.scope(), clientId) == null ? List.of() : history(clientId);
    }

    /** Contact records and the other features' service entries, merged newest first. */
    private List<ContactLine> history(long clientId) {
        List<ContactLine> entries = new ArrayList<>(reader.contacts(clientId, RECENT_ROWS));
        historySources.orderedStream().forEach(source -> entries.addAll(source.entries(clientId, RECENT_ROWS)));
        return entries.stream()
                .sorted(Comparator.comparing(ContactLine::contactedAt, Comparator.reverseOrder()))
                .limit(RECENT_ROWS)
                .toList();
    }

    /** Names of the given clients that lie in the caller's scope (for lists of other features). */
    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    public Map<Long, String> clientNames(Collection<Long> clientIds) {
        return search.names(currentUser.scope(), clientIds);
    }

    /**
     * The clients of the caller's scope whose name contains the text (another feature's list filtered by client name,
     * in its own database query).
     */
    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    public Set<Long> idsNamed(String part) {
        ScopeCondition scope = currentUser.scope().heldRows("c");
        return Set.copyOf(jdbc.sql("SELECT c.id FROM client c WHERE c.name LIKE :name ESCAPE '!'" + scope.and())
                .params(scope.params()).param("name", "%" + ClientQuery.escapeLike(part.strip()) + "%")
                .query(Long.class).list());
    }

    /** The ratio over time for the 360 view's chart. */
    private List<RatioPoint> ratioHistory(long accountId) {
        return valuation.history(accountId, HISTORY_POINTS);
    }

    /** Each advisor's book in the caller's scope (managers: their branch; admin: all). */
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    public List<AdvisorBook> advisorBooks() {
        ScopeCondition scope = currentUser.scope().heldRows("c");
        Map<Long, Long> lowestClient = jdbc.sql("""
                SELECT advisor_id, client_id FROM (
                  SELECT c.advisor_id, c.id AS client_id, ROW_NUMBER() OVER (
                           PARTITION BY c.advisor_id ORDER BY a.maintenance_ratio, c.id) AS n
                    FROM client c JOIN credit_account a ON a.client_id = c.id
                   WHERE c.advisor_id IS NOT NULL AND a.maintenance_ratio IS NOT NULL""" + scope.and() + """
                ) lowest WHERE n = 1""").params(scope.params())
                .query((rs, i) -> Map.entry(rs.getLong(1), rs.getLong(2))).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        var sql = jdbc.sql("""
                SELECT c.advisor_id, COUNT(*), COALESCE(SUM(a.total_assets), 0),
                       SUM(CASE WHEN a.total_debt > 0 THEN 1 ELSE 0 END), MIN(a.maintenance_ratio)
                  FROM client c JOIN credit_account a ON a.client_id = c.id
                 WHERE c.advisor_id IS NOT NULL""" + scope.and() + " " + """
                 GROUP BY c.advisor_id ORDER BY c.advisor_id""").params(scope.params());
        return sql.query((rs, i) -> new AdvisorBook(rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3),
                rs.getLong(4), rs.getBigDecimal(5), lowestClient.get(rs.getLong(1)))).list();
    }

    /**
     * The contracts with debt in the caller's scope that have expired or expire within
     * {@link AccountSummary#EXPIRY_NOTICE_DAYS} of {@code today} — the ones the client's page calls out —, the
     * soonest first, at most {@code limit}: a contract ends with its debt due, so each is to be repaid or extended.
     */
    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    public List<ContractDue> contractsDue(LocalDate today, int limit) {
        ScopeCondition scope = currentUser.scope().heldRows("c");
        return jdbc.sql(CONTRACTS_DUE.formatted("c.id, c.name, a.id, a.contract_expiry, a.total_debt") + scope.and()
                        + " ORDER BY a.contract_expiry, c.id LIMIT :limit")
                .params(scope.params()).param("until", noticeUntil(today)).param("limit", limit)
                .query((rs, i) -> new ContractDue(rs.getLong(1), rs.getString(2), rs.getLong(3),
                        rs.getObject(4, LocalDate.class), rs.getBigDecimal(5))).list();
    }

    /** How many contracts {@link #contractsDue} would list without its limit. */
    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    public long countContractsDue(LocalDate today) {
        ScopeCondition scope = currentUser.scope().heldRows("c");
        return jdbc.sql(CONTRACTS_DUE.formatted("COUNT(*)") + scope.and()).params(scope.params())
                .param("until", noticeUntil(today)).query(Long.class).single();
    }

    /** The last expiry {@link AccountSummary#contractState()} calls EXPIRING: one rule for the page and the list. */
    private static LocalDate noticeUntil(LocalDate today) {
        return today.plusDays(AccountSummary.EXPIRY_NOTICE_DAYS);
    }

    private static final String CONTRACTS_DUE = """
            SELECT %s FROM credit_account a JOIN client c ON c.id = a.client_id
             WHERE a.contract_expiry <= :until AND a.total_debt > 0""";

    private static AccountBalances balances(CreditAccount a) {
        return new AccountBalances(a.getCash(), a.getInterestAndFees(), a.getCreditLimit(),
                a.getFinancingMarginRatio(), a.getShortMarginRatio());
    }

    private AccountSummary summary(CreditAccount a, MarginFigures figures) {
        LocalDate today = LocalDate.now(clock);
        return new AccountSummary(a.getId(), figures, a.getCreditLimit(), a.getFinancingMarginRatio(),
                a.getShortMarginRatio(), a.getContractStart(), a.getContractExpiry(),
                ChronoUnit.DAYS.between(today, a.getContractExpiry()), a.getSpecialWarningLine(),
                a.getSpecialMarginCallLine(), a.getSpecialLiquidationLine());
    }

    private static ClientInfo info(Client c) {
        return new ClientInfo(c.getId(), c.getName(), c.getGender(), c.getBirthDate(),
                PersonalDataMask.idNumber(c.getIdNumber()), PersonalDataMask.phone(c.getPhone()),
                PersonalDataMask.email(c.getEmail()), c.getBranchId(), c.getAdvisorId(), c.getRiskTolerance(),
                c.getInvestmentPreference(), c.getInvestmentHorizon(), c.isAdvisoryAgreement(),
                c.getPreferredLanguage(), c.getTradingSince(), c.getOpenedOn(), c.getStatus());
    }
}
