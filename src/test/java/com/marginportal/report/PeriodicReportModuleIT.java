package com.marginportal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import com.marginportal.calendar.TradingCalendarService;
import com.marginportal.client.PeriodicReportClients;
import com.marginportal.notification.NoticeDispatcher;
import com.marginportal.notification.ReportNotices;
import com.marginportal.risk.RiskFixture;
import com.marginportal.security.StaffContacts;
import com.marginportal.support.ModuleSlice;
import com.marginportal.support.StaffFixture;
import com.marginportal.support.MimeParts;
import com.marginportal.support.TestSmtp;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The monthly report on MariaDB and GreenMail, with the service on a fixed clock: sent once per month to each
 * opted-in client (in the client's language, with the month's trades and the recommendations of the client's
 * segments), never to a client who did not opt in, and not before the month's first trading day. A slice of the
 * report module with all the modules it uses (the classification it reads needs risk and importing; none starts a
 * process), on clients of its own branch.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, verifyAutomatically = false)
class PeriodicReportModuleIT extends ModuleSlice {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private PeriodicReportClients clients;
    @Autowired
    private ReportRecommendations recommendations;
    @Autowired
    private ReportNotices notices;
    @Autowired
    private StaffContacts staff;
    @Autowired
    private TradingCalendarService calendar;
    @Autowired
    private PeriodicReportRunStore runs;
    @Autowired
    private com.marginportal.client.HeldLines lines;
    @Autowired
    private NoticeDispatcher dispatcher;

