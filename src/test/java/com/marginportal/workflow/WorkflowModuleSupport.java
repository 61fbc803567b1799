package com.marginportal.workflow;

import com.marginportal.calendar.TradingCalendarService;
import com.marginportal.notification.NoticeDispatcher;
import com.marginportal.notification.NotificationService;
import com.marginportal.risk.RiskScanService;
import com.marginportal.support.ModuleSlice;
import com.marginportal.support.StaffFixture;
import com.marginportal.support.TestSmtp;

import org.flowable.engine.HistoryService;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Base of the breach workflow module's slices: the module with every module it uses and the process engine (its async
 * executor running), on the slices' schema of the test JVM — the engine makes its tables there at its first start —
 * with no web server and no demo data. Each test has a branch of its own with a manager and two advisors, another
 * branch with a manager and an advisor, an administrator, and an account of the first advisor ({@link #account}).
 * The steps are {@link BreachSteps}' (move the account across the lines, scan, wait for async jobs, fire timers, act
 * as these people); the risk events are handled on the scanning thread. No real timer becomes due in a test.
 */
// and the modules that plug into what it uses, as in the application: classification gives risk the clients' risk
// classes (the high-risk lines), service reads the resolution records for the timeline, importing moves clients,
// administration hands an advisor's book over
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, verifyAutomatically = false,
        extraIncludes = {"classification", "service", "importing", "administration"})
// the engine is the module's own: the application's exclusions only, in place of ModuleSlice's with Flowable's
// (and connections for the engine's job threads besides the test's)
@TestPropertySource(properties = {"spring.autoconfigure.exclude=" + ModuleSlice.APPLICATION_EXCLUSIONS,
        "portal.workflow.async-events=false", "spring.datasource.hikari.maximum-pool-size=8",
        "portal.events.resubmit-after=PT2M"})
abstract class WorkflowModuleSupport extends ModuleSlice implements BreachSteps {

    @Autowired
    private ApplicationContext context;
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
    TradingCalendarService calendars;

    BreachFixture account;
    StaffFixture staff;
    StaffFixture.Branch branch;
    StaffFixture.Branch otherBranch;
    /** The account's advisor, the branch's other advisor, its manager; another branch's manager and advisor. */
    String advisor;
    String colleague;
    String manager;
    String otherManager;
    String otherAdvisor;
    String admin;

    /** Notices go to the run's GreenMail when a test dispatches them ({@link #mailsToClient()}). */
    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        TestSmtp.registerCounted(registry);
    }

    @BeforeEach
    void staffAndAnAccount() {
        staff = new StaffFixture(jdbc);
        branch = staff.branch(2);
        otherBranch = staff.branch(1);
        advisor = branch.advisor(1);
        colleague = branch.advisor(2);
        manager = branch.manager();
        otherManager = otherBranch.manager();
        otherAdvisor = otherBranch.advisor(1);
        admin = staff.admin();
        account = new BreachFixture(jdbc, branch.id(), advisor);
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    /** Another account of the branch's first advisor. */
    BreachFixture anotherAccount() {
        return new BreachFixture(jdbc, branch.id(), advisor);
    }

    @Override
    public ApplicationContext context() {
        return context;
    }

    @Override
    public BreachFixture account() {
        return account;
    }

    @Override
    public String admin() {
        return admin;
    }
}
