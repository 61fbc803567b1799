package com.marginportal.workflow;

import static com.marginportal.UtcColumns.utc;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.marginportal.TimeConfiguration;
import com.marginportal.security.CurrentUser;
import com.marginportal.security.DataScope;
import com.marginportal.security.PortalUser;
import com.marginportal.security.ScopeCondition;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's figures, each one SQL aggregation in the caller's scope (advisor: own clients, manager: branch,
 * admin: all): open cases (risk_case.status OPEN: the case's one state) by level (and by branch), overdue tasks, cases opened and resolved per day, outcomes,
 * and median handling times per branch and advisor (medians in Java from the window's durations). Every query
 * over history is bounded by a window of days (at most {@link #MAX_DAYS}) on an indexed time column.
 * JdbcClient, not JPA: every figure is one scoped SQL aggregation (GROUP BY, UNION) over a window of days.
 */
@Service
@Transactional(readOnly = true)
public class CaseDashboard {

    public static final List<String> LEVELS = List.of("WARNING", "MARGIN_CALL", "LIQUIDATION");
    public static final int MAX_DAYS = 366;
    /** Safety net for the median queries: never more durations than this in memory. */
    static final int MAX_DURATIONS = 500_000;
    private static final String SHANGHAI_DAY = "CAST(TIMESTAMPADD(HOUR, 8, %s) AS DATE)";

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    CaseDashboard(JdbcClient jdbc, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Open cases per level, in level order, zeros included. */
    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    public Map<String, Long> openByLevel() {
        Map<String, Long> counts = zeros();
        ScopeCondition s = scope("r");
        jdbc.sql("SELECT r.level, COUNT(*) FROM risk_case r WHERE r.status = 'OPEN'" + s.and() + " GROUP BY r.level")
                .params(s.params()).query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    /** Open cases per branch and level (the admin's breakdown; a manager gets their branch only). */
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    public Map<Long, Map<String, Long>> openByBranch() {
        Map<Long, Map<String, Long>> counts = new TreeMap<>();
        ScopeCondition s = scope("r");
        jdbc.sql("SELECT r.branch_id, r.level, COUNT(*) FROM risk_case r WHERE r.status = 'OPEN'" + s.and()
                        + " GROUP BY r.branch_id, r.level")
                .params(s.params()).query(rs -> {
                    counts.computeIfAbsent(rs.getLong(1), b -> zeros()).put(rs.getString(2), rs.getLong(3));
                });
        return counts;
    }

    /**
     * Open cases whose current task is past due: for an advisor the tasks they hold, for a manager those of the
     * branch, for an admin all.
     */
    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    public long overdueTasks() {
        PortalUser me = currentUser.require();
        LocalDateTime now = utc(clock.instant());
        if (me.dataScope().kind() == DataScope.Kind.ADVISOR) {
            return jdbc.sql("SELECT COUNT(*) FROM case_process cp JOIN risk_case r ON r.id = cp.case_id"
                    + " WHERE cp.assignee = ? AND cp.ended_at IS NULL AND r.status = 'OPEN' AND cp.due_at < ?")
                    .params(me.username(), now).query(Long.class).single();
        }
        ScopeCondition s = scope("r");
        return jdbc.sql("SELECT COUNT(*) FROM case_process cp JOIN risk_case r ON r.id = cp.case_id"
                        + " WHERE cp.ended_at IS NULL AND r.status = 'OPEN' AND cp.due_at < :now" + s.and())
                .params(s.params()).param("now", now).query(Long.class).single();
    }

    /** Cases opened and resolution records written per Shanghai day, the last {@code days} days up to today. */
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    public List<DayCount> perDay(int days) {
        LocalDate today = today();
        LocalDate first = today.minusDays(window(days) - 1L);
        Map<LocalDate, long[]> byDay = new LinkedHashMap<>();
        for (LocalDate d = first; !d.isAfter(today); d = d.plusDays(1)) {
            byDay.put(d, new long[2]);
        }
        count(byDay, "risk_case r", "r", "r.opened_at", first, 0);
        count(byDay, "resolution_record r", "r", "r.resolved_at", first, 1);
        return byDay.entrySet().stream().map(e -> new DayCount(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }

    /** Resolution outcomes of the last {@code days} days, most frequent first. */
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    public Map<String, Long> outcomes(int days) {
        ScopeCondition s = scope("r");
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT r.outcome, COUNT(*) FROM resolution_record r WHERE r.resolved_at >= :since" + s.and()
                        + " GROUP BY r.outcome ORDER BY 2 DESC, 1")
                .params(s.params()).param("since", utc(startOf(days))).query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    /**
     * Median time to first contact (cases opened in the window with a contact attempt) and to resolution (records
     * resolved in the window) per branch, then per advisor; branches first, each by id.
     */
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    public List<MedianTimes> medianTimes(int days) {
        LocalDateTime since = utc(startOf(days));
        Map<List<Long>, List<Long>> contact = new HashMap<>();
        Map<List<Long>, List<Long>> resolution = new HashMap<>();
        ScopeCondition s = scope("r");
        jdbc.sql("SELECT r.branch_id, r.advisor_id, r.opened_at, MIN(cc.recorded_at) FROM risk_case r"
                        + " JOIN case_contact cc ON cc.case_id = r.id WHERE r.opened_at >= :since" + s.and()
                        + " GROUP BY r.id, r.branch_id, r.advisor_id, r.opened_at LIMIT " + MAX_DURATIONS)
                .params(s.params()).param("since", since).query(rs -> {
                    collect(contact, rs.getLong(1), rs.getObject(2, Long.class),
                            rs.getObject(3, LocalDateTime.class), rs.getObject(4, LocalDateTime.class));
                });
        jdbc.sql("SELECT r.branch_id, r.advisor_id, r.opened_at, r.resolved_at FROM resolution_record r"
                        + " WHERE r.resolved_at >= :since AND r.opened_at IS NOT NULL" + s.and() + " LIMIT " + MAX_DURATIONS)
                .params(s.params()).param("since", since).query(rs -> {
                    collect(resolution, rs.getLong(1), rs.getObject(2, Long.class),
                            rs.getObject(3, LocalDateTime.class), rs.getObject(4, LocalDateTime.class));
                });
        TreeMap<List<Long>, MedianTimes> rows = new TreeMap<>((a, b) -> {
            int byKind = Boolean.compare(a.get(1) != null, b.get(1) != null);
            if (byKind != 0) {
                return byKind;
            }
            int byBranch = Long.compare(a.get(0), b.get(0));
            return byBranch != 0 || a.get(1) == null ? byBranch : Long.compare(a.get(1), b.get(1));
        });
        for (List<Long> key : union(contact, resolution)) {
            List<Long> c = contact.getOrDefault(key, List.of());
            List<Long> r = resolution.getOrDefault(key, List.of());
            rows.put(key, new MedianTimes(key.get(0), key.get(1), c.size(), seconds(c), r.size(), seconds(r)));
        }
        return List.copyOf(rows.values());
    }

    private static List<List<Long>> union(Map<List<Long>, List<Long>> a, Map<List<Long>, List<Long>> b) {
        List<List<Long>> keys = new ArrayList<>(a.keySet());
        b.keySet().stream().filter(k -> !a.containsKey(k)).forEach(keys::add);
        return keys;
    }

    /** One duration for the branch and, when the case has an advisor, for the advisor too. */
    private static void collect(Map<List<Long>, List<Long>> into, long branchId, Long advisorId, LocalDateTime from,
                                LocalDateTime to) {
        if (from == null || to == null) {
            return;
        }
        long secs = Math.max(0, Duration.between(from, to).toSeconds());
        into.computeIfAbsent(java.util.Arrays.asList(branchId, null), k -> new ArrayList<>()).add(secs);
        if (advisorId != null) {
            into.computeIfAbsent(List.of(branchId, advisorId), k -> new ArrayList<>()).add(secs);
        }
    }

    private static Duration seconds(List<Long> values) {
        Long median = Medians.of(values.stream().mapToLong(Long::longValue).toArray());
        return median == null ? null : Duration.ofSeconds(median);
    }

    private void count(Map<LocalDate, long[]> byDay, String table, String alias, String column, LocalDate first,
                       int slot) {
        ScopeCondition s = scope(alias);
        String day = SHANGHAI_DAY.formatted(column);
        jdbc.sql("SELECT " + day + ", COUNT(*) FROM " + table + " WHERE " + column + " >= :first" + s.and()
                        + " GROUP BY " + day)
                .params(s.params()).param("first", utc(first.atStartOfDay(TimeConfiguration.MARKET_ZONE).toInstant()))
                .query(rs -> {
                    long[] counts = byDay.get(rs.getObject(1, LocalDate.class));
                    if (counts != null) {
                        counts[slot] = rs.getLong(2);
                    }
                });
    }

    /** The caller's data scope on a table with branch_id and advisor_id columns. */
    private ScopeCondition scope(String alias) {
        return currentUser.scope().heldRows(alias);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), TimeConfiguration.MARKET_ZONE);
    }

    private Instant startOf(int days) {
        return today().minusDays(window(days) - 1L).atStartOfDay(TimeConfiguration.MARKET_ZONE).toInstant();
    }

    private static int window(int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("days must be 1.." + MAX_DAYS);
        }
        return days;
    }

    private static Map<String, Long> zeros() {
        Map<String, Long> counts = new LinkedHashMap<>();
        LEVELS.forEach(l -> counts.put(l, 0L));
        return counts;
    }

}
