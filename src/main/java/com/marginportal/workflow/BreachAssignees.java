package com.marginportal.workflow;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who a new breach process goes to: the case's branch and the advisor who holds it (user name only while enabled),
 * one query (one for a batch of starts). The case's holder, not the client's advisor read again: a case the client's move reached before its
 * process started has moved already ({@link CaseHolders}).
 * JdbcClient, not JPA: one read-only join of the case and its advisor.
 */
@Repository
class BreachAssignees {

    /** @param advisorUsername null when the client has no advisor or the advisor's account is disabled */
    record Assignee(long branchId, Long advisorId, String advisorUsername) {
    }

    private final JdbcClient jdbc;

    BreachAssignees(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The assignees of several cases in one query (a lane's batch of starts); a case that does not exist is absent. */
    Map<Long, Assignee> forCases(Collection<Long> caseIds) {
        Map<Long, Assignee> found = new HashMap<>();
        if (caseIds.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                        SELECT r.id, r.branch_id, r.advisor_id, u.username
                          FROM risk_case r LEFT JOIN app_user u ON u.id = r.advisor_id AND u.enabled
                         WHERE r.id IN (:ids)""")
                .param("ids", List.copyOf(caseIds))
                .query(rs -> {
                    found.put(rs.getLong(1), new Assignee(rs.getLong(2), rs.getObject(3, Long.class), rs.getString(4)));
                });
        return found;
    }

    Optional<Assignee> forCase(long caseId) {
        return jdbc.sql("""
                        SELECT r.branch_id, r.advisor_id, u.username
                          FROM risk_case r LEFT JOIN app_user u ON u.id = r.advisor_id AND u.enabled
                         WHERE r.id = ?""")
                .param(caseId)
                .query((rs, i) -> new Assignee(rs.getLong(1), rs.getObject(2, Long.class), rs.getString(3)))
                .optional();
    }
}