    private StaffFixture.Branch branch;

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        TestSmtp.register(registry);
    }

    @BeforeEach
    void ownBranch() {
        branch = new StaffFixture(jdbc).branch(1);
    }

    private RiskFixture client() {
        return new RiskFixture(jdbc, branch.id(), branch.advisor(1));
    }

    @Test
    void sentOncePerMonthToOptedInClientsOnly() throws Exception {
        RiskFixture chinese = optedIn(client(), "zh-CN");
        RiskFixture english = optedIn(client(), "en");
        RiskFixture notAsked = client();
        for (RiskFixture f : List.of(chinese, english, notAsked)) {
            valued(f);
        }
        // November in Beijing time: the first two count, the last two lie just outside
        trade(chinese, "2026-11-01T00:30:00");
        trade(chinese, "2026-11-30T23:30:00");
        trade(chinese, "2026-10-31T23:59:59");
        trade(chinese, "2026-12-01T00:00:00");
        segment(chinese, "NEEDS", "PASSIVE");
        segment(chinese, "RISK_LEVEL", "HIGH");

        assertThat(on("2026-11-28T09:00:00").sendDue()).as("a Saturday").isZero();
        PeriodicReportService firstTradingDay = on("2026-12-01T08:30:00");
        assertThat(firstTradingDay.sendDue()).isGreaterThanOrEqualTo(2);
        assertThat(firstTradingDay.sendDue()).as("the month is done").isZero();
        on("2026-12-02T08:30:00").sendDue();
        firstTradingDay.send(YearMonth.of(2026, 11)); // even a forced rerun adds nothing
        assertThat(runs.completed(YearMonth.of(2026, 11))).isTrue();

        dispatch();
        List<MimeMessage> zh = TestSmtp.messagesTo(chinese.email);
        assertThat(zh).hasSize(1);
        assertThat(zh.get(0).getSubject()).isEqualTo("【融资融券月度报告】您的信用账户2026年11月概况");
        assertThat(text(zh.get(0))).contains("尊敬的 测试客户 客户：", "2026年11月的概况", "142.86%", "100,000.00 元",
                "70,000.00 元", "2026年11月成交笔数：2 笔", "  - 投顾服务", "  - 加强风险管理", "客户经理");
        com.marginportal.client.DisplayLines held = lines.forClient(chinese.clientId).lines();
        assertThat(text(zh.get(0))).as("the ratio beside the lines the client is held to, as the 360 view has them")
                .contains("风控线（警戒线 / 追保线 / 即时平仓线）：" + percent(held.warning()) + " / "
                        + percent(held.marginCall()) + " / " + percent(held.liquidation()));
        List<MimeMessage> en = TestSmtp.messagesTo(english.email);
        assertThat(en).hasSize(1);
        assertThat(en.get(0).getSubject()).isEqualTo("[Monthly margin account report] Your credit account in November 2026");
        assertThat(text(en.get(0))).contains("Trades in November 2026: 0", "No service recommendations apply");
        assertThat(TestSmtp.messagesTo(notAsked.email)).as("not opted in").isEmpty();

        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM notification WHERE notice_type = 'PERIODIC_REPORT' AND client_id IN (?, ?, ?)
                   AND case_id IS NULL AND dedup_key LIKE 'report-%-2026-11'""")
                .params(chinese.clientId, english.clientId, notAsked.clientId).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void nothingBeforeTheFirstTradingDayOfTheMonth() {
        RiskFixture client = optedIn(client(), "zh-CN");
        valued(client);

        // 1–7 October 2026 is the National Day closure (3 and 4 a weekend): the first trading day is the 8th
        assertThat(on("2026-10-05T09:00:00").sendDue()).isZero();
        assertThat(on("2026-10-07T09:00:00").sendDue()).isZero();
        assertThat(runs.completed(YearMonth.of(2026, 9))).isFalse();
        assertThat(on("2026-10-08T08:30:00").sendDue()).as("every opted-in client of the slices' schema, ours among them")
                .isPositive();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notification WHERE dedup_key = ?")
                .param("report-" + client.clientId + "-2026-09").query(Long.class).single()).isOne();
    }

    /** The service as the scheduler runs it, on a clock standing at that Beijing time. */
    private static String percent(java.math.BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(2, java.math.RoundingMode.HALF_UP) + "%";
    }

    private PeriodicReportService on(String beijingTime) {
        Clock clock = Clock.fixed(LocalDateTime.parse(beijingTime).atZone(BEIJING).toInstant(), BEIJING);
        return new PeriodicReportService(clients, recommendations, notices, staff, calendar, runs, lines, clock);
    }

    private RiskFixture optedIn(RiskFixture f, String language) {
        jdbc.sql("UPDATE client SET periodic_report = TRUE, preferred_language = ? WHERE id = ?")
                .params(language, f.clientId).update();
        return f;
    }

    private void valued(RiskFixture f) {
        jdbc.sql("""
                UPDATE credit_account SET total_assets = 100000, total_debt = 70000, maintenance_ratio = 1.4286,
                       cash = 0, valued_at = ? WHERE id = ?""")
                .params(LocalDateTime.of(2026, 11, 30, 7, 5), f.accountId).update();
    }

    private void trade(RiskFixture f, String beijingTime) {
        Instant at = LocalDateTime.parse(beijingTime).atZone(BEIJING).toInstant();
        jdbc.sql("""
                INSERT INTO trade (account_id, security_code, traded_at, trade_type, quantity, price, amount)
                VALUES (?, ?, ?, 'BUY', 100, 10, 1000)""")
                .params(f.accountId, f.securityCode, LocalDateTime.ofInstant(at, ZoneOffset.UTC)).update();
    }

    private void segment(RiskFixture f, String dimension, String value) {
        jdbc.sql("""
                INSERT INTO client_classification (client_id, dimension, computed_value, reasons, computed_at,
                       thresholds_version) VALUES (?, ?, ?, '[]', ?, 1)""")
                .params(f.clientId, dimension, value, LocalDateTime.now(ZoneOffset.UTC)).update();
    }

    private void dispatch() {
        TestSmtp.up();
        dispatcher.dispatchDue();
    }

    private static String text(MimeMessage mail) throws MessagingException, IOException {
        return MimeParts.find(mail, "text/plain").replace("\r\n", "\n");
    }
}
