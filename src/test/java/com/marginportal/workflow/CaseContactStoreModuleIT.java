package com.marginportal.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;


import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A case's contact attempts on MariaDB: written once each, read back oldest first for the resolution record (in the
 * transaction that wrote them, as the demo's past cases do), and the board row's last contact moved with each. The
 * case is made up (a negative id no case has) and everything is rolled back.
 */
class CaseContactStoreModuleIT extends WorkflowModuleSupport {

    private static final AtomicLong NEXT_CASE = new AtomicLong(-1_000_000 - System.nanoTime() % 1_000_000);
    private static final Instant FIRST = Instant.parse("2026-12-01T02:03:04.123456789Z");
    private static final Instant SECOND = Instant.parse("2026-12-01T03:00:00Z");
    private static final String RECORDER = "case-contact-recorder";

    @Autowired
    private CaseContactStore contacts;
    @Autowired
    private PlatformTransactionManager transactions;

    @Test
    void attemptsAreListedOldestFirstAsTheTableKeepsThem() {
        long caseId = NEXT_CASE.getAndDecrement();
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            jdbc.sql("INSERT INTO case_process (case_id, started_at) VALUES (?, ?)")
                    .params(caseId, LocalDateTime.of(2026, 12, 1, 1, 0)).update();
            contacts.insert(caseId, 1, "PHONE", false, null, null, null, RECORDER, FIRST);
            assertThat(lastContact(caseId)).isEqualTo(LocalDateTime.of(2026, 12, 1, 2, 3, 4, 123_456_000));
            contacts.insert(caseId, 2, "WECHAT", true, "TOP_UP_CASH", "2026-12-02", "客户承诺明日追加保证金", RECORDER,
                    SECOND);

            List<Map<String, Object>> listed = contacts.forCase(caseId);
            assertThat(listed).containsExactly(
                    contact(1, "PHONE", false, null, null, null, "2026-12-01T02:03:04.123456Z"),
                    contact(2, "WECHAT", true, "TOP_UP_CASH", "2026-12-02", "客户承诺明日追加保证金",
                            "2026-12-01T03:00:00Z"));
            assertThat(listed.get(0).keySet()).containsExactly("attempt", "channel", "reached", "plan", "promisedDate",
                    "note", "recordedBy", "recordedAt");
            assertThat(lastContact(caseId)).as("UTC").isEqualTo(LocalDateTime.ofInstant(SECOND, ZoneOffset.UTC));
            assertThat(contacts.forCase(caseId - 1_000_000_000L)).isEmpty();
            tx.setRollbackOnly();
        });
    }

    private LocalDateTime lastContact(long caseId) {
        return jdbc.sql("SELECT last_contact_at FROM case_process WHERE case_id = ?").param(caseId)
                .query(LocalDateTime.class).single();
    }

    private static Map<String, Object> contact(int attempt, String channel, boolean reached, String plan,
                                               String promisedDate, String note, String recordedAt) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("attempt", attempt);
        row.put("channel", channel);
        row.put("reached", reached);
        row.put("plan", plan);
        row.put("promisedDate", promisedDate);
        row.put("note", note);
        row.put("recordedBy", RECORDER);
        row.put("recordedAt", recordedAt);
        return row;
    }
}
