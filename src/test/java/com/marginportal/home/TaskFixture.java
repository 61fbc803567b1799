package com.marginportal.home;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import com.marginportal.risk.RiskFixture;
import com.marginportal.risk.RiskScanService;
import com.marginportal.risk.ScanTrigger;

import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.awaitility.Awaitility.await;

/**
 * Both kinds of task for one client of advisor1 (branch 1): the breach workflow's contact task of a warning, and
 * contacts of a plan of its own (inactive, so no plan run touches them) — one overdue, one due in a month.
 */
final class TaskFixture {

    private static final AtomicInteger PLANS = new AtomicInteger();

    final RiskFixture client;
    final Task breachTask;
    final long overdueContact;
    final long laterContact;
    private final JdbcClient jdbc;
    private final long planId;

    TaskFixture(JdbcClient jdbc, RiskScanService scanner, TaskService tasks, Instant now) {
        this.jdbc = jdbc;
        this.client = new RiskFixture(jdbc);
        client.price("9.50");
        scanner.scan(ScanTrigger.MANUAL);
        String caseId = jdbc.sql("SELECT id FROM risk_case WHERE account_id = ? AND status = 'OPEN'")
                .param(client.accountId).query(Long.class).single().toString();
        breachTask = await().atMost(Duration.ofSeconds(30)).until(() -> tasks.createTaskQuery()
                .processInstanceBusinessKey(caseId).taskDefinitionKey("contactClient").singleResult(), t -> t != null);
        String name = "测试计划 " + client.clientId + "-" + PLANS.incrementAndGet();
        jdbc.sql("""
                INSERT INTO contact_plan (name, dimension, dimension_value, ratio_below, interval_days, active,
                       updated_at, updated_by) VALUES (?, 'RISK_LEVEL', 'HIGH', NULL, 7, FALSE, CURRENT_TIMESTAMP, 'test')""")
                .param(name).update();
        planId = jdbc.sql("SELECT id FROM contact_plan WHERE name = ?").param(name).query(Long.class).single();
        long advisor1 = userId("advisor1");
        overdueContact = contact(1, advisor1, now.minus(Duration.ofHours(1)));
        laterContact = contact(1, advisor1, now.plus(Duration.ofDays(30)));
    }

    long userId(String username) {
        return jdbc.sql("SELECT id FROM app_user WHERE username = ?").param(username).query(Long.class).single();
    }

    /**
     * An open contact task of this fixture's plan and client, for any branch and advisor (scope is on the task's own
     * row). open_client_id stays empty: the unique key (plan, open client) would allow only one per plan and client.
     */
    long contact(long branchId, long advisorId, Instant due) {
        jdbc.sql("""
                INSERT INTO contact_task (plan_id, client_id, open_client_id, branch_id, advisor_id, status, created_at, due_at)
                VALUES (?, ?, NULL, ?, ?, 'OPEN', ?, ?)""")
                .params(planId, client.clientId, branchId, advisorId, utc(due.minus(Duration.ofDays(1))), utc(due)).update();
        return jdbc.sql("SELECT MAX(id) FROM contact_task WHERE plan_id = ?").param(planId).query(Long.class).single();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
