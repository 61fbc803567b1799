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
 * finds the running processes of clients' cases in one join; the reconciler finds the processes left on another
 * branch than their case's in one join with Flowable's variables.
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

    /** The running process of each of these cases that has one: process instance id → case id. */
    java.util.Map<String, Long> runningProcessesOfCases(java.util.Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<String, Long> processes = new java.util.HashMap<>();
        jdbc.sql("""
                SELECT process_instance_id, case_id FROM case_process
                 WHERE case_id IN (:cases) AND ended_at IS NULL AND process_instance_id IS NOT NULL""")
                .param("cases", java.util.List.copyOf(caseIds))
                .query(rs -> {
                    processes.put(rs.getString(1), rs.getLong(2));
                });
        return processes;
    }

    /**
     * Cases in handling whose running process is offered to another branch than the case's (the variable
     * {@code branchId} of the process, in Flowable's own table): their {@code CaseBranchMoved} was not handled.
     */
    java.util.List<Long> casesOnAnotherBranch() {
        return jdbc.sql("""
                SELECT cp.case_id FROM case_process cp JOIN risk_case r ON r.id = cp.case_id
                  JOIN ACT_RU_VARIABLE v ON v.PROC_INST_ID_ = cp.process_instance_id
                   AND v.EXECUTION_ID_ = cp.process_instance_id AND v.NAME_ = 'branchId'
                 WHERE r.status = 'OPEN' AND cp.ended_at IS NULL AND v.LONG_ <> r.branch_id""")
                .query(Long.class).list();
    }

    /** Every case that has (or is starting) its process. */
    java.util.Set<Long> caseIds() {
        return new java.util.HashSet<>(jdbc.sql("SELECT case_id FROM case_process").query(Long.class).list());
    }
}
