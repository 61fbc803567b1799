package com.marginportal.workflow;

import java.time.Duration;

import com.marginportal.home.ui.MyDayView;
import com.marginportal.risk.RiskScanService;
import com.marginportal.risk.ScanTrigger;
import com.marginportal.support.ViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.github.mvysny.kaributesting.v10.GridKt;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A client with a case in handling: the 360 view's alert and the advisor's day both lead to the task in one click. */
class CaseAlertViewIT extends ViewTest {

    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private RiskScanService scanner;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private TaskService taskService;
    @Autowired
    private TaskInbox inbox;

    private BreachFixture account;
    private Task contact;

    @BeforeEach
    void aWarningBreach() {
        account = new BreachFixture(jdbc);
        account.price("9.50");
        scanner.scan(ScanTrigger.MANUAL);
        String caseId = Long.toString(account.openCaseId());
        ProcessInstance process = await().atMost(Duration.ofSeconds(30)).until(() -> runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(caseId).singleResult(), p -> p != null);
        contact = await().atMost(Duration.ofSeconds(30)).until(() -> taskService.createTaskQuery()
                .processInstanceId(process.getId()).taskDefinitionKey("contactClient").singleResult(), t -> t != null);
    }

    @Test
    void theClientViewShowsTheCaseAboveEverythingAndOpensTheTask() {
        login("advisor1");
        navigate("clients/" + account.clientId);
        Div alert = _get(Div.class, spec -> spec.withId("case-alert"));
        assertThat(alert.getElement().getTextRecursively()).contains("警戒", "联系客户", "处理人")
                .as("the step's time limit, not to be read as the top-up deadline").contains("本环节时限：")
                .doesNotContain("截止：");
        assertThat(_get(Span.class, spec -> spec.withId("case-alert-line")).getText())
                .contains("#" + account.openCaseId()).contains("警戒线 140.00%");

        _click(_get(Button.class, spec -> spec.withId("case-alert-task")));
        assertThat(currentView()).isEqualTo(com.marginportal.home.ui.TaskInboxView.class);
        assertThat(_get(Button.class, spec -> spec.withId("contact-save")).isVisible()).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCaseWaitingForTheRatioIsHeldByNobodyAndNotOfferedForClaiming() {
        login("advisor1");
        inbox.completeContact(contact.getId(), new ContactForm(ContactForm.Channel.PHONE, true,
                ContactForm.Plan.TOP_UP_CASH, null, "客户今日补足"));
        long caseId = account.openCaseId();
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "SELECT current_step FROM case_process WHERE case_id = ?").param(caseId).query(String.class).single(),
                "awaitRestoration"::equals);

        navigate("clients/" + account.clientId);
        String alert = _get(Div.class, spec -> spec.withId("case-alert")).getElement().getTextRecursively();
        assertThat(alert).contains("等待恢复").doesNotContain("待认领").doesNotContain("处理人");

        login("manager1");
        navigate("board");
        Grid<BoardRow> board = _get(Grid.class, spec -> spec.withId("board-grid"));
        int row = java.util.stream.IntStream.range(0, _size(board)).filter(i -> GridKt._get(board, i).caseId() == caseId)
                .findFirst().orElseThrow();
        assertThat(_getFormatted(board, row, "assignee")).as("nothing to claim while the ratio is awaited").isEmpty();
    }

    @Test
    void aFinancingRatioCaseNamesItsLineAndFigure() {
        BreachFixture financed = new BreachFixture(jdbc);
        financed.highRisk();
        financed.price("11.20"); // maintenance 160%: above every line; financing 62.50%: above the 60% line
        scanner.scan(ScanTrigger.MANUAL);
        login("advisor1");
        navigate("clients/" + financed.clientId);
        assertThat(_get(Span.class, spec -> spec.withId("case-alert-line")).getText())
                .endsWith("案例所越融资比例预警线 60.00%；当前融资比例 62.50%");
    }

    @Test
    void anotherBranchsManagerSeesNoAlertForAClientOutsideTheScope() {
        login("manager2");
        navigate("clients/" + account.clientId);
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Div.class, spec -> spec.withId("case-alert"))).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAdvisorsDayListsTheTaskWithTheClientsRatio() {
        login("advisor1");
        navigate("my-day");
        assertThat(currentView()).isEqualTo(MyDayView.class);
        Grid<MyDayView.Row> agenda = _get(Grid.class, spec -> spec.withId("my-day-agenda"));
        assertThat(agenda.getListDataView().getItems().map(r -> r.item().link()))
                .contains("tasks?task=" + contact.getId());
    }
}
