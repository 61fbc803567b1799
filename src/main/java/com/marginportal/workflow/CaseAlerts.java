package com.marginportal.workflow;

import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import com.marginportal.risk.CaseFilter;
import com.marginportal.risk.RiskCaseQueries;
import com.marginportal.risk.RiskCaseRow;
import com.marginportal.security.UserDirectory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The alert of the client 360 view: the client's case in handling read from the board's read model (step, due,
 * holder), so the banner says what the board says. Scoped through the risk case list: a client outside the
 * caller's scope has no alert.
 * JdbcClient, not JPA: a read-only projection of the board's read model (case_process).
 */
@Service
@Transactional(readOnly = true)
public class CaseAlerts {

    private final RiskCaseQueries cases;
    private final JdbcClient jdbc;
    private final TaskInbox inbox;
    private final UserDirectory users;

    CaseAlerts(RiskCaseQueries cases, JdbcClient jdbc, TaskInbox inbox, UserDirectory users) {
        this.cases = cases;
        this.jdbc = jdbc;
        this.inbox = inbox;
        this.users = users;
    }

    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    public Optional<CaseAlert> forClient(long clientId) {
        List<RiskCaseRow> open = cases.search(CaseFilter.OPEN.withClient(clientId), 0, 1);
        if (open.isEmpty()) {
            return Optional.empty();
        }
        RiskCaseRow c = open.get(0);
        record Where(String step, Timestamp due, String assignee) {
        }
        Optional<Where> where = jdbc.sql("""
                SELECT current_step, due_at, assignee FROM case_process
                 WHERE case_id = ? AND ended_at IS NULL""").param(c.caseId())
                .query((rs, i) -> new Where(rs.getString(1), rs.getTimestamp(2), rs.getString(3)))
                .optional();
        if (where.isEmpty()) {
            return Optional.of(new CaseAlert(c, null, null, null, null)); // its process is still starting
        }
        Where w = where.get();
        String holder = w.assignee() == null ? null : users.displayNames(List.of(w.assignee()))
                .getOrDefault(w.assignee(), w.assignee());
        // the task this user can act on: theirs, or one their group may claim (the inbox's own rule)
        String taskId = inbox.actionableForCase(c.caseId()).map(InboxTask::taskId).orElse(null);
        return Optional.of(new CaseAlert(c, w.step(), w.due() == null ? null
                : w.due().toLocalDateTime().toInstant(ZoneOffset.UTC), holder, taskId));
    }
}
