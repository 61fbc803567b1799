package com.marginportal.demo;

import static com.marginportal.UtcColumns.utc;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import com.marginportal.calendar.TradingCalendar;
import com.marginportal.calendar.TradingCalendarService;
import com.marginportal.service.ServiceProperties;
import com.marginportal.service.domain.DueDateRule;
import com.marginportal.service.domain.RequestType;
import com.marginportal.service.domain.ServiceChannel;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The demo clients' past service requests: one per {@value #CLIENTS_PER_REQUEST} clients over the history's
 * trading days, due as the service rules say, all done with a satisfaction score — most on time, a few late.
 * JdbcClient, not JPA: past service requests go in as one JDBC batch, read from a join of clients and advisors.
 */
@Component
class ServiceHistory {

    static final int CLIENTS_PER_REQUEST = 5;

    private record Client(long id, long branchId, long advisorId, String advisor) {
    }

    private record Kind(RequestType type, String content, String resolution) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind(RequestType.INFORMATION, "咨询两融标的范围及折算率调整", "已发送最新标的清单并解释折算率规则"),
            new Kind(RequestType.INFORMATION, "询问维持担保比例的计算方法", "已电话讲解计算公式及预警线、平仓线"),
            new Kind(RequestType.PRODUCT, "希望了解稳健型理财产品", "已推荐低风险产品并说明风险等级"),
            new Kind(RequestType.PRODUCT, "咨询融券业务开通条件", "已说明开通条件并预约临柜办理"),
            new Kind(RequestType.COMPLAINT, "对风险提示短信发送频率不满", "已解释监管要求并调整通知渠道偏好"),
            new Kind(RequestType.COMPLAINT, "反映交易系统登录缓慢", "已反馈技术部门，问题已修复并回访客户"),
            new Kind(RequestType.ACCOUNT_CHANGE, "申请变更联系电话", "已核实身份并完成资料变更"),
            new Kind(RequestType.ACCOUNT_CHANGE, "申请调整授信额度", "已提交额度评估，审批通过并告知客户"),
            new Kind(RequestType.OTHER, "索取年度对账单", "已通过邮件发送对账单"));

    private final JdbcTemplate jdbc;
    private final TradingCalendarService calendars;
    private final DueDateRule dueDates;

    ServiceHistory(JdbcTemplate jdbc, TradingCalendarService calendars, ServiceProperties service) {
        this.jdbc = jdbc;
        this.calendars = calendars;
        this.dueDates = new DueDateRule(service.dueTradingDays(), service.dayEnd());
    }

    void write(int clients, long seed, List<LocalDate> days) {
        List<Client> all = jdbc.query("""
                SELECT c.id, c.branch_id, c.advisor_id, u.username FROM client c JOIN app_user u ON u.id = c.advisor_id
                 WHERE c.id <= ? ORDER BY c.id""", (rs, i) -> new Client(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                rs.getString(4)), ClientFactory.clientId(clients));
        if (all.isEmpty()) {
            return;
        }
        TradingCalendar calendar = calendars.calendar();
        SplittableRandom r = DemoRandom.forPart(seed, "service-history");
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < Math.max(1, clients / CLIENTS_PER_REQUEST); i++) {
            Client c = DemoRandom.pick(r, all);
            Kind kind = DemoRandom.pick(r, KINDS);
            Instant created = MarketTime.between(DemoRandom.pick(r, days), 9, 17, r);
            Instant due = dueDates.due(created, kind.type(), calendar).toInstant();
            Instant started = created.plus(Duration.ofMinutes(5 + r.nextInt(240)));
            boolean late = DemoRandom.chance(r, 0.08);
            Instant closed = late ? due.plus(Duration.ofMinutes(30 + r.nextInt(24 * 60)))
                    : started.plusSeconds((long) ((due.getEpochSecond() - started.getEpochSecond()) * DemoRandom.between(r, 0.1, 0.9)));
            closed = closed.isAfter(started) ? closed : started.plusSeconds(600);
            int satisfaction = kind.type() == RequestType.COMPLAINT ? 2 + r.nextInt(3) : late ? 3 + r.nextInt(2) : 4 + r.nextInt(2);
            ServiceChannel channel = ServiceChannel.values()[DemoRandom.weighted(r, 55, 20, 5, 10, 10)];
            rows.add(new Object[] {c.id(), c.branchId(), c.advisorId(), kind.type().name(), channel.name(), kind.content(),
                    utc(due), utc(created), c.advisor(), utc(started), c.advisor(), utc(closed), c.advisor(), satisfaction,
                    kind.resolution()});
        }
        jdbc.batchUpdate("""
                INSERT INTO service_request (client_id, branch_id, advisor_id, request_type, channel, content, status,
                       due_at, created_at, created_by, started_at, started_by, closed_at, closed_by, satisfaction,
                       resolution)
                VALUES (?, ?, ?, ?, ?, ?, 'DONE', ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

}
