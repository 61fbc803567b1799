package com.marginportal.workflow;

import static com.marginportal.UtcColumns.utc;
import static com.marginportal.UtcColumns.instant;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.marginportal.TimeConfiguration;
import com.marginportal.client.ClientDirectory;
import com.marginportal.client.domain.PersonalDataMask;
import com.marginportal.security.AuditLog;
import com.marginportal.security.AuditText;
import com.marginportal.security.BranchInfo;
import com.marginportal.security.CurrentUser;
import com.marginportal.security.ScopeCondition;
import com.marginportal.security.UserAccount;
import com.marginportal.security.UserDirectory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The filtered board and the resolution records as CSV (UTF-8 with BOM) or XLSX, written page by page (1,000
 * rows at a time, never the whole result in memory) in the caller's scope. Account numbers are masked; client
 * names appear as on the board. Managers and admins only; every export is audited with its filter and row count.
 * JdbcClient, not JPA: scoped joins read page by page into the CSV or XLSX file.
 */
@Service
@Transactional(readOnly = true)
public class CaseExport {

    static final int PAGE = 1000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(TimeConfiguration.MARKET_ZONE);

    private final CaseBoard board;
    private final ClientDirectory clients;
    private final UserDirectory users;
    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    CaseExport(CaseBoard board, ClientDirectory clients, UserDirectory users, JdbcClient jdbc, CurrentUser currentUser,
               AuditLog audit, Clock clock) {
        this.board = board;
        this.clients = clients;
        this.users = users;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The board's rows under the filter, in the board's order (soonest due first). @return rows written */
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    public long writeBoard(BoardFilter filter, ExportFormat format, ExportText text, OutputStream out)
            throws IOException {
        Names names = names();
        TableWriter writer = TableWriter.of(format, "board", out);
        writer.row(List.of("#", text.get("clients.col.id"), text.get("clients.col.name"), text.get("cases.col.level"),
                text.get("board.col.step"), text.get("inbox.col.due"), text.get("board.col.sla"),
                text.get("export.openedAt"), text.get("inbox.col.assignee"), text.get("clients.col.advisor"),
                text.get("clients.col.branch"), text.get("board.col.lastContact"), text.get("export.ratioPercent"),
                text.get("board.col.version"), text.get("export.endedAt")));
        long rows = 0;
        for (int offset = 0; ; offset += PAGE) {
            List<BoardRow> page = board.search(filter, offset, PAGE);
            Map<Long, String> clientNames = clients.clientNames(page.stream().map(BoardRow::clientId)
                    .collect(Collectors.toSet()));
            for (BoardRow r : page) {
                List<Object> row = new ArrayList<>(15);
                row.add(r.caseId());
                row.add(r.clientId());
                row.add(clientNames.getOrDefault(r.clientId(), ""));
                row.add(text.get("level." + r.level()));
                row.add(text.get("activity." + (r.step() == null ? "sendRiskNotice" : r.step())));
                row.add(time(r.dueAt()));
                row.add(r.isOpen() ? text.get("sla." + board.sla(r)) : text.get(r.caseStatus().labelKey()));
                row.add(time(r.openedAt()));
                row.add(r.assignee());
                row.add(names.advisor(r.advisorId()));
                row.add(names.branch(r.branchId()));
                row.add(time(r.lastContactAt()));
                row.add(percent(r.ratio()));
                row.add(r.version());
                row.add(time(r.endedAt()));
                writer.row(row);
            }
            rows += page.size();
            if (page.size() < PAGE) {
                break;
            }
        }
        writer.finish();
        audit.record("BOARD_EXPORTED", "RISK_CASE", null, AuditText.of("boardExported", rows, format, filter.auditFields()));
        return rows;
    }

    /** Resolution records in the caller's scope under the filter, by case number. @return rows written */
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    public long writeResolutions(ResolutionFilter filter, ExportFormat format, ExportText text, OutputStream out)
            throws IOException {
        Names names = names();
        TableWriter writer = TableWriter.of(format, "resolutions", out);
        writer.row(List.of("#", text.get("clients.col.id"), text.get("clients.col.name"), text.get("export.account"),
                text.get("clients.col.branch"), text.get("clients.col.advisor"), text.get("export.outcome"),
                text.get("export.finalLevel"), text.get("export.decidedBy"), text.get("export.reason"),
                text.get("export.ratioAtOpen"), text.get("export.ratioAtEnd"), text.get("export.extensions"),
                text.get("export.openedAt"), text.get("export.resolvedAt")));
        StringBuilder where = new StringBuilder(" WHERE r.case_id > :after");
        Map<String, Object> params = new HashMap<>();
        ScopeCondition scope = currentUser.scope().heldRows("r");
        where.append(scope.and());
        params.putAll(scope.params());
        if (filter.from() != null) {
            add(where, params, " AND r.resolved_at >= :from", "from",
                    utc(filter.from().atStartOfDay(TimeConfiguration.MARKET_ZONE).toInstant()));
        }
        if (filter.to() != null) {
            add(where, params, " AND r.resolved_at < :to", "to",
                    utc(filter.to().plusDays(1).atStartOfDay(TimeConfiguration.MARKET_ZONE).toInstant()));
        }
        if (filter.outcome() != null) {
            add(where, params, " AND r.outcome = :outcome", "outcome", filter.outcome().name());
        }
        long rows = 0;
        long after = Long.MIN_VALUE;
        while (true) {
            params.put("after", after);
            List<Resolution> page = jdbc.sql("""
                    SELECT r.case_id, r.client_id, r.account_id, r.branch_id, r.advisor_id, r.outcome, r.final_level,
                           COALESCE(r.decided_by_name, r.decided_by), r.reason, r.ratio_at_open, r.ratio_at_end,
                           r.extensions, r.opened_at, r.resolved_at FROM resolution_record r""" + where + " ORDER BY r.case_id LIMIT " + PAGE)
                    .params(params).query((rs, i) -> resolution(rs)).list();
            Map<Long, String> clientNames = clients.clientNames(page.stream().map(Resolution::clientId)
                    .collect(Collectors.toSet()));
            for (Resolution r : page) {
                writer.row(java.util.Arrays.asList(r.caseId, r.clientId, clientNames.getOrDefault(r.clientId, ""),
                        PersonalDataMask.accountNumber(String.valueOf(r.accountId)), names.branch(r.branchId),
                        names.advisor(r.advisorId), text.get("outcome." + r.outcome), text.get("level." + r.finalLevel),
                        r.decidedBy, r.reason, percent(r.ratioAtOpen), percent(r.ratioAtEnd), r.extensions,
                        time(r.openedAt), time(r.resolvedAt)));
            }
            rows += page.size();
            if (page.size() < PAGE) {
                break;
            }
            after = page.get(page.size() - 1).caseId;
        }
        writer.finish();
        audit.record("RESOLUTIONS_EXPORTED", "RESOLUTION_RECORD", null,
                AuditText.of("resolutionsExported", rows, format, filter.auditFields()));
        return rows;
    }

    /** The file name of an export made now: {@code board-2026-11-26.xlsx}. */
    public String fileName(String prefix, ExportFormat format) {
        return prefix + "-" + java.time.LocalDate.now(clock.withZone(TimeConfiguration.MARKET_ZONE)) + "."
                + format.extension();
    }

    private record Resolution(long caseId, long clientId, long accountId, long branchId, Long advisorId, String outcome,
                              String finalLevel, String decidedBy, String reason, BigDecimal ratioAtOpen,
                              BigDecimal ratioAtEnd, int extensions, Instant openedAt, Instant resolvedAt) {
    }

    private static Resolution resolution(ResultSet rs) throws SQLException {
        return new Resolution(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getObject(5, Long.class),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getBigDecimal(10),
                rs.getBigDecimal(11), rs.getInt(12), instant(rs, 13), instant(rs, 14));
    }

    /** Branch and advisor names, looked up once per export. */
    private record Names(Map<Long, String> branches, Map<Long, String> advisors) {

        String branch(long id) {
            return branches.getOrDefault(id, String.valueOf(id));
        }

        String advisor(Long id) {
            return id == null ? "" : advisors.getOrDefault(id, String.valueOf(id));
        }
    }

    private Names names() {
        Map<Long, String> branches = users.branchesById().values().stream()
                .collect(Collectors.toMap(BranchInfo::id, BranchInfo::name));
        Map<Long, String> advisors = users.visibleAdvisors().stream()
                .collect(Collectors.toMap(UserAccount::id, UserAccount::displayName));
        return new Names(branches, advisors);
    }

    private static void add(StringBuilder where, Map<String, Object> params, String clause, String name, Object value) {
        where.append(clause);
        params.put(name, value);
    }

    private static String time(Instant at) {
        return at == null ? "" : TIME.format(at);
    }

    /** A ratio in percent (142.86) as a number a spreadsheet can sort; empty without debt. */
    private static BigDecimal percent(BigDecimal fraction) {
        return fraction == null ? null : fraction.movePointRight(2).setScale(2, RoundingMode.HALF_UP);
    }


}
