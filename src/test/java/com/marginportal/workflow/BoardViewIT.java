package com.marginportal.workflow;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.marginportal.risk.RiskScanService;
import com.marginportal.risk.ScanTrigger;
import com.marginportal.shell.bpmn.BpmnDiagram;
import com.marginportal.support.CellLinesText;
import com.marginportal.support.ViewTest;
import com.marginportal.home.ui.TaskInboxView;
import com.marginportal.workflow.ui.BoardView;
import com.marginportal.workflow.ui.CaseView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;

import org.flowable.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The board's filters and step counts, and the case view's diagram state, without a browser. */
class BoardViewIT extends ViewTest {

    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private RiskScanService scanner;
    @Autowired
    private TaskService tasks;
    @Autowired
    private TaskInbox inbox;
    @Autowired
    private CaseActions caseActions;

    private long caseId;

    @BeforeEach
    void aWarningCaseAtTheContactStep() {
        BreachFixture account = new BreachFixture(jdbc);
        account.price("9.50");
        scanner.scan(ScanTrigger.MANUAL);
        caseId = account.openCaseId();
        await().atMost(Duration.ofSeconds(30)).until(() -> tasks.createTaskQuery().processInstanceBusinessKey(
                Long.toString(caseId)).taskDefinitionKey("contactClient").count() == 1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theStepCountsFilterTheBoardAndTheFiltersNarrowIt() {
        login("manager1");
        navigate("board");
        assertThat(currentView()).isEqualTo(BoardView.class);
        Grid<BoardRow> grid = _get(Grid.class, spec -> spec.withId("board-grid"));
        assertThat(ids(grid)).contains(caseId);

        _click(_get(Button.class, spec -> spec.withId("step-count-contactClient")));
        assertThat(((Select<String>) _get(Select.class, spec -> spec.withId("board-filter-step"))).getValue())
                .isEqualTo("contactClient");
        assertThat(grid.getLazyDataView().getItems().map(BoardRow::step).distinct().toList())
                .containsExactly("contactClient");
        ((Select<String>) _get(Select.class, spec -> spec.withId("board-filter-level"))).setValue("LIQUIDATION");
        assertThat(ids(grid)).doesNotContain(caseId);
        assertThat(_get(Span.class, spec -> spec.withId("board-total")).getText()).startsWith("共");
    }

    /** "Last contact" says how long ago, as the age beside it does; a date and time did not fit the column whole. */
    @Test
    @SuppressWarnings("unchecked")
    void theLastContactReadsHowLongAgo() {
        java.time.Instant contacted = java.time.Instant.now().minus(Duration.ofMinutes(95));
        jdbc.sql("UPDATE case_process SET last_contact_at = ? WHERE case_id = ?")
                .params(java.time.LocalDateTime.ofInstant(contacted, java.time.ZoneOffset.UTC), caseId).update();
        login("manager1");
        navigate("board");
        Grid<BoardRow> grid = _get(Grid.class, spec -> spec.withId("board-grid"));
        int row = ids(grid).indexOf(caseId);

        assertThat(GridKt._getFormatted(grid, row, "lastContact")).isEqualTo("1小时35分钟前");
    }

    @Test
    void theRarelyUsedFiltersOpenOnDemandAndStayShownWhileSet() {
        login("manager1");
        navigate("board");
        _assertNone(IntegerField.class, spec -> spec.withId("board-filter-version"));
        _assertNone(DatePicker.class, spec -> spec.withId("board-filter-from"));
        Button more = _get(Button.class, spec -> spec.withId("board-filter-more"));
        assertThat(more.getText()).isEqualTo("更多筛选");

        _click(more);
        IntegerField version = _get(IntegerField.class, spec -> spec.withId("board-filter-version"));
        assertThat(_get(DatePicker.class, spec -> spec.withId("board-filter-from")).isVisible()).isTrue();
        assertThat(more.getText()).isEqualTo("收起筛选");
        version.setValue(99);
        assertThat(ids(_get(Grid.class, spec -> spec.withId("board-grid")))).doesNotContain(caseId);
        assertThat(more.isEnabled()).as("a set filter cannot be hidden").isFalse();

        version.clear();
        assertThat(more.isEnabled()).isTrue();
        _click(more);
        assertThat(version.isVisible()).isFalse();
        assertThat(more.getText()).isEqualTo("更多筛选");
    }

    @Test
    void theCaseViewCarriesTheDiagramWithTheActiveStep() {
        login("manager1");
        navigate("board/case/" + caseId);
        assertThat(currentView()).isEqualTo(CaseView.class);
        BpmnDiagram diagram = _get(BpmnDiagram.class, spec -> spec.withId("case-diagram"));
        assertThat(diagram.getElement().getProperty("xml")).contains("marginBreach");
        assertThat(_get(Span.class, spec -> spec.withId("case-step")).getText()).isEqualTo("联系客户");

        login("manager2");
        navigate("board/case/" + caseId);
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("case-not-found")))
                .as("another branch's case").isNotNull();
        assertThat(_get(com.vaadin.flow.component.html.H4.class, spec -> spec.withText("无法查看该案例")))
                .as("a heading, not the sentence twice").isNotNull();
    }

