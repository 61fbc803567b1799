package com.marginportal.workflow;

import static com.marginportal.UtcColumns.utc;
import static com.marginportal.UtcColumns.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.marginportal.security.DataScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** resolution_record: insert and read, never update or delete. */
@Repository
class ResolutionStore {

    private final JdbcClient jdbc;

    ResolutionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ResolutionRecord r) {
        jdbc.sql("""
                INSERT INTO resolution_record (case_id, account_id, client_id, branch_id, advisor_id, outcome,
                       final_level, decided_by, decided_by_name, reason, ratio_at_open, ratio_at_end, extensions, notice_ids, timeline,
                       contacts, process_instance_id, opened_at, resolved_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(r.caseId(), r.accountId(), r.clientId(), r.branchId(), r.advisorId(), r.outcome().name(),
                        r.finalLevel(), r.decidedBy(), r.decidedByName(), r.reason(), r.ratioAtOpen(), r.ratioAtEnd(), r.extensions(),
                        String.join(",", r.noticeIds().stream().map(String::valueOf).toList()), r.timeline(),
                        r.contacts(), r.processInstanceId(), utc(r.openedAt()), utc(r.resolvedAt()))
                .update();
    }

    boolean exists(long caseId) {
        return jdbc.sql("SELECT COUNT(*) FROM resolution_record WHERE case_id = ?").param(caseId)
                .query(Long.class).single() > 0;
    }

    /** The record of a case when it lies in the scope. */
    Optional<ResolutionRecord> find(long caseId, DataScope scope) {
        return jdbc.sql("SELECT * FROM resolution_record WHERE case_id = ?").param(caseId)
                .query((rs, i) -> row(rs)).optional()
                .filter(r -> scope.permits(r.branchId(), r.advisorId()));
    }

    List<ResolutionRecord> forClient(long clientId, DataScope scope) {
        return jdbc.sql("SELECT * FROM resolution_record WHERE client_id = ? ORDER BY resolved_at DESC")
                .param(clientId).query((rs, i) -> row(rs)).list().stream()
                .filter(r -> scope.permits(r.branchId(), r.advisorId())).toList();
    }

    private static ResolutionRecord row(ResultSet rs) throws SQLException {
        String ids = rs.getString("notice_ids");
        List<Long> noticeIds = ids.isEmpty() ? List.of() : Arrays.stream(ids.split(",")).map(Long::valueOf).toList();
        return new ResolutionRecord(rs.getLong("case_id"), rs.getLong("account_id"), rs.getLong("client_id"),
                rs.getLong("branch_id"), rs.getObject("advisor_id", Long.class),
                ResolutionOutcome.valueOf(rs.getString("outcome")), rs.getString("final_level"),
                rs.getString("decided_by"), rs.getString("decided_by_name"), rs.getString("reason"), rs.getBigDecimal("ratio_at_open"),
                rs.getBigDecimal("ratio_at_end"), rs.getInt("extensions"), noticeIds, rs.getString("timeline"),
                rs.getString("contacts"), rs.getString("process_instance_id"), instant(rs, "opened_at"),
                instant(rs, "resolved_at"));
    }


}
