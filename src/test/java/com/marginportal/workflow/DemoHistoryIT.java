package com.marginportal.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import com.marginportal.TimeConfiguration;
import com.marginportal.UtcColumns;
import com.marginportal.calendar.TradingCalendarService;
import com.marginportal.demo.DemoHistory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo's past as the application loads it on its first start (issue 13): months of ended breach cases whose
 * records, notices and dashboards read as if the portal had handled them. Only the demo's past cases are looked at
 * (their records name no process: {@link PastCases#NO_PROCESS}); other tests add cases of their own.
 */
class DemoHistoryIT extends WorkflowTestSupport {

    private static final String PAST = " FROM risk_case r JOIN resolution_record rr ON rr.case_id = r.id"
            + " WHERE rr.process_instance_id = '" + PastCases.NO_PROCESS + "'";

    @Autowired
    private CaseHistories histories;
    @Autowired
    private ResolutionStore records;
    @Autowired
    private CaseDashboard dashboard;
    @Autowired
    private TradingCalendarService calendars;
    @Autowired
    private DemoHistory demoHistory;

    @Test
    void pastCasesSpanTheLastSixMonthsOnTradingDaysAndHaveEnded() {
        List<Long> ids = pastCaseIds();
        assertThat(ids).as("one past case per 8 demo clients").hasSize(DEMO_CLIENTS / 8);
        Instant first = instant("SELECT MIN(r.opened_at)" + PAST);
        Instant last = instant("SELECT MAX(rr.resolved_at)" + PAST);
        assertThat(Duration.between(first, last)).as("history span").isGreaterThan(Duration.ofDays(100));
        assertThat(first).isAfter(Instant.now().minus(Duration.ofDays(190)));
        assertThat(last).isBefore(Instant.now());
        assertThat(jdbc.sql("SELECT DISTINCT r.status" + PAST).query(String.class).list())
                .containsAnyOf("RESTORED").isSubsetOf("RESTORED", "HANDED_OFF", "CLOSED");
        assertThat(count("SELECT COUNT(*)" + PAST + " AND r.open_account_id IS NOT NULL")).as("no open episode").isZero();
        assertThat(count("SELECT COUNT(*)" + PAST + " AND r.id IN (SELECT case_id FROM case_process)"))
                .as("no process, no board row").isZero();
        var calendar = calendars.calendar();
        List<LocalDateTime> times = jdbc.sql("SELECT e.occurred_at FROM risk_case_event e WHERE e.case_id IN (:ids)")
                .param("ids", ids).query(LocalDateTime.class).list();
        assertThat(times).allSatisfy(t -> assertThat(calendar.isTradingDay(
                t.toInstant(ZoneOffset.UTC).atZone(TimeConfiguration.MARKET_ZONE).toLocalDate())).isTrue());
        assertThat(count("SELECT COUNT(*)" + PAST + " AND rr.outcome LIKE 'RESTORED%'"))
                .as("most restored").isGreaterThan(ids.size() / 2);
    }

    @Test
    void everyPastCaseHasARecordWhoseHistoryIsTheEventsTheCaseLeft() {
        for (long caseId : pastCaseIds()) {
            ResolutionRecord record = records.find(caseId, com.marginportal.security.DataScope.all()).orElseThrow();
            List<CaseHistoryEntry> left = histories.of(caseId, null).stream()
                    .filter(e -> !e.at().isAfter(record.resolvedAt())).toList();
            assertThat(record.hasHistory()).isTrue();
            assertThat(record.history()).as("case %d", caseId).isEqualTo(left);
            assertThat(left).extracting(CaseHistoryEntry::kind).as("case %d", caseId)
                    .contains(CaseHistoryEntry.Kind.CASE_OPENED, CaseHistoryEntry.Kind.NOTICE_SENT,
                            CaseHistoryEntry.Kind.CLOSED);
            assertThat(record.noticeIds()).as("case %d's risk notices", caseId).isNotEmpty();
        }
    }

    /** A past extension was told to the client as the process tells it: after the decision, delivered, its deadline. */
    @Test
    void everyPastExtensionWasToldToTheClientAfterTheDecision() {
        String extensions = " JOIN case_decision d ON d.case_id = r.id AND d.decision = 'EXTENSION'"
                + " AND r.level <> 'WARNING'";
        long granted = count("SELECT COUNT(*)" + PAST.replace(" WHERE", extensions + " WHERE"));
        assertThat(granted).as("past extensions").isPositive();
        assertThat(count("SELECT COUNT(*)" + PAST.replace(" WHERE", extensions
                + " JOIN notification n ON n.case_id = r.id AND n.notice_type = 'EXTENSION' AND n.status = 'SENT'"
                + " AND n.created_at > d.decided_at WHERE"))).isEqualTo(granted);
    }

    /** A past forced liquidation was handed off as the process does it: the decision's account, decider and reason. */
    @Test
    void everyPastForcedLiquidationWasHandedOffOnceJustAfterTheDecision() {
        record HandOff(long caseId, long recordAccount, String recordDecider, String recordReason, Instant decidedAt,
                       Long account, BigDecimal shortfall, String decider, String reason, Instant at) {
        }
        List<HandOff> handOffs = jdbc.sql("""
                SELECT rr.case_id, rr.account_id, rr.decided_by, rr.reason, d.decided_at,
                       h.account_id, h.shortfall, h.decided_by, h.reason, h.created_at
                  FROM resolution_record rr
                  JOIN case_decision d ON d.case_id = rr.case_id AND d.decision = 'FORCED_LIQUIDATION'
                  LEFT JOIN liquidation_handoff h ON h.case_id = rr.case_id
                 WHERE rr.process_instance_id = ? AND rr.outcome = 'FORCED_LIQUIDATION'""")
                .param(PastCases.NO_PROCESS)
                .query((rs, i) -> new HandOff(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        UtcColumns.instant(rs, 5), rs.getObject(6, Long.class), rs.getBigDecimal(7), rs.getString(8),
                        rs.getString(9), UtcColumns.instant(rs, 10)))
                .list();
        assertThat(handOffs).as("the demo's past has forced liquidations").isNotEmpty();
        assertThat(count("SELECT COUNT(*) FROM liquidation_handoff h JOIN resolution_record rr ON rr.case_id = h.case_id"
                + " WHERE rr.process_instance_id = '" + PastCases.NO_PROCESS + "'")).as("no other past case handed off")
                .isEqualTo(handOffs.size());
        for (HandOff h : handOffs) {
            assertThat(h.account()).as("case %d", h.caseId()).isEqualTo(h.recordAccount());
            assertThat(h.decider()).as("case %d", h.caseId()).isNotNull().isEqualTo(h.recordDecider());
            assertThat(h.reason()).as("case %d", h.caseId()).isEqualTo(h.recordReason());
            assertThat(h.shortfall()).as("case %d", h.caseId()).isPositive();
            assertThat(h.at()).as("case %d: UTC, 200 ms after the decision", h.caseId())
                    .isEqualTo(h.decidedAt().plusMillis(200));
            ResolutionRecord record = records.find(h.caseId(), com.marginportal.security.DataScope.all()).orElseThrow();
            assertThat(record.history()).filteredOn(e -> e.kind() == CaseHistoryEntry.Kind.HANDED_OFF)
                    .as("case %d", h.caseId()).singleElement().satisfies(e -> {
                        assertThat(e.at()).isEqualTo(h.at());
                        assertThat(e.facts()).containsEntry("shortfall", h.shortfall().toPlainString());
                    });
        }
    }

    @Test
    void everyNoticeOfThePastWasSentToTheClientOfItsCaseAndRendered() {
        List<Long> ids = pastCaseIds();
        assertThat(count("""
                SELECT COUNT(*) FROM notification n JOIN risk_case r ON r.id = n.case_id
                 WHERE n.status = 'SENT' AND n.client_id <> r.client_id""")).as("a SENT notice of another client's case").isZero();
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM notification WHERE case_id IN (:ids)
                   AND (status <> 'SENT' OR sent_at IS NULL OR sent_at < created_at OR body_html NOT LIKE '%维持担保比例%'
                        AND body_html NOT LIKE '%maintenance%')""").param("ids", ids).query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT case_id) FROM notification WHERE notice_type = 'RESOLUTION' AND case_id IN (:ids)")
                .param("ids", ids).query(Long.class).single()).isEqualTo(ids.size());
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM notification n JOIN case_acknowledgement a ON a.notice_id = n.id
                 WHERE n.case_id IN (:ids) AND n.acknowledged_at = a.acknowledged_at""").param("ids", ids)
                .query(Long.class).single()).as("acknowledged notices").isPositive();
    }

    @Test
    void theDashboardShowsMediansOfTheLastThirtyDays() {
        List<MedianTimes> medians = as("admin", () -> dashboard.medianTimes(30));
        assertThat(medians).anySatisfy(m -> {
            assertThat(m.resolved()).isPositive();
            assertThat(m.resolution()).isNotNull();
        });
        assertThat(medians).anySatisfy(m -> assertThat(m.firstContact()).isNotNull());
        assertThat(as("admin", () -> dashboard.outcomes(30))).isNotEmpty();
        assertThat(as("admin", () -> dashboard.perDay(30))).anySatisfy(d -> assertThat(d.resolved()).isPositive());
    }

    @Test
    void aSecondRunAddsNothing() {
        long cases = pastCaseIds().size();
        long notices = count("SELECT COUNT(*) FROM notification n JOIN resolution_record rr ON rr.case_id = n.case_id"
                + " WHERE rr.process_instance_id = '" + PastCases.NO_PROCESS + "'");
        long requests = count("SELECT COUNT(*) FROM service_request");
        assertThat(demoHistory.generate(DEMO_CLIENTS, 20261125, 6)).isZero();
        assertThat(pastCaseIds()).hasSize((int) cases);
        assertThat(count("SELECT COUNT(*) FROM notification n JOIN resolution_record rr ON rr.case_id = n.case_id"
                + " WHERE rr.process_instance_id = '" + PastCases.NO_PROCESS + "'")).isEqualTo(notices);
        assertThat(count("SELECT COUNT(*) FROM service_request")).isEqualTo(requests);
    }

    private List<Long> pastCaseIds() {
        return jdbc.sql("SELECT r.id" + PAST + " ORDER BY r.id").query(Long.class).list();
    }

    private Instant instant(String sql) {
        return jdbc.sql(sql).query(LocalDateTime.class).single().toInstant(ZoneOffset.UTC);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
