package com.marginportal.workflow;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who a new breach process goes to: the case's branch and the advisor who holds it (user name only while enabled),
 * one query. The case's holder, not the client's advisor read again: a case the client's move reached before its
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
