package com.marginportal.workflow;

import com.marginportal.calendar.TradingCalendarService;
import com.marginportal.notification.NoticeDispatcher;
import com.marginportal.notification.NotificationService;
import com.marginportal.risk.RiskScanService;
import com.marginportal.support.IntegrationTest;

import org.flowable.engine.HistoryService;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Base of the breach workflow tests that need the whole application on MariaDB — a second node on the same schema, the
 * acknowledgement link over HTTP, the demo's data — with Flowable's async executor running; the others are slices of
 * the module ({@link WorkflowModuleSupport}). The steps are {@link BreachSteps}'; the people are the demo's.
 */
abstract class WorkflowTestSupport extends IntegrationTest implements BreachSteps {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    RiskScanService scanner;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService history;
    @Autowired
    RepositoryService repository;
    @Autowired
    ManagementService management;
    @Autowired
    CaseTasks caseTasks;
    @Autowired
    ResolutionRecords resolutions;
    @Autowired
    NotificationService notifications;
    @Autowired
    NoticeDispatcher dispatcher;
    @Autowired
    UserDetailsService users;
    @Autowired
    TradingCalendarService calendars;

    BreachFixture account;

    @BeforeEach
    void newAccount() {
        account = new BreachFixture(jdbc);
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Override
    public JdbcClient jdbc() {
        return jdbc;
    }

    @Override
    public RiskScanService scanner() {
        return scanner;
    }

    @Override
    public RuntimeService runtime() {
        return runtime;
    }

    @Override
    public TaskService taskService() {
        return taskService;
    }

    @Override
    public HistoryService history() {
        return history;
    }

    @Override
    public RepositoryService repository() {
        return repository;
    }

    @Override
    public ManagementService management() {
        return management;
    }

    @Override
    public ResolutionRecords resolutions() {
        return resolutions;
    }

    @Override
    public NotificationService notifications() {
        return notifications;
    }

    @Override
    public NoticeDispatcher dispatcher() {
        return dispatcher;
    }

    @Override
    public TradingCalendarService calendars() {
        return calendars;
    }

    @Override
    public UserDetailsService users() {
        return users;
    }

    @Override
    public BreachFixture account() {
        return account;
    }

    /** The demo's administrator. */
    @Override
    public String admin() {
        return "admin";
    }
}
