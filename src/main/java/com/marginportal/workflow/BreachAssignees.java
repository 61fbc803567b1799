package com.marginportal.workflow;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who a new breach process goes to: the account's branch and advisor (user name only while enabled), one query.
 * JdbcClient, not JPA: one read-only join of account, client and advisor.
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

    Optional<Assignee> forAccount(long accountId) {
        return jdbc.sql("""
                        SELECT c.branch_id, c.advisor_id, u.username
                          FROM credit_account a JOIN client c ON c.id = a.client_id
                          LEFT JOIN app_user u ON u.id = c.advisor_id AND u.enabled
                         WHERE a.id = ?""")
                .param(accountId)
                .query((rs, i) -> new Assignee(rs.getLong(1), rs.getObject(2, Long.class), rs.getString(3)))
                .optional();
    }
}
