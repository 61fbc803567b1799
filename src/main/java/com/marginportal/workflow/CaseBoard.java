package com.marginportal.workflow;

import static com.marginportal.UtcColumns.utc;
import static com.marginportal.UtcColumns.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;

import com.marginportal.TimeConfiguration;
import com.marginportal.risk.domain.CaseState;
import com.marginportal.security.CurrentUser;
import com.marginportal.security.ScopeCondition;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The managers' status board: every case with a process (open, and closed within the filter's recent days), in
 * the caller's scope (manager: branch, admin: all), soonest due first. Reads the board row the engine keeps
 * (case_process) joined to the live risk case (state, level, ratio, holder): open means the case is in handling.
 * JdbcClient, not JPA: a scoped, filtered and paged join of board rows and risk cases, with counts.
 */
@Service
@Transactional(readOnly = true)
public class CaseBoard {

    private static final String SELECT = """
            SELECT r.id, r.client_id, r.branch_id, r.advisor_id, r.level, r.status, r.latest_ratio, r.opened_at,
                   cp.current_step, cp.step_since, cp.due_at, cp.assignee, cp.last_contact_at,
                   cp.definition_version, COALESCE(r.closed_at, r.restored_at, cp.ended_at), cp.escalated_at,
                   r.reason""";
    private static final String FROM = " FROM case_process cp JOIN risk_case r ON r.id = cp.case_id";
    private static final int ANY_AGE_DAYS = 36_500;

    /** The steps a case can wait at, in process order (for filters and the diagram overview). */
    public static final List<String> STEPS = List.of("sendRiskNotice", "contactClient", "retryWait",
            "awaitRestoration", "followUp", "awaitDeadline", "managerDecision", "writeResolution",
            "sendResolutionNotice");
    /**
     * The steps at which a person holds the case — the user tasks among {@link #STEPS}; at the others the case waits
     * for a timer, a message or the engine, and nobody can claim it (CaseBoardStepsTest reads them off the BPMN file).
     */
    public static final Set<String> TASK_STEPS = Set.of("contactClient", "followUp", "managerDecision");

    /** Whether a person holds (or may claim) a case waiting at this step; false for none (a process still starting). */
    public static boolean isTaskStep(String step) {
        return step != null && TASK_STEPS.contains(step);
    }

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Duration dueSoon;

    CaseBoard(JdbcClient jdbc, CurrentUser currentUser, Clock clock,
              @Value("${portal.workflow.board-due-soon:PT1H}") Duration dueSoon) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
        this.dueSoon = dueSoon;
    }

    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    public List<BoardRow> search(BoardFilter filter, int offset, int limit) {
        Where w = where(filter);
        return jdbc.sql(SELECT + FROM + w.sql
                        // due together (a night's breaches when the day starts): the account most at risk first
                        + " ORDER BY CASE WHEN cp.due_at IS NULL THEN 1 ELSE 0 END, cp.due_at,"
                        + " CASE WHEN r.latest_ratio IS NULL THEN 1 ELSE 0 END, r.latest_ratio, r.id"
                        + " LIMIT :limit OFFSET :offset")
                .params(w.params).param("limit", limit).param("offset", offset)
                .query((rs, i) -> row(rs)).list();
    }

    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    public long count(BoardFilter filter) {
        Where w = where(filter);
        return jdbc.sql("SELECT COUNT(*)" + FROM + w.sql).params(w.params).query(Long.class).single();
    }

    /** Cases per step under the filter (its own step condition left out, so every step shows its count). */
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    public Map<String, Long> countsByStep(BoardFilter filter) {
        Where w = where(filter.withStep(null));
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT cp.current_step, COUNT(*)" + FROM + w.sql + " GROUP BY cp.current_step ORDER BY 2 DESC")
                .params(w.params).query(rs -> {
                    counts.put(rs.getString(1) == null ? "starting" : rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    /** One case's board row, open or ended at any time, when in the caller's scope. */
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    public Optional<BoardRow> row(long caseId) {
        Where w = where(new BoardFilter(null, null, null, null, null, null, null, null, ANY_AGE_DAYS));
        return jdbc.sql(SELECT + FROM + w.sql + " AND r.id = :caseId").params(w.params).param("caseId", caseId)
                .query((rs, i) -> row(rs)).optional();
    }

    public SlaState sla(BoardRow row) {
        return row.isOpen() ? SlaState.of(row.dueAt(), clock.instant(), dueSoon) : SlaState.ON_TIME;
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    private Where where(BoardFilter f) {
        List<String> c = new ArrayList<>();
        Map<String, Object> p = new LinkedHashMap<>();
        Instant now = clock.instant();
        // the case's state decides what is open (the same in every view), not the end of its process
        c.add("(r.status = 'OPEN' OR COALESCE(r.closed_at, r.restored_at, cp.ended_at) >= :recent)");
        p.put("recent", utc(now.minus(Duration.ofDays(f.recentDays()))));
        ScopeCondition scope = currentUser.scope().heldRows("r");
        if (scope.restricts()) {
            c.add(scope.sql());
            p.putAll(scope.params());
        }
        if (f.branchId() != null) {
            add(c, p, "r.branch_id = :branch", "branch", f.branchId());
        }
        if (f.advisorId() != null) {
            add(c, p, "r.advisor_id = :advisor", "advisor", f.advisorId());
        }
        if (f.level() != null) {
            add(c, p, "r.level = :level", "level", f.level());
        }
        if (f.step() != null) {
            add(c, p, "cp.current_step = :step", "step", f.step());
        }
        if (f.version() != null) {
            add(c, p, "cp.definition_version = :version", "version", f.version());
        }
        if (f.openedFrom() != null) {
            add(c, p, "r.opened_at >= :openedFrom", "openedFrom",
                    utc(f.openedFrom().atStartOfDay(TimeConfiguration.MARKET_ZONE).toInstant()));
        }
        if (f.openedTo() != null) {
            add(c, p, "r.opened_at < :openedTo", "openedTo",
                    utc(f.openedTo().plusDays(1).atStartOfDay(TimeConfiguration.MARKET_ZONE).toInstant()));
        }
        if (f.sla() != null) {
            p.put("now", utc(now));
            p.put("soon", utc(now.plus(dueSoon)));
            c.add(switch (f.sla()) {
                case OVERDUE -> "r.status = 'OPEN' AND cp.due_at < :now";
                case DUE_SOON -> "r.status = 'OPEN' AND cp.due_at >= :now AND cp.due_at < :soon";
                case ON_TIME -> "(r.status <> 'OPEN' OR cp.due_at IS NULL OR cp.due_at >= :soon)";
            });
        }
        return new Where(" WHERE " + String.join(" AND ", c), p);
    }

    private static void add(List<String> clauses, Map<String, Object> params, String clause, String name, Object value) {
        clauses.add(clause);
        params.put(name, value);
    }

    private static BoardRow row(ResultSet rs) throws SQLException {
        return new BoardRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getObject(4, Long.class), rs.getString(5),
                CaseState.valueOf(rs.getString(6)), rs.getString(9), instant(rs, 10), instant(rs, 8), instant(rs, 11), rs.getString(12),
                instant(rs, 13), rs.getBigDecimal(7), rs.getObject(14, Integer.class), instant(rs, 15),
                instant(rs, 16), rs.getString(17));
    }


}