    @Test
    void theCaseViewNamesTheCasesHolderAsTheBoardDoes() {
        String holder = jdbc.sql("SELECT u.display_name FROM risk_case r JOIN app_user u ON u.id = r.advisor_id"
                + " WHERE r.id = :id").param("id", caseId).query(String.class).single();
        String login = jdbc.sql("SELECT u.username FROM risk_case r JOIN app_user u ON u.id = r.advisor_id"
                + " WHERE r.id = :id").param("id", caseId).query(String.class).single();
        login("manager1");
        navigate("board/case/" + caseId);
        String facts = _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("case-facts"))
                .getElement().getTextRecursively();
        assertThat(facts).contains("客户经理 " + holder).doesNotContain(login);
        long clientId = jdbc.sql("SELECT client_id FROM risk_case WHERE id = ?").param(caseId).query(Long.class).single();
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("case-client-link")).getHref())
                .as("the client's number leads to the client's view").isEqualTo("clients/" + clientId);
        navigate("clients/" + clientId);
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("client-back")).getHref())
                .as("and back to the case, not to the client list").isEqualTo("board/case/" + caseId);
    }

    /** A decision nobody took: the case's facts say so as the board does, its history names the branch's group. */
    @Test
    void anUntakenDecisionReadsUnclaimedAndNamesTheBranchGroup() {
        long liquidation = decisionTask().caseId();
        String branch = jdbc.sql("SELECT b.name FROM risk_case r JOIN branch b ON b.id = r.branch_id WHERE r.id = ?")
                .param(liquidation).query(String.class).single();
        login("manager1");
        navigate("board/case/" + liquidation);
        String facts = _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("case-facts"))
                .getElement().getTextRecursively();
        assertThat(facts).contains("处理人 待认领");
        // the decision's own due time, as the board's row has it; there is no contact step to be due
        java.time.Instant due = jdbc.sql("SELECT due_at FROM case_process WHERE case_id = ?").param(liquidation)
                .query((rs, i) -> com.marginportal.UtcColumns.instant(rs, 1)).single();
        assertThat(facts).contains("本环节时限 " + com.marginportal.shell.Formats.dateTime(due)).doesNotContain("联系时限");
        assertThat(facts).as("a liquidation has no top-up deadline").contains("追保期限 —");
        _assertNone(Button.class, spec -> spec.withId("case-extend"));
        String history = _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("case-history"))
                .getElement().getTextRecursively();
        assertThat(history).contains("任务“经理决定”开始（" + branch + "经理组）");

        Button handle = _get(Button.class, spec -> spec.withId("case-handle-task"));
        assertThat(handle.getText()).isEqualTo("处理：经理决定");
        _click(handle);
        assertThat(currentView()).as("the decision's form, where the manager decides").isEqualTo(TaskInboxView.class);
        _get(com.vaadin.flow.component.Component.class, spec -> spec.withId("decision-kind"));
    }

    private record DecisionTask(long caseId, org.flowable.task.api.Task task) {
    }

    /** A new account below the liquidation line: its case opened and its manager decision waiting. */
    private DecisionTask decisionTask() {
        BreachFixture account = new BreachFixture(jdbc);
        account.price("7.50");
        scanner.scan(ScanTrigger.MANUAL);
        long caseId = account.openCaseId();
        return new DecisionTask(caseId, await().atMost(Duration.ofSeconds(30)).until(() -> tasks.createTaskQuery()
                .processInstanceBusinessKey(Long.toString(caseId)).taskDefinitionKey("managerDecision")
                .singleResult(), t -> t != null));
    }

    /** An extension gives a liquidation a top-up deadline: the facts show it, and the board offers to move it. */
    @Test
    void aLiquidationGivenAnExtensionShowsItsNewDeadline() {
        DecisionTask opened = decisionTask();
        long liquidation = opened.caseId();
        org.flowable.task.api.Task decision = opened.task();
        login("manager1");
        java.time.Instant deadline = calendars.calendar().deadline(java.time.Instant.now(), 2).toInstant();
        caseTasks.decide(decision.getId(), ManagerDecision.extend(deadline, "客户资金在途"));
        navigate("board/case/" + liquidation);
        String facts = _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("case-facts"))
                .getElement().getTextRecursively();
        assertThat(facts).contains("追保期限 " + com.marginportal.shell.Formats.dateTime(deadline), "展期次数 1 / 1");
        _assertNone(Button.class, spec -> spec.withId("case-extend")); // its one extension is used
    }

    @Autowired
    private CaseTasks caseTasks;
    @Autowired
    private com.marginportal.calendar.TradingCalendarService calendars;

    /** Closing a case is the manager's decision, asked for as such (not as a classification's). */
    @Test
    void closingAsksForTheDecisionsReason() {
        login("manager1");
        navigate("board/case/" + caseId);
        _click(_get(Button.class, spec -> spec.withId("case-close")));
        assertThat(_get(com.vaadin.flow.component.textfield.TextArea.class, spec -> spec.withId("case-close-reason"))
                .getLabel()).isEqualTo("决定理由");
    }

    @Test
    void aCaseTheManagerCannotActOnNowOffersNoTaskButton() {
        login("manager1");
        navigate("board/case/" + caseId); // its contact is the advisor's
        _assertNone(Button.class, spec -> spec.withId("case-handle-task"));
    }

    /**
     * Who held the contact task when: the engine keeps only its current holder and last claim, so a case given to
     * another advisor read as if its task had been hers from the start, and a return left no trace.
     */
    @Test
    void theHistoryTellsEveryHolderOfTheTaskInTurn() {
        String task = tasks.createTaskQuery().processInstanceBusinessKey(Long.toString(caseId))
                .taskDefinitionKey("contactClient").singleResult().getId();
        login("advisor1");
        inbox.unclaim(task);
        inbox.claim(task);
        login("manager1");
        long advisor2 = jdbc.sql("SELECT id FROM app_user WHERE username = 'advisor2'").query(Long.class).single();
        caseActions.reassign(caseId, advisor2);
        java.util.function.Function<String, String> name = u -> jdbc.sql("SELECT display_name FROM app_user WHERE username = ?")
                .param(u).query(String.class).single();

        navigate("board/case/" + caseId);
        String history = _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("case-history"))
                .getElement().getTextRecursively();
        assertThat(history).containsSubsequence("任务“联系客户”开始（" + name.apply("advisor1") + "）",
                name.apply("advisor1") + " · 退回任务“联系客户”", name.apply("advisor1") + " · 领取任务“联系客户”",
                name.apply("manager1") + " · 将任务“联系客户”改派给 " + name.apply("advisor2"));
        assertThat(history).as("never hers from the start").doesNotContain("开始（" + name.apply("advisor2") + "）");
    }

    /** Giving a case to the advisor who holds it would change nothing but mark it as chosen: she is not offered. */
    @Test
    @SuppressWarnings("unchecked")
    void theReassignmentOffersTheBranchsOtherAdvisors() {
        login("manager1");
        navigate("board/case/" + caseId);
        _click(_get(Button.class, spec -> spec.withId("case-reassign")));
        Select<com.marginportal.security.UserAccount> advisor = _get(Select.class, spec -> spec.withId("case-reassign-advisor"));
        java.util.List<String> offered = advisor.getListDataView().getItems()
                .map(com.marginportal.security.UserAccount::username).toList();
        String holder = jdbc.sql("SELECT u.username FROM risk_case r JOIN app_user u ON u.id = r.advisor_id WHERE r.id = ?")
                .param(caseId).query(String.class).single();
        assertThat(offered).as("the branch's other advisors").isNotEmpty().doesNotContain(holder);
    }

    /** Who sees several branches reads the branch under the advisor's name, in one column; a branch manager the name. */
    @Test
    @SuppressWarnings("unchecked")
    void theBranchIsShownUnderTheAdvisorOnlyToWhoSeesSeveralBranches() {
        String advisor = jdbc.sql("SELECT u.display_name FROM risk_case r JOIN app_user u ON u.id = r.advisor_id WHERE r.id = ?")
                .param(caseId).query(String.class).single();
        String branch = jdbc.sql("SELECT b.name FROM risk_case r JOIN branch b ON b.id = r.branch_id WHERE r.id = ?")
                .param(caseId).query(String.class).single();
        login("manager1");
        navigate("board");
        Grid<BoardRow> grid = _get(Grid.class, spec -> spec.withId("board-grid"));
        assertThat(grid.getColumnByKey("advisor").getHeaderText()).as("a branch manager sees one branch").isEqualTo("客户经理");
        assertThat(cellLines(grid, "advisor")).as("the advisor's name alone").containsExactly(advisor);

        jdbc.sql("INSERT IGNORE INTO branch (id, code, name, city) VALUES (97, 'RV97', '视图测试营业部', '上海')").update();
        login("admin");
        navigate("clients"); // a new view instance: the router keeps the one it shows when asked for it again
        navigate("board");
        grid = _get(Grid.class, spec -> spec.withId("board-grid"));
        assertThat(grid.getColumnByKey("advisor").getHeaderText()).as("an admin sees every branch").isEqualTo("客户经理 / 营业部");
        assertThat(cellLines(grid, "advisor")).as("the branch under the advisor's name").containsExactly(advisor, branch);
    }

    /** The lines of this test's case's cell in a column. */
    private java.util.List<String> cellLines(Grid<BoardRow> grid, String column) {
        BoardRow row = grid.getLazyDataView().getItems().filter(r -> r.caseId() == caseId).findFirst().orElseThrow();
        return CellLinesText.of(grid, row, column);
    }

    private static java.util.List<Long> ids(Grid<BoardRow> grid) {
        return grid.getLazyDataView().getItems().map(BoardRow::caseId).toList();
    }
}
