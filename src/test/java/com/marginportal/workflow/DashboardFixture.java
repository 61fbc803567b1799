package com.marginportal.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.marginportal.TimeConfiguration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * A branch of its own (id 91, manager {@code dash-mgr}, advisors {@code dash-adv1}, {@code dash-adv2}) with
 * hand-made cases, contacts, board rows and resolution records, so every dashboard figure is known:
 * <pre>
 * case  advisor level        opened        first contact  resolved (outcome)            board
 * c1    adv1    WARNING      day1 10:00    +30 min        open                           contactClient, overdue
 * c2    adv1    MARGIN_CALL  day1 12:00    +90 min        open                           followUp, due tomorrow
 * c3    adv2    WARNING      day2 10:00    +10 min        open                           contactClient, overdue
 * c4    adv2    WARNING      day1 09:00    +20 min        day2 09:00 (RESTORED_BY_TOP_UP)
 * c5    adv1    MARGIN_CALL  day2 08:00    —              day2 14:00 (FORCED_LIQUIDATION)
 * c6    adv1    WARNING      day2 09:00    —              day2 11:00 (RESTORED_BY_TOP_UP)
 * </pre>
 * day1 = three days ago, day2 = two days ago (Shanghai). Removed again by {@link #delete()}.
 */
final class DashboardFixture {

    static final long BRANCH = 91;
    final LocalDate day1 = LocalDate.now(TimeConfiguration.MARKET_ZONE).minusDays(3);
    final LocalDate day2 = day1.plusDays(1);
    final long adv1;
    final long adv2;
    final List<Long> cases = new ArrayList<>();
    private final JdbcClient jdbc;

    DashboardFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
        delete();
        jdbc.sql("INSERT INTO branch (id, code, name, city) VALUES (?, 'DASH91', '测试营业部', '上海')").param(BRANCH).update();
        user("dash-mgr", "MANAGER");
        adv1 = user("dash-adv1", "ADVISOR");
        adv2 = user("dash-adv2", "ADVISOR");
        long c1 = open(adv1, "WARNING", at(day1, 10, 0));
        long c2 = open(adv1, "MARGIN_CALL", at(day1, 12, 0));
        long c3 = open(adv2, "WARNING", at(day2, 10, 0));
        contact(c1, at(day1, 10, 30));
        contact(c1, at(day1, 11, 0));
        contact(c2, at(day1, 13, 30));
        contact(c3, at(day2, 10, 10));
        board(c1, "contactClient", Instant.now().minusSeconds(3600), "dash-adv1");
        board(c2, "followUp", Instant.now().plusSeconds(86_400), "dash-adv1");
        board(c3, "contactClient", Instant.now().minusSeconds(600), "dash-adv2");
        long c4 = closed(adv2, "WARNING", at(day1, 9, 0), at(day2, 9, 0), "RESTORED_BY_TOP_UP");
        contact(c4, at(day1, 9, 20));
        closed(adv1, "MARGIN_CALL", at(day2, 8, 0), at(day2, 14, 0), "FORCED_LIQUIDATION");
        closed(adv1, "WARNING", at(day2, 9, 0), at(day2, 11, 0), "RESTORED_BY_TOP_UP");
    }

    void delete() {
        List<Long> ids = jdbc.sql("SELECT id FROM risk_case WHERE branch_id = ?").param(BRANCH).query(Long.class).list();
        for (long id : ids) {
            jdbc.sql("DELETE FROM case_contact WHERE case_id = ?").param(id).update();
            jdbc.sql("DELETE FROM case_process WHERE case_id = ?").param(id).update();
        }
        jdbc.sql("DELETE FROM resolution_record WHERE branch_id = ?").param(BRANCH).update();
        jdbc.sql("DELETE FROM risk_case WHERE branch_id = ?").param(BRANCH).update();
        jdbc.sql("DELETE FROM app_user WHERE branch_id = ?").param(BRANCH).update();
        jdbc.sql("DELETE FROM branch WHERE id = ?").param(BRANCH).update();
    }

    static LocalDateTime at(LocalDate day, int hour, int minute) {
        return LocalDateTime.ofInstant(day.atTime(hour, minute).atZone(TimeConfiguration.MARKET_ZONE).toInstant(),
                ZoneOffset.UTC);
    }

    private long user(String username, String role) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO app_user (username, password_hash, display_name, role, branch_id, enabled, created_at)
                VALUES (?, '{noop}x', ?, ?, ?, TRUE, ?)""")
                .params(username, username, role, BRANCH, LocalDateTime.now()).update(key, "id");
        return key.getKey().longValue();
    }

    private long open(long advisor, String level, LocalDateTime openedAt) {
        return riskCase(advisor, level, openedAt, "OPEN");
    }

    private long closed(long advisor, String level, LocalDateTime openedAt, LocalDateTime resolvedAt, String outcome) {
        long id = riskCase(advisor, level, openedAt, "RESTORED");
        jdbc.sql("""
                INSERT INTO resolution_record (case_id, account_id, client_id, branch_id, advisor_id, outcome,
                       final_level, decided_by, reason, ratio_at_open, ratio_at_end, extensions, notice_ids, timeline,
                       contacts, process_instance_id, opened_at, resolved_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, NULL, NULL, 1.2500, 1.4500, 0, '', '[]', '[]', ?, ?, ?)""")
                .params(id, 9_100_000 + id, 9_200_000 + id, BRANCH, advisor, outcome, level, "dash-" + id, openedAt,
                        resolvedAt).update();
        return id;
    }

    private long riskCase(long advisor, String level, LocalDateTime openedAt, String status) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        long account = 9_100_000 + cases.size();
        jdbc.sql("""
                INSERT INTO risk_case (account_id, open_account_id, client_id, branch_id, advisor_id, level, reason,
                       status, opened_at, opened_scan_id, last_scan_id, ratio_at_open, latest_ratio, warning_line,
                       margin_call_line, liquidation_line, top_up_target, top_up_deadline_days)
                VALUES (?, ?, ?, ?, ?, ?, 'MAINTENANCE_RATIO', ?, ?, 0, 0, 1.2500, 1.2500, 1.4000, 1.3000, 1.1000,
                        1.4000, 2)""")
                .params(account, "OPEN".equals(status) ? account : null, 9_200_000 + cases.size(), BRANCH, advisor,
                        level, status, openedAt).update(key, "id");
        long id = key.getKey().longValue();
        cases.add(id);
        return id;
    }

    private void contact(long caseId, LocalDateTime at) {
        jdbc.sql("""
                INSERT INTO case_contact (case_id, attempt_no, channel, reached, recorded_by, recorded_at)
                VALUES (?, 1, 'PHONE', TRUE, 'dash', ?)""").params(caseId, at).update();
    }

    private void board(long caseId, String step, Instant due, String assignee) {
        jdbc.sql("""
                INSERT INTO case_process (case_id, process_instance_id, started_at, current_step, step_since, due_at,
                       assignee) VALUES (?, NULL, ?, ?, ?, ?, ?)""")
                .params(caseId, LocalDateTime.now(), step, LocalDateTime.now(),
                        LocalDateTime.ofInstant(due, ZoneOffset.UTC), assignee).update();
    }
}
