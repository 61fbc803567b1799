package com.marginportal.workflow;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.flowable.engine.delegate.DelegateExecution;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The case a breach process handles, and that case's account and client. A process carries its case as its business
 * key only (issue 14: no {@code caseId}, {@code accountId}, {@code clientId} variables, three rows less per start);
 * the account and client are the case's, read from {@code risk_case} where a step or a list needs them. Processes
 * started before keep their copies, which nobody reads any more (the case's own values are the same: a case never
 * changes account or client).
 * JdbcClient, not JPA: one read-only join of the case (and its process link) by key.
 */
@Repository
class ProcessCases {

    /** A case, the account and client it is about, and the indicator it crossed (BreachReason's name). */
    /** @param ratio the case's latest maintenance ratio (null: the account has no debt) */
    record Parties(long caseId, long accountId, long clientId, String reason, java.math.BigDecimal ratio) {
    }

    private final JdbcClient jdbc;

    ProcessCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The case of a breach process's execution: its process instance's business key. */
    static long caseId(DelegateExecution execution) {
        String key = execution.getProcessInstanceBusinessKey();
        if (key == null || key.isEmpty()) {
            throw new IllegalStateException("breach process " + execution.getProcessInstanceId() + " has no case");
        }
        return Long.parseLong(key);
    }

    Parties of(long caseId) {
        return jdbc.sql("SELECT id, account_id, client_id, reason, latest_ratio FROM risk_case WHERE id = ?").param(caseId)
                .query((rs, i) -> new Parties(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        rs.getBigDecimal(5))).optional()
                .orElseThrow(() -> new IllegalStateException("no risk case " + caseId));
    }

    Parties of(DelegateExecution execution) {
        return of(caseId(execution));
    }

    /** The case of a breach process (a task's), through its board row. */
    Parties ofProcess(String processInstanceId) {
        Parties found = ofProcesses(List.of(processInstanceId)).get(processInstanceId);
        if (found == null) {
            throw new IllegalStateException("process " + processInstanceId + " belongs to no risk case");
        }
        return found;
    }

    /** The cases of these breach processes (a page of tasks), in one query; a process of no case is absent. */
    Map<String, Parties> ofProcesses(Collection<String> processInstanceIds) {
        Map<String, Parties> found = new HashMap<>();
        List<String> ids = List.copyOf(new java.util.LinkedHashSet<>(processInstanceIds));
        for (int from = 0; from < ids.size(); from += 1000) {
            jdbc.sql("""
                    SELECT cp.process_instance_id, r.id, r.account_id, r.client_id, r.reason, r.latest_ratio
                      FROM case_process cp JOIN risk_case r ON r.id = cp.case_id
                     WHERE cp.process_instance_id IN (:processes)""")
                    .param("processes", ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .query(rs -> {
                        found.put(rs.getString(1), new Parties(rs.getLong(2), rs.getLong(3), rs.getLong(4),
                                rs.getString(5), rs.getBigDecimal(6)));
                    });
        }
        return found;
    }
}
