package com.marginportal.security;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.marginportal.support.ClientFixture;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Two branches of their own (93: advisors {@code scope-adv1}, {@code scope-adv2}; 94: manager {@code scope-mgr94},
 * advisor {@code scope-adv3}) and one client per advisor, each with every kind of row the scoped queries list: an
 * open risk case with its board row (overdue) and an event, a closed case with its resolution record, a FAILED and
 * a long-waiting PENDING notice, an overdue service request and an open contact task (both due in 2000: first in
 * every list). Each row carries its holder as the application writes it. Removed again by {@link #delete()}.
 */
final class ScopeFixture {

    static final long BRANCH_A = 93;
    static final long BRANCH_B = 94;

    /** One client with its rows; the holder as the rows carry it. */
    record Held(long clientId, long branchId, long advisorId, long openCase, long closedCase, long failedNotice,
                long waitingNotice, long request, long task) {
    }

    final long adv1;
    final long adv2;
    final long adv3;
    final long mgr94;
    final List<Held> rows = new ArrayList<>();
    final String marker;
    private final JdbcClient jdbc;

    ScopeFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
        delete();
        branch(BRANCH_A, "SCOPE93");
        branch(BRANCH_B, "SCOPE94");
        adv1 = user("scope-adv1", "ADVISOR", BRANCH_A);
        adv2 = user("scope-adv2", "ADVISOR", BRANCH_A);
        mgr94 = user("scope-mgr94", "MANAGER", BRANCH_B);
        adv3 = user("scope-adv3", "ADVISOR", BRANCH_B);
        ClientFixture clients = new ClientFixture(jdbc);
        marker = clients.marker;
        held(clients.client(BRANCH_A, "scope-adv1"), BRANCH_A, adv1);
        held(clients.client(BRANCH_A, "scope-adv2"), BRANCH_A, adv2);
        held(clients.client(BRANCH_B, "scope-adv3"), BRANCH_B, adv3);
    }

    void delete() {
        List<Long> clients = jdbc.sql("SELECT id FROM client WHERE branch_id IN (?, ?)").params(BRANCH_A, BRANCH_B)
                .query(Long.class).list();
        for (long client : clients) {
            jdbc.sql("DELETE FROM notification WHERE client_id = ?").param(client).update();
            jdbc.sql("DELETE FROM service_request WHERE client_id = ?").param(client).update();
            jdbc.sql("DELETE FROM contact_task WHERE client_id = ?").param(client).update();
            jdbc.sql("DELETE FROM resolution_record WHERE client_id = ?").param(client).update();
            for (long c : jdbc.sql("SELECT id FROM risk_case WHERE client_id = ?").param(client).query(Long.class).list()) {
                jdbc.sql("DELETE FROM risk_case_event WHERE case_id = ?").param(c).update();
                jdbc.sql("DELETE FROM case_process WHERE case_id = ?").param(c).update();
                jdbc.sql("DELETE FROM risk_case WHERE id = ?").param(c).update();
            }
            jdbc.sql("DELETE FROM credit_account WHERE client_id = ?").param(client).update();
            jdbc.sql("DELETE FROM client WHERE id = ?").param(client).update();
        }
        jdbc.sql("DELETE FROM app_user WHERE branch_id IN (?, ?)").params(BRANCH_A, BRANCH_B).update();
        jdbc.sql("DELETE FROM branch WHERE id IN (?, ?)").params(BRANCH_A, BRANCH_B).update();
    }

    private void held(long client, long branch, long advisor) {
        long account = jdbc.sql("SELECT id FROM credit_account WHERE client_id = ?").param(client).query(Long.class).single();
        LocalDateTime now = utc(Instant.now());
        long open = riskCase(account, client, branch, advisor, "OPEN", now.minusHours(3));
        jdbc.sql("""
                INSERT INTO case_process (case_id, process_instance_id, started_at, current_step, step_since, due_at,
                       assignee) VALUES (?, NULL, ?, 'contactClient', ?, ?, 'scope')""")
                .params(open, now.minusHours(3), now.minusHours(3), now.minusHours(1)).update();
        jdbc.sql("""
                INSERT INTO risk_case_event (case_id, occurred_at, event_type, level, scan_id, ratio, snapshot)
                VALUES (?, ?, 'OPENED', 'WARNING', 0, 1.2500, '{}')""").params(open, now.minusHours(3)).update();
        long closed = riskCase(account, client, branch, advisor, "RESTORED", now.minusHours(5));
        jdbc.sql("""
                INSERT INTO resolution_record (case_id, account_id, client_id, branch_id, advisor_id, outcome,
                       final_level, decided_by, reason, ratio_at_open, ratio_at_end, extensions, notice_ids, timeline,
                       contacts, process_instance_id, opened_at, resolved_at)
                VALUES (?, ?, ?, ?, ?, 'RESTORED_BY_TOP_UP', 'WARNING', NULL, NULL, 1.2500, 1.4500, 0, '', '[]', '[]',
                        ?, ?, ?)""")
                .params(closed, account, client, branch, advisor, "scope-" + closed, now.minusHours(5),
                        now.minusHours(4)).update();
        long failed = notice(open, client, branch, "FAILED", now.minusHours(2));
        long waiting = notice(open, client, branch, "PENDING", now.minusHours(1));
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO service_request (client_id, branch_id, advisor_id, request_type, channel, content, status,
                       due_at, created_at, created_by) VALUES (?, ?, ?, 'INFORMATION', 'PHONE', '范围测试', 'OPEN', ?, ?, 'scope')""")
                .params(client, branch, advisor, LocalDateTime.of(2000, 1, 1, 0, 0), now).update(key, "id");
        long request = key.getKey().longValue();
        key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO contact_task (plan_id, client_id, open_client_id, branch_id, advisor_id, status, created_at,
                       due_at) VALUES ((SELECT MIN(id) FROM contact_plan), ?, ?, ?, ?, 'OPEN', ?, ?)""")
                .params(client, client, branch, advisor, now, LocalDateTime.of(2000, 1, 1, 0, 0)).update(key, "id");
        rows.add(new Held(client, branch, advisor, open, closed, failed, waiting, request, key.getKey().longValue()));
    }

    private long riskCase(long account, long client, long branch, long advisor, String status, LocalDateTime openedAt) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO risk_case (account_id, open_account_id, client_id, branch_id, advisor_id, level, reason,
                       status, opened_at, opened_scan_id, last_scan_id, ratio_at_open, latest_ratio, warning_line,
                       margin_call_line, liquidation_line, top_up_target, top_up_deadline_days)
                VALUES (?, ?, ?, ?, ?, 'WARNING', 'MAINTENANCE_RATIO', ?, ?, 0, 0, 1.2500, 1.2500, 1.4000, 1.3000, 1.1000,
                        1.4000, 2)""")
                .params(account, "OPEN".equals(status) ? account : null, client, branch, advisor, status, openedAt)
                .update(key, "id");
        return key.getKey().longValue();
    }

    private long notice(long caseId, long client, long branch, String status, LocalDateTime createdAt) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO notification (channel, notice_type, status, case_id, client_id, branch_id, recipient,
                       recipient_name, language_tag, subject, body_text, body_html, snapshot, created_at, created_by,
                       next_attempt_at, attempts, series_start, failed_at)
                VALUES ('EMAIL', 'WARNING', ?, ?, ?, ?, 'scope@example.com', '范围', 'zh-CN', '范围测试', 'x', 'x', '{}',
                        ?, 'scope', ?, 0, 0, ?)""")
                .params(status, caseId, client, branch, createdAt, createdAt,
                        "FAILED".equals(status) ? createdAt : null)
                .update(key, "id");
        return key.getKey().longValue();
    }

    private void branch(long id, String code) {
        jdbc.sql("INSERT INTO branch (id, code, name, city) VALUES (?, ?, ?, '上海')").params(id, code, "范围营业部" + id)
                .update();
    }

    private long user(String username, String role, long branch) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO app_user (username, password_hash, display_name, role, branch_id, enabled, created_at)
                VALUES (?, '{noop}x', ?, ?, ?, TRUE, ?)""")
                .params(username, username, role, branch, LocalDateTime.now()).update(key, "id");
        return key.getKey().longValue();
    }

    static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
