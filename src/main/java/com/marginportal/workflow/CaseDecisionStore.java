package com.marginportal.workflow;

import static com.marginportal.UtcColumns.utc;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** case_decision: every manager decision on a case, insert only (in the transaction that makes it take effect). */
@Repository
class CaseDecisionStore {

    private final JdbcClient jdbc;

    CaseDecisionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long caseId, ManagerDecision.Kind decision, String reason, Instant newDeadline, String decidedBy,
                Instant at) {
        jdbc.sql("""
                INSERT INTO case_decision (case_id, decision, reason, new_deadline, decided_by, decided_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(caseId, decision.name(), reason, utc(newDeadline), decidedBy, utc(at)).update();
    }

}
