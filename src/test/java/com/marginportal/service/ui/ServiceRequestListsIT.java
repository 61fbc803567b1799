package com.marginportal.service.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import com.marginportal.security.AccountAdministration;
import com.marginportal.security.NewAccount;
import com.marginportal.security.Role;
import com.marginportal.security.UserSummary;
import com.marginportal.support.ClientFixture;
import com.marginportal.support.ViewTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.tabs.Tabs;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Service requests are listed in full however many there are — the open and overdue lists and the client's own
 * requests read page by page as they scroll, each counted — and the client's timeline, which shows the latest entries
 * only, says so: "showing the latest 500 of 530". One client of a new advisor holds all the requests.
 */
class ServiceRequestListsIT extends ViewTest {

    private static final int REQUESTS = 530;
    private static final int OVERDUE = 510;

    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private AccountAdministration accounts;
    @Autowired
    private Clock clock;

    private long client;

    /** Regression: the open, overdue and client lists stopped at 500 rows; the timeline cut at 500 without a word. */
    @Test
    @SuppressWarnings("unchecked")
    void everyRequestIsListedAndCountedAndTheTimelineSaysWhatItLeavesOut() {
        login("admin");
        String login = "requests-" + System.nanoTime() % 1_000_000;
        UserSummary advisor = accounts.create(new NewAccount(login, "测试客户经理", Role.ADVISOR, 1L, null, null,
                "Margin-2026x"));
        jdbc.sql("UPDATE app_user SET password_change_required = FALSE WHERE id = ?").param(advisor.id()).update();
        client = new ClientFixture(jdbc).client(1, login);
        Instant now = clock.instant();
        for (int i = 0; i < REQUESTS; i++) { // the first 510 overdue, soonest due first
            jdbc.sql("""
                    INSERT INTO service_request (client_id, branch_id, advisor_id, request_type, channel, content, status,
                           due_at, created_at, created_by)
                    VALUES (?, 1, ?, 'INFORMATION', 'PHONE', ?, 'OPEN', ?, ?, 'test')""")
                    .params(client, advisor.id(), "请求 " + i,
                            utc(now.plus(Duration.ofMinutes(i < OVERDUE ? i - OVERDUE - 60 : i - OVERDUE + 60))),
                            utc(now.minus(Duration.ofDays(30)).plus(Duration.ofMinutes(i)))).update();
        }

        login(login);
        navigate("service");
        Grid<Object> requests = _get(Grid.class, spec -> spec.withId("service-request-grid"));
        assertThat(_get(Tab.class, spec -> spec.withId("service-tab-open")).getLabel()).contains(String.valueOf(REQUESTS));
        assertThat(_size(requests)).as("every open request").isEqualTo(REQUESTS);
        Tab overdue = _get(Tab.class, spec -> spec.withId("service-tab-overdue"));
        _get(Tabs.class, spec -> spec.withId("service-tabs")).setSelectedTab(overdue);
        assertThat(overdue.getLabel()).contains(String.valueOf(OVERDUE));
        assertThat(_size(requests)).as("every overdue request").isEqualTo(OVERDUE);

        navigate("clients/" + client);
        _get(TabSheet.class).setSelectedTab(_get(Tab.class, spec -> spec.withLabel("服务请求")));
        assertThat(_size(_get(Grid.class, spec -> spec.withId("client-requests-grid")))).as("all the client's requests")
                .isEqualTo(REQUESTS);

        _get(TabSheet.class).setSelectedTab(_get(Tab.class, spec -> spec.withLabel("客户时间线")));
        assertThat(_size(_get(Grid.class, spec -> spec.withId("timeline-grid")))).isEqualTo(500);
        assertThat(_get(Span.class, spec -> spec.withId("timeline-shown")).getText())
                .isEqualTo("显示最近 500 条，共 530 条");
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    @AfterEach
    void removeTheRequests() {
        if (client != 0) {
            jdbc.sql("DELETE FROM service_request WHERE client_id = ?").param(client).update();
        }
    }
}
