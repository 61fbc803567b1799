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
 * The board's columns are set by targeted UPDATEs, as CaseBoardListener sets the rest of them; the inbox's client filter
 * finds the running processes of clients' cases in one join.
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

    /** The steps the case's process went through, in order, written by its last step (V046). */
    void recordSteps(long caseId, java.util.List<String> steps) {
        jdbc.sql("UPDATE case_process SET steps = ? WHERE case_id = ?").params(String.join(" ", steps), caseId).update();
    }

    /** Empty for a running process and for one that ended before V046. */
    java.util.List<String> steps(long caseId) {
        return jdbc.sql("SELECT steps FROM case_process WHERE case_id = ?").param(caseId).query(String.class).optional()
                .filter(s -> !s.isBlank()).map(s -> java.util.List.of(s.trim().split(" "))).orElse(java.util.List.of());
    }

    /** The processes still running for the cases of these clients (the inbox's client filter). */
    java.util.List<String> runningProcessesOfClients(java.util.Collection<Long> clientIds) {
        java.util.List<Long> ids = java.util.List.copyOf(clientIds);
        java.util.List<String> processes = new java.util.ArrayList<>();
        for (int from = 0; from < ids.size(); from += 1000) {
            processes.addAll(jdbc.sql("""
                    SELECT cp.process_instance_id FROM case_process cp JOIN risk_case r ON r.id = cp.case_id
                     WHERE r.client_id IN (:clients) AND cp.ended_at IS NULL AND cp.process_instance_id IS NOT NULL""")
                    .param("clients", ids.subList(from, Math.min(ids.size(), from + 1000))).query(String.class).list());
        }
        return processes;
    }

    /** Every case that has (or is starting) its process. */
    java.util.Set<Long> caseIds() {
        return new java.util.HashSet<>(jdbc.sql("SELECT case_id FROM case_process").query(Long.class).list());
    }
}
