package com.marginportal.workflow;

import java.time.Duration;

import com.marginportal.home.WorkItem;
import com.marginportal.risk.RiskScanService;
import com.marginportal.risk.ScanTrigger;
import com.marginportal.support.ViewTest;
import com.marginportal.home.ui.TaskInboxView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.select.Select;

import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The advisor's inbox: the contact task of a new breach is there, completed with its form; a late second hand changes nothing. */
class TaskInboxViewIT extends ViewTest {

    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private RiskScanService scanner;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private TaskService taskService;
    @Autowired
    private ManagementService management;
    @Autowired
    private TaskInbox inbox;

    private ProcessInstance process;
    private long clientId;
    private Task contact;

    @BeforeEach
    void aWarningBreach() {
        BreachFixture account = new BreachFixture(jdbc);
        clientId = account.clientId;
        account.price("9.50");
        scanner.scan(ScanTrigger.MANUAL);
        String caseId = Long.toString(account.openCaseId());
        process = await().atMost(Duration.ofSeconds(30)).until(() -> runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(caseId).singleResult(), p -> p != null);
        contact = await().atMost(Duration.ofSeconds(30)).until(() -> taskService.createTaskQuery()
                .processInstanceId(process.getId()).taskDefinitionKey("contactClient").singleResult(), t -> t != null);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAdvisorRecordsTheContactFromTheInbox() {
        login("advisor1");
        navigate("tasks");
        assertThat(currentView()).isEqualTo(TaskInboxView.class);
        openTask(contact.getId());
        _assertNone(Select.class, spec -> spec.withId("contact-plan")); // nobody reached, nothing said
        Checkbox reached = _get(Checkbox.class, spec -> spec.withId("contact-reached"));
        reached.setValue(true);
        Select<ContactForm.Plan> plan = _get(Select.class, spec -> spec.withId("contact-plan"));
        plan.setValue(ContactForm.Plan.REDUCE_POSITION);
        reached.setValue(false);
        _assertNone(Select.class, spec -> spec.withId("contact-plan"));
        reached.setValue(true);
        assertThat(plan.getValue()).as("a plan chosen and then unticked is not kept").isNull();
        plan.setValue(ContactForm.Plan.TOP_UP_CASH);
        _click(_get(Button.class, spec -> spec.withId("contact-save")));

        assertThat(taskService.createTaskQuery().taskId(contact.getId()).count()).isZero();
        await().atMost(Duration.ofSeconds(30)).until(() -> runtime.createExecutionQuery().processInstanceId(process.getId())
                .activityId("awaitRestoration").count() == 1);
        assertThat(runtime.getVariable(process.getId(), "completedBy")).isEqualTo("advisor1");
    }

    /** "Return" stands beside "Handle": what it did is named, and a slip of the hand is taken back from the message. */
    @Test
    @SuppressWarnings("unchecked")
    void aReturnedTaskIsNamedAndCanBeTakenBack() {
        login("advisor1");
        navigate("tasks");
        clickInRow(contact.getId(), "unclaim-");
        assertThat(taskService.createTaskQuery().taskId(contact.getId()).singleResult().getAssignee()).isNull();

        Notification told = getNotifications().stream().filter(n -> n.getId().orElse("").equals("inbox-returned"))
                .findFirst().orElseThrow();
        String name = jdbc.sql("SELECT name FROM client WHERE id = ?").param(clientId).query(String.class).single();
        assertThat(told.getElement().getTextRecursively()).contains(name, "联系客户", "已退回本组待办");
        _click(_get(told, Button.class, spec -> spec.withId("inbox-undo")));
        assertThat(getNotifications().stream().filter(n -> n.getId().orElse("").equals("inbox-done"))
                .map(n -> n.getElement().getProperty("text"))).as("what the claim took, named")
                .containsExactly(name + " · 联系客户：已领取，见“分配给我”");
        assertThat(taskService.createTaskQuery().taskId(contact.getId()).singleResult().getAssignee())
                .as("taken back").isEqualTo("advisor1");
    }

    @Test
    void aTaskSomeoneElseCompletedFirstChangesNothing() {
        var advisor = login("manager1");
        inbox.completeContact(contact.getId(), new ContactForm(ContactForm.Channel.PHONE, false, null, null, "无人接听"));
        SecurityContextHolder.clearContext();

        login("advisor1");
        navigate("tasks");
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                inbox.completeContact(contact.getId(), new ContactForm(ContactForm.Channel.PHONE, true,
                        ContactForm.Plan.TOP_UP_CASH, null, "late"))).isInstanceOf(TaskConflictException.class);
        assertThat(runtime.getVariable(process.getId(), "completedBy")).as("the first hand stands").isEqualTo("manager1");
        assertThat(advisor.getUsername()).isEqualTo("manager1");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theInboxFiltersByLevelAndClientAndShowsTheCaseBesideTheForm() {
        login("advisor1");
        navigate("tasks");
        Grid<WorkItem> grid = _get(Grid.class, spec -> spec.withId("inbox-grid"));
        java.util.function.Supplier<java.util.List<String>> shown = () -> com.github.mvysny.kaributesting.v10.GridKt._findAll(grid).stream()
                .map(WorkItem::id).toList();
        assertThat(shown.get()).contains(contact.getId());
        assertThat(grid.getColumnByKey("holder").isVisible()).as("on her own tasks the holder is the reader").isFalse();
        _get(com.vaadin.flow.component.tabs.Tabs.class, spec -> spec.withId("inbox-tabs"))
                .setSelectedTab(_get(com.vaadin.flow.component.tabs.Tab.class, spec -> spec.withId("inbox-tab-group")));
        assertThat(grid.getColumnByKey("holder").isVisible()).as("the group's work: who holds it matters").isTrue();
        _get(com.vaadin.flow.component.tabs.Tabs.class, spec -> spec.withId("inbox-tabs"))
                .setSelectedTab(_get(com.vaadin.flow.component.tabs.Tab.class, spec -> spec.withId("inbox-tab-mine")));

        ((Select<String>) _get(Select.class, spec -> spec.withId("inbox-filter-level"))).setValue("MARGIN_CALL");
        assertThat(shown.get()).doesNotContain(contact.getId());
        ((Select<String>) _get(Select.class, spec -> spec.withId("inbox-filter-level"))).setValue("WARNING");
        _get(TextField.class, spec -> spec.withId("inbox-filter-client")).setValue(String.valueOf(clientId));
        assertThat(shown.get()).containsExactly(contact.getId());
        _get(TextField.class, spec -> spec.withId("inbox-filter-client")).setValue("不存在的客户");
        assertThat(shown.get()).isEmpty();
        _get(TextField.class, spec -> spec.withId("inbox-filter-client")).clear();

        openTask(contact.getId());
        String context = _get(Div.class, spec -> spec.withId("case-context")).getElement().getTextRecursively();
        assertThat(context).contains("测试客户", "维持担保比例", "135.71%", "开立");
    }

    @Test
    void savingTheContactDialogWithItsDefaultsAsksBeforeCompletingTheTask() {
        login("advisor1");
        navigate("tasks");
        openContactDialog();
        assertThat(_get(Paragraph.class, spec -> spec.withId("contact-consequence")).getText())
                .as("the consequence, stated before saving").contains("未联系上：", " 起再次联系（第 2/3 次）");
        _get(Checkbox.class, spec -> spec.withId("contact-reached")).setValue(true);
        assertThat(_get(Paragraph.class, spec -> spec.withId("contact-consequence")).getText())
                .contains("已联系（警戒）：等待比例恢复");
        _get(Checkbox.class, spec -> spec.withId("contact-reached")).setValue(false);

        _click(_get(Button.class, spec -> spec.withId("contact-save")));
        assertThat(taskService.createTaskQuery().taskId(contact.getId()).count())
                .as("nothing entered: the task stays open until the advisor confirms").isOne();
        assertThat(_get(Paragraph.class, spec -> spec.withId("contact-confirm-text")).getText())
                .contains("您没有填写任何内容", "未联系上", "再次联系（第 2/3 次）");
        _click(_get(Button.class, spec -> spec.withId("contact-confirm-back")));
        assertThat(taskService.createTaskQuery().taskId(contact.getId()).count()).as("back to the form").isOne();

        _click(_get(Button.class, spec -> spec.withId("contact-save")));
        _click(_get(Button.class, spec -> spec.withId("contact-confirm")));
        assertThat(taskService.createTaskQuery().taskId(contact.getId()).count()).as("confirmed: completed").isZero();
        assertThat(runtime.getVariable(process.getId(), "reached")).isEqualTo(false);
        assertThat(runtime.getVariable(process.getId(), "attempts")).isEqualTo(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aForcedLiquidationNeedsItsReasonAndAConfirmationNamingClientAccountRatioAndDecider() {
        BreachFixture liquidation = new BreachFixture(jdbc);
        Task decision = decisionTask(liquidation);
        String processId = decision.getProcessInstanceId();
        login("manager1");
        navigate("tasks");
        com.vaadin.flow.component.tabs.Tabs tabs = _get(com.vaadin.flow.component.tabs.Tabs.class,
                spec -> spec.withId("inbox-tabs"));
        tabs.setSelectedIndex(1);
        openTask(decision.getId());
        ((Select<ManagerDecision.Kind>) _get(Select.class, spec -> spec.withId("decision-kind")))
                .setValue(ManagerDecision.Kind.FORCED_LIQUIDATION);
        com.vaadin.flow.component.textfield.TextArea reason = _get(com.vaadin.flow.component.textfield.TextArea.class,
                spec -> spec.withId("decision-reason"));
        assertThat(reason.getLabel()).isEqualTo("决定理由");
        _click(_get(Button.class, spec -> spec.withId("decision-save")));
        assertThat(reason.isInvalid()).as("no reason, no decision").isTrue();
        assertThat(taskService.createTaskQuery().taskId(decision.getId()).count()).isOne();

        reason.setValue("维持担保比例跌破平仓线，客户无法追加");
        _click(_get(Button.class, spec -> spec.withId("decision-save")));
        assertThat(taskService.createTaskQuery().taskId(decision.getId()).count()).as("not before it is confirmed")
                .isOne();
        String managerName = jdbc.sql("SELECT display_name FROM app_user WHERE username = 'manager1'")
                .query(String.class).single();
        assertThat(_get(Paragraph.class, spec -> spec.withId("decision-confirm-text")).getText())
                .contains("测试客户", "客户号 " + liquidation.clientId, "107.14%", "决定人：" + managerName, "不可撤销")
                .doesNotContain("manager1").containsPattern("\\*{4}");
        _click(_get(Button.class, spec -> spec.withId("decision-confirm")));
        assertThat(taskService.createTaskQuery().taskId(decision.getId()).count()).isZero();
        // from the history, which keeps it whether the process is still handing off or has ended meanwhile
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(processId).variableName("decidedBy")
                .singleResult().getValue()).isEqualTo("manager1");
    }

    @org.springframework.beans.factory.annotation.Autowired
    private com.marginportal.calendar.TradingCalendarService calendars;
    @org.springframework.beans.factory.annotation.Autowired
    private org.flowable.engine.HistoryService history;

    /** The account below the liquidation line, scanned: its case's decision task, once the process has made it. */
    private Task decisionTask(BreachFixture liquidation) {
        liquidation.price("7.50");
        scanner.scan(ScanTrigger.MANUAL);
        String caseId = Long.toString(liquidation.openCaseId());
        ProcessInstance p = await().atMost(Duration.ofSeconds(30)).until(() -> runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(caseId).singleResult(), pi -> pi != null);
        return await().atMost(Duration.ofSeconds(30)).until(() -> taskService.createTaskQuery()
                .processInstanceId(p.getId()).taskDefinitionKey("managerDecision").singleResult(), t -> t != null);
    }

    /**
     * An extension's new deadline is the close of a trading day: a weekend is refused under the date, in words, and
     * nothing changes; the calendar is in Chinese and writes dates as the portal does.
     */
    @Test
    @SuppressWarnings("unchecked")
    void anExtensionToADayWithoutTradingIsRefusedUnderTheDate() {
        Task decision = decisionTask(new BreachFixture(jdbc));
        String processId = decision.getProcessInstanceId();
        login("manager1");
        navigate("tasks");
        _get(com.vaadin.flow.component.tabs.Tabs.class, spec -> spec.withId("inbox-tabs")).setSelectedIndex(1);
        openTask(decision.getId());
        Select<ManagerDecision.Kind> kind = _get(Select.class, spec -> spec.withId("decision-kind"));
        _assertNone(com.vaadin.flow.component.datepicker.DatePicker.class, spec -> spec.withId("decision-deadline"));
        kind.setValue(ManagerDecision.Kind.FORCED_LIQUIDATION);
        _assertNone(com.vaadin.flow.component.datepicker.DatePicker.class, spec -> spec.withId("decision-deadline"));
        kind.setValue(ManagerDecision.Kind.EXTENSION);
        com.vaadin.flow.component.datepicker.DatePicker deadline = _get(
                com.vaadin.flow.component.datepicker.DatePicker.class, spec -> spec.withId("decision-deadline"));
        assertThat(deadline.getHelperText()).as("what the client holds: a liquidation notice named no deadline")
                .isEqualTo("当日 15:00 收盘为准；客户已收到平仓风险通知，尚无追保期限，本决定为其设定期限");
        assertThat(deadline.getI18n().getMonthNames()).contains("12月");
        assertThat(deadline.getI18n().getToday()).isEqualTo("今天");
        assertThat(deadline.getI18n().getDateFormats()).startsWith("yyyy-MM-dd");
        java.time.LocalDate saturday = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))
                .with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.SATURDAY));
        deadline.setValue(saturday);
        _get(com.vaadin.flow.component.textfield.TextArea.class, spec -> spec.withId("decision-reason"))
                .setValue("客户资金在途");
        _click(_get(Button.class, spec -> spec.withId("decision-save")));
        assertThat(deadline.isInvalid()).isTrue();
        assertThat(deadline.getErrorMessage()).isEqualTo(saturday + " 不是交易日：追保期限须为交易日，以当日 15:00 收盘为准");
        assertThat(taskService.createTaskQuery().taskId(decision.getId()).count()).as("nothing changed").isOne();

        java.time.LocalDate monday = calendars.calendar().nextTradingDay(saturday);
        deadline.setValue(monday);
        _click(_get(Button.class, spec -> spec.withId("decision-save")));
        assertThat(taskService.createTaskQuery().taskId(decision.getId()).count()).isZero();
        assertThat(((java.util.Date) runtime.getVariable(processId, "deadline")).toInstant())
                .isEqualTo(monday.atTime(15, 0).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant());
    }

    @Test
    void besideAMarginCallTheAdvisorSeesTheDemandTheClientWasSent() {
        String[] shown = marginCallTask(false); // the demand beside the form, the text the client was sent
        java.util.regex.Matcher figures = java.util.regex.Pattern
                .compile("追保目标 (\\S+) · 需追加担保物约 (\\S+ 元) · 截止 (\\d{4})-(\\d\\d)-(\\d\\d) (\\d\\d:\\d\\d)")
                .matcher(shown[0]);
        assertThat(figures.matches()).as(shown[0]).isTrue();
        assertThat(shown[1]).as("the same figures as the notice the client was sent")
                .contains(figures.group(1), "需追加担保物金额（估算）：" + figures.group(2),
                        figures.group(3) + "年" + Integer.parseInt(figures.group(4)) + "月" + Integer.parseInt(figures.group(5))
                                + "日 " + figures.group(6));
    }

    @Test
    void aMarginCallThatAlsoAskedForTheFinancingRatioSaysSoBesideTheForm() {
        String[] shown = marginCallTask(true); // high-risk lines: the financing ratio (78.65%) is above its 60% line
        java.util.regex.Matcher figures = java.util.regex.Pattern
                .compile("追保目标 (\\S+)，融资比例降至 (\\S+) 及以下 · 需追加担保物约 (\\S+ 元) · 截止 .+").matcher(shown[0]);
        assertThat(figures.matches()).as(shown[0]).isTrue();
        assertThat(shown[1]).contains("维持担保比例恢复至 " + figures.group(1) + " 以上，并使融资比例回落至 " + figures.group(2)
                + " 及以下", "需追加担保物金额（估算）：" + figures.group(3));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFinancingRatioCaseSaysSoWhereItsLevelIsListed() {
        BreachFixture financed = new BreachFixture(jdbc);
        financed.highRisk();
        financed.price("11.20"); // maintenance 160%: above every line; financing 62.50%: above the 60% line
        scanner.scan(ScanTrigger.MANUAL);
        Task call = taskOf(financed.openCaseId(), "contactClient");

        login("advisor1");
        navigate("clients");
        navigate("tasks");
        Grid<WorkItem> inboxGrid = _get(Grid.class, spec -> spec.withId("inbox-grid"));
        java.util.List<WorkItem> rows = com.github.mvysny.kaributesting.v10.GridKt._findAll(inboxGrid);
        int row = java.util.stream.IntStream.range(0, rows.size()).filter(i -> rows.get(i).id().equals(call.getId()))
                .findFirst().orElseThrow();
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormatted(inboxGrid, row, "level"))
                .isEqualTo("警戒 · 融资比例");
        openTask(call.getId());
        assertThat(_get(Div.class, spec -> spec.withId("case-context")).getElement().getTextRecursively())
                .as("the case history names the figure it crossed")
                .contains("风险事项开立：警戒 · 融资比例 62.50%（维持担保比例 160.00%）");

        navigate("my-day");
        Grid<com.marginportal.home.ui.MyDayView.Row> agenda = _get(Grid.class, spec -> spec.withId("my-day-agenda"));
        java.util.List<com.marginportal.home.ui.MyDayView.Row> items = com.github.mvysny.kaributesting.v10.GridKt._findAll(agenda);
        int item = java.util.stream.IntStream.range(0, items.size())
                .filter(i -> items.get(i).item().link().equals("tasks?task=" + call.getId())).findFirst().orElseThrow();
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormatted(agenda, item, "level"))
                .isEqualTo("警戒 · 融资比例");
    }

    /**
     * The advisor about to call must know the client has not been told yet: a notice the mail server refused so far
     * reads as such, with its next attempt, not "待发送".
     */
    @Test
    void aNoticeTheServerRefusedIsToldAsRetriedNotAsPending() {
        BreachFixture marginCall = new BreachFixture(jdbc);
        Task call = contactTaskAt(marginCall, "8.90");
        long caseId = marginCall.openCaseId();
        jdbc.sql("""
                UPDATE notification SET status = 'PENDING', attempts = 2, next_attempt_at = ?, sent_at = NULL,
                       claimed_at = NULL, claim_token = NULL WHERE case_id = ?""")
                .params(java.time.LocalDateTime.of(2030, 1, 2, 1, 34), caseId).update();

        login("advisor1");
        navigate("tasks");
        openTask(call.getId());

        assertThat(_get(Div.class, spec -> spec.withId("told-notice")).getElement().getTextRecursively())
                .startsWith("追保通知 · 待重发（已失败 2 次，下次 2030-01-02 09:34） · ");
    }

    /**
     * Warnings are all due at the close: among tasks due together the account most at risk comes first, whichever
     * case opened first (before: in the order the tasks were created).
     */
    @Test
    @SuppressWarnings("unchecked")
    void tasksDueTogetherPutTheAccountMostAtRiskFirst() {
        // a trading morning: two hours before the close a warning is due two hours after it was found, not at the close
        com.marginportal.support.SimulatedClock.freeze(calendars.calendar().deadline(java.time.Instant.now(), 1)
                .toInstant().minus(5, java.time.temporal.ChronoUnit.HOURS));
        try {
            dueTogetherMostAtRiskFirst();
        } finally {
            com.marginportal.support.SimulatedClock.reset();
        }
    }

    @SuppressWarnings("unchecked")
    private void dueTogetherMostAtRiskFirst() {
        BreachFixture nearer = new BreachFixture(jdbc);
        Task first = contactTaskAt(nearer, "9.50");
        BreachFixture worse = new BreachFixture(jdbc);
        Task later = contactTaskAt(worse, "9.30");
        assertThat(later.getDueDate()).as("both warnings, due at the close").isEqualTo(first.getDueDate());
        java.math.BigDecimal[] ratios = java.util.stream.Stream.of(nearer, worse).map(f -> jdbc.sql(
                "SELECT latest_ratio FROM risk_case WHERE id = ?").param(f.openCaseId())
                .query(java.math.BigDecimal.class).single()).toArray(java.math.BigDecimal[]::new);
        assertThat(ratios[1]).as("the later case is the one more at risk").isLessThan(ratios[0]);

        login("advisor1");
        navigate("tasks");
        Grid<WorkItem> grid = _get(Grid.class, spec -> spec.withId("inbox-grid"));
        java.util.List<String> ids = com.github.mvysny.kaributesting.v10.GridKt._findAll(grid).stream().map(WorkItem::id)
                .toList();

        assertThat(ids.indexOf(later.getId())).isNotNegative().isLessThan(ids.indexOf(first.getId()));
        // the ratio that orders them is in the list, as on the advisor's day
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormatted(grid, ids.indexOf(later.getId()), "ratio"))
                .isEqualTo(com.marginportal.shell.Formats.percent(ratios[1]));
    }

    /** A new account at this price, scanned: its case's contact task, once the process has got there. */
    private Task contactTaskAt(BreachFixture account, String price) {
        account.price(price);
        scanner.scan(ScanTrigger.MANUAL);
        return taskOf(account.openCaseId(), "contactClient");
    }

    /** The task of a new case's process at that step, once the process has got there. */
    private Task taskOf(long caseId, String step) {
        ProcessInstance p = await().atMost(Duration.ofSeconds(30)).until(() -> runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(Long.toString(caseId)).singleResult(), pi -> pi != null);
        return await().atMost(Duration.ofSeconds(30)).until(() -> taskService.createTaskQuery()
                .processInstanceId(p.getId()).taskDefinitionKey(step).singleResult(), t -> t != null);
    }

    /** Opens the contact task of a new margin call: the dialog's demand line and the notice's text as sent. */
    private String[] marginCallTask(boolean highRisk) {
        BreachFixture marginCall = new BreachFixture(jdbc);
        if (highRisk) {
            marginCall.highRisk();
        }
        Task call = contactTaskAt(marginCall, "8.90");
        long caseId = marginCall.openCaseId();
        String notice = jdbc.sql("SELECT body_text FROM notification WHERE case_id = ? AND notice_type = 'MARGIN_CALL'")
                .param(caseId).query(String.class).single();
        login("advisor1");
        navigate("clients");
        navigate("tasks");
        openTask(call.getId());
        assertThat(_get(Div.class, spec -> spec.withId("told-notice")).getElement().getTextRecursively())
                .startsWith("追保通知 · ");
        return new String[] {_get(Div.class, spec -> spec.withId("told-demand")).getElement().getTextRecursively(), notice};
    }

    @Test
    void aTaskWithoutAFormSaysWhatCompletingItMeansAndAsks() {
        management.moveTimerToExecutableJob(management.createTimerJobQuery().processInstanceId(process.getId())
                .elementId("contactOverdue").singleResult().getId());
        Task review = await().atMost(Duration.ofSeconds(30)).until(() -> taskService.createTaskQuery()
                .processInstanceId(process.getId()).taskDefinitionKey("escalationReview").singleResult(), t -> t != null);
        login("manager1");
        navigate("tasks");
        _get(com.vaadin.flow.component.tabs.Tabs.class, spec -> spec.withId("inbox-tabs")).setSelectedIndex(1);
        openTask(review.getId());
        assertThat(_get(Paragraph.class, spec -> spec.withId("complete-task-text")).getText()).contains("标记为已复核");
        assertThat(taskService.createTaskQuery().taskId(review.getId()).count()).as("not before it is confirmed").isOne();
        _click(_get(Button.class, spec -> spec.withId("complete-task-confirm")));
        assertThat(taskService.createTaskQuery().taskId(review.getId()).count()).isZero();
        assertThat(taskService.createTaskQuery().taskId(contact.getId()).count()).as("the advisor keeps hers").isOne();
    }

    private void openTask(String taskId) {
        clickInRow(taskId, "handle-");
    }

    /** Clicks the button of the task's row whose id is the prefix and the task's id ("handle-", "unclaim-"). */
    @SuppressWarnings("unchecked")
    private void clickInRow(String taskId, String buttonPrefix) {
        Grid<WorkItem> grid = _get(Grid.class, spec -> spec.withId("inbox-grid"));
        java.util.List<WorkItem> rows = com.github.mvysny.kaributesting.v10.GridKt._findAll(grid);
        int row = java.util.stream.IntStream.range(0, rows.size())
                .filter(i -> rows.get(i).id().equals(taskId)).findFirst().orElseThrow();
        var actions = (com.vaadin.flow.component.Component) _getCellComponent(grid, row, "actions");
        _click(_get(actions, Button.class, spec -> spec.withId(buttonPrefix + taskId)));
    }

    private void openContactDialog() {
        openTask(contact.getId());
    }
}
