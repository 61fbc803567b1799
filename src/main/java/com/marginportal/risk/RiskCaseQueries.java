package com.marginportal.risk;

import static com.marginportal.UtcColumns.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.marginportal.risk.domain.BreachLevel;
import com.marginportal.risk.domain.BreachReason;
import com.marginportal.risk.domain.CaseState;
import com.marginportal.security.CurrentUser;
import com.marginportal.security.DataScope;
import com.marginportal.security.ScopeCondition;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Risk cases as users may see them: the caller's data scope (advisor: own clients' accounts, manager:
 * branch, admin: all) is part of every query. Lowest ratio first: the most urgent work on top.
 * JdbcClient, not JPA: scoped, filtered and paged joins of cases with their events, and counts.
 */
@Service
@Transactional(readOnly = true)
public class RiskCaseQueries {

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final RiskScanLog scans;

    RiskCaseQueries(JdbcClient jdbc, CurrentUser currentUser, RiskScanLog scans) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.scans = scans;
    }

    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    public List<RiskCaseRow> search(CaseFilter filter, int offset, int limit) {
        Where where = where(currentUser.scope(), filter);
        // rows without a ratio (debt repaid) sort after every real ratio
        return jdbc.sql("SELECT * FROM risk_case r" + where.sql
                        + " ORDER BY CASE WHEN latest_ratio IS NULL THEN 1 ELSE 0 END, latest_ratio, id"
                        + " LIMIT " + limit + " OFFSET " + offset)
                .params(where.params).query((rs, i) -> row(rs)).list();
    }

    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    public long count(CaseFilter filter) {
        Where where = where(currentUser.scope(), filter);
        return jdbc.sql("SELECT COUNT(*) FROM risk_case r" + where.sql).params(where.params).query(Long.class).single();
    }

    /** A case's history, oldest first; empty when the case is outside the caller's scope. */
    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    public List<CaseEventRow> events(long caseId) {
        Where where = where(currentUser.scope(), CaseFilter.OPEN.withOpenOnly(false));
        return jdbc.sql("SELECT e.* FROM risk_case_event e WHERE e.case_id IN (SELECT r.id FROM risk_case r" + where.sql
                        + " AND r.id = :caseId) ORDER BY e.id")
                .params(where.params).param("caseId", caseId)
                .query((rs, i) -> new CaseEventRow(rs.getLong("id"), rs.getLong("case_id"), instant(rs, "occurred_at"),
                        rs.getString("event_type"), BreachLevel.valueOf(rs.getString("level")),
                        rs.getBigDecimal("ratio"), rs.getString("snapshot")))
                .list();
    }

    /** Every event of the client's cases (opened, escalated, restored, closed), oldest first; scoped like the cases. */
    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    public List<CaseEventRow> eventsForClient(long clientId) {
        Where where = where(currentUser.scope(), CaseFilter.OPEN.withOpenOnly(false));
        return jdbc.sql("SELECT e.* FROM risk_case_event e WHERE e.case_id IN (SELECT r.id FROM risk_case r" + where.sql
                        + " AND r.client_id = :clientId) ORDER BY e.occurred_at, e.id")
                .params(where.params).param("clientId", clientId)
                .query((rs, i) -> new CaseEventRow(rs.getLong("id"), rs.getLong("case_id"), instant(rs, "occurred_at"),
                        rs.getString("event_type"), BreachLevel.valueOf(rs.getString("level")),
                        rs.getBigDecimal("ratio"), rs.getString("snapshot")))
                .list();
    }

    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    public Optional<LastScan> lastScan() {
        boolean firmWide = currentUser.scope().kind() == DataScope.Kind.ALL;
        return scans.last().map(s -> new LastScan(s.startedAt(), s.trigger(), firmWide ? s.accounts() : null,
                firmWide ? s.breaches() : null));
    }

    /** A WHERE clause on risk_case r (never empty: the scope comes first) and its named parameters. */
    private record Where(String sql, Map<String, Object> params) {
    }

    private static Where where(DataScope scope, CaseFilter f) {
        ScopeCondition scoped = scope.heldRows("r");
        List<String> clauses = new ArrayList<>(List.of(scoped.sql()));
        Map<String, Object> params = new LinkedHashMap<>(scoped.params());
        if (f.openOnly()) {
            clauses.add("r.status = 'OPEN'");
        }
        if (f.level() != null) {
            add(clauses, params, "r.level = :level", "level", f.level().name());
        }
        if (f.branchId() != null) {
            add(clauses, params, "r.branch_id = :branch", "branch", f.branchId());
        }
        if (f.advisorId() != null) {
            add(clauses, params, "r.advisor_id = :advisor", "advisor", f.advisorId());
        }
        if (f.clientId() != null) {
            add(clauses, params, "r.client_id = :client", "client", f.clientId());
        }
        return new Where(" WHERE " + String.join(" AND ", clauses), params);
    }

    private static void add(List<String> clauses, Map<String, Object> params, String clause, String name, Object value) {
        clauses.add(clause);
        params.put(name, value);
    }

    private static RiskCaseRow row(ResultSet rs) throws SQLException {
        return new RiskCaseRow(rs.getLong("id"), rs.getLong("account_id"), rs.getLong("client_id"),
                rs.getLong("branch_id"), rs.getObject("advisor_id", Long.class),
                BreachLevel.valueOf(rs.getString("level")), BreachReason.valueOf(rs.getString("reason")),
                CaseState.valueOf(rs.getString("status")), instant(rs, "opened_at"), instant(rs, "escalated_at"), instant(rs, "restored_at"),
                rs.getBigDecimal("ratio_at_open"), rs.getBigDecimal("latest_ratio"), rs.getBigDecimal("lowest_ratio"),
                rs.getBigDecimal("latest_financing_ratio"), rs.getBigDecimal("warning_line"),
                rs.getBigDecimal("margin_call_line"), rs.getBigDecimal("liquidation_line"),
                rs.getBigDecimal("top_up_target"), instant(rs, "closed_at"), rs.getBigDecimal("financing_ratio_line"));
    }

}
