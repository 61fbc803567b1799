package com.marginportal.workflow;

import com.marginportal.calendar.TradingCalendarService;
import com.marginportal.notification.NoticeDispatcher;
import com.marginportal.support.IntegrationTest;

import org.flowable.engine.ManagementService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
/**
 * Base of the breach workflow tests that need the whole application on MariaDB — a second node on the same schema, the
 * acknowledgement link over HTTP, the demo's data — with Flowable's async executor running; the others are slices of
 * the module ({@link WorkflowModuleSupport}). The steps are {@link BreachSteps}'; the people are the demo's.
 */
abstract class WorkflowTestSupport extends IntegrationTest implements BreachSteps {

    @Autowired
    private ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    RepositoryService repository;
    @Autowired
    ManagementService management;
    @Autowired
    CaseTasks caseTasks;
    @Autowired
    NoticeDispatcher dispatcher;
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
    public ApplicationContext context() {
        return context;
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
