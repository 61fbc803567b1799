package com.marginportal.workflow;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The case → process link; its primary key makes "one process per case" hold across nodes and redeliveries. The
 * row is also the board's read model: a recorded contact moves its last contact here.
 * JdbcClient, not JPA: the claim is an INSERT whose duplicate key answers false without failing the caller's transaction.
 * The board's columns are set by targeted UPDATEs, as CaseBoardListener sets the rest of them.
 */
@Repository
class CaseProcessStore {

    private final JdbcClient jdbc;

    CaseProcessStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False when the case already has (or is getting) a process. */
    boolean claim(long caseId, Instant at) {
        try {
            jdbc.sql("INSERT INTO case_process (case_id, started_at) VALUES (?, ?)")
                    .params(caseId, LocalDateTime.ofInstant(at, ZoneOffset.UTC)).update();
            return true;
        } catch (DuplicateKeyException alreadyClaimed) {
            return false;
        }
    }

    /** The board row's last contact (no row for a case handled before the engine ran it: nothing to move). */
    void contacted(long caseId, Instant at) {
        jdbc.sql("UPDATE case_process SET last_contact_at = ? WHERE case_id = ?")
                .params(LocalDateTime.ofInstant(at, ZoneOffset.UTC), caseId).update();
    }

    Optional<String> processInstanceId(long caseId) {
        return jdbc.sql("SELECT process_instance_id FROM case_process WHERE case_id = ?").param(caseId)
                .query(String.class).optional();
    }

    /** Every case that has (or is starting) its process. */
    java.util.Set<Long> caseIds() {
        return new java.util.HashSet<>(jdbc.sql("SELECT case_id FROM case_process").query(Long.class).list());
    }
}
