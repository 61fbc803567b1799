package com.marginportal.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.job.api.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Failed notices and dead-letter jobs with their audited retries, scoped per branch; the board export (CSV and
 * XLSX) holds exactly the rows of the board's filter.
 */
class IncidentsAndExportModuleIT extends WorkflowModuleSupport {

    @Autowired
    private WorkflowIncidents incidents;
    @Autowired
    private CaseExport export;
    @Autowired
    private CaseBoard board;

    @Test
    void aDeadLetterJobIsListedInItsBranchAndRunsWhenRetried() {
        ProcessInstance p = breachAt("9.50");
        long caseId = Long.parseLong(p.getBusinessKey());
        Job timer = management.createTimerJobQuery().processInstanceId(p.getId()).list().stream()
                .filter(j -> "contactOverdue".equals(j.getElementId())).findFirst().orElseThrow();
        management.moveJobToDeadLetterJob(timer.getId());

        List<DeadLetterJob> mine = as(manager, () -> incidents.deadLetterJobs(0, 500));
        assertThat(mine).filteredOn(j -> j.jobId().equals(timer.getId())).singleElement().satisfies(j -> {
            assertThat(j.caseId()).isEqualTo(caseId);
            assertThat(j.activityId()).isEqualTo("contactOverdue");
            assertThat(j.createdAt()).isNotNull();
        });
        assertThat(as(otherManager, () -> incidents.deadLetterJobs(0, 500))).noneMatch(j -> j.jobId().equals(timer.getId()));
        assertThat(as(admin, () -> incidents.deadLetterJobs(0, 500))).anyMatch(j -> j.jobId().equals(timer.getId()));
        assertThatThrownBy(() -> as(advisor, () -> incidents.deadLetterJobs(0, 500))).isInstanceOf(AccessDeniedException.class);
        assertThat(as(otherManager, () -> incidents.retry(timer.getId()))).as("not the other manager's case").isFalse();
        assertThat(task(p.getId(), "escalationReview")).isNull();

        assertThat(as(manager, () -> incidents.retry(timer.getId()))).isTrue();
        await().atMost(ASYNC).until(() -> task(p.getId(), "escalationReview") != null);
        assertThat(management.createDeadLetterJobQuery().jobId(timer.getId()).count()).isZero();
        assertThat(as(manager, () -> incidents.retry(timer.getId()))).as("already moved").isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'DEADLETTER_RETRY' AND entity_id = ?"
                + " AND username = ?").params(String.valueOf(caseId), manager).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aFailedNoticeIsRetriedByItsBranchsManagerOnly() {
        ProcessInstance p = breachAt("9.50");
        long caseId = Long.parseLong(p.getBusinessKey());
        long noticeId = notices(caseId).get(0).id();
        jdbc.sql("UPDATE notification SET status = 'FAILED', failed_at = CURRENT_TIMESTAMP, next_attempt_at = NULL,"
                + " last_error = 'smtp down' WHERE id = ?").param(noticeId).update();

        assertThat(as(manager, () -> notifications.undeliveredNotices(0, 500))).anyMatch(n -> n.id() == noticeId);
        assertThat(as(otherManager, () -> notifications.undeliveredNotices(0, 500))).noneMatch(n -> n.id() == noticeId);
        assertThat(as(otherManager, () -> notifications.retry(noticeId))).isFalse();
        assertThat(as(manager, () -> notifications.retry(noticeId))).isTrue();
        assertThat(jdbc.sql("SELECT status FROM notification WHERE id = ?").param(noticeId).query(String.class).single())
                .isEqualTo("PENDING");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'NOTICE_RETRY' AND entity_id = ?")
                .param(String.valueOf(noticeId)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theBoardExportHoldsTheBoardsRowsAsCsvAndXlsx() throws IOException {
        breachAt("9.50");
        BoardFilter filter = BoardFilter.DEFAULT.withStep("contactClient");
        List<Long> expected = as(manager, () -> board.search(filter, 0, 10_000)).stream().map(BoardRow::caseId).toList();
        assertThat(expected).isNotEmpty();

        List<CSVRecord> csv = DashboardModuleIT.csv(as(manager, () -> write(filter, ExportFormat.CSV)));
        assertThat(csv.get(0).get(4)).isEqualTo("当前步骤");
        assertThat(csv.subList(1, csv.size())).extracting(r -> Long.parseLong(r.get(0))).containsExactlyElementsOf(expected);
        assertThat(csv.get(1).get(4)).isEqualTo("联系客户");

        byte[] xlsx = as(manager, () -> write(filter, ExportFormat.XLSX));
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx));
             Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            List<Row> all = rows.toList();
            assertThat(all.get(0).getCellText(0)).isEqualTo("#");
            assertThat(all.subList(1, all.size())).extracting(r -> r.getCellAsNumber(0).orElseThrow().longValue())
                    .containsExactlyElementsOf(expected);
        }
        assertThat(DashboardModuleIT.csv(as(otherManager, () -> write(filter, ExportFormat.CSV))))
                .extracting(r -> r.get(0)).doesNotContainAnyElementsOf(expected.stream().map(String::valueOf).toList());
        assertThatThrownBy(() -> as(advisor, () -> write(filter, ExportFormat.CSV)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'BOARD_EXPORTED' AND username = ?")
                .param(manager).query(Long.class).single()).isEqualTo(2);
    }

    private static final java.util.Properties CHINESE = new java.util.Properties();

    static {
        try (var in = IncidentsAndExportModuleIT.class.getResourceAsStream("/i18n/messages_zh_CN.properties")) {
            CHINESE.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] write(BoardFilter filter, ExportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            export.writeBoard(filter, format, CHINESE::getProperty, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}
