package com.marginportal.workflow;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import com.marginportal.client.ui.ClientDetailView;
import com.marginportal.risk.RiskScanService;
import com.marginportal.risk.ScanTrigger;
import com.marginportal.support.ViewTest;
import com.marginportal.workflow.ContactForm.Channel;
import com.marginportal.workflow.ContactForm.Plan;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;

import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The resolution record of a closed case, as the client 360 view shows it. */
class ResolutionViewIT extends ViewTest {

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
    private CaseTasks caseTasks;

    @Test
    void theClient360ViewShowsTheResolutionRecordWithItsSteps() {
        BreachFixture account = new BreachFixture(jdbc);
        account.price("9.50");
        scanner.scan(ScanTrigger.MANUAL);
        long caseId = account.openCaseId();
        ProcessInstance p = await().atMost(Duration.ofSeconds(30)).until(() -> runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(Long.toString(caseId)).singleResult(), pi -> pi != null);
        String contact = await().atMost(Duration.ofSeconds(30)).until(() -> taskService.createTaskQuery()
                .processInstanceId(p.getId()).taskDefinitionKey("contactClient").singleResult(), t -> t != null).getId();
        login("advisor1");
        caseTasks.completeContact(contact, new ContactForm(Channel.PHONE, true, Plan.TOP_UP_CASH, null, "今日补足"));
        account.topUp("20000");
        scanner.scan(ScanTrigger.MANUAL);
        await().atMost(Duration.ofSeconds(30)).until(() -> runtime.createProcessInstanceQuery()
                .processInstanceId(p.getId()).count() == 0 && management.createJobQuery().processInstanceId(p.getId())
                .count() == 0);

        navigate("clients/" + account.clientId);
        assertThat(currentView()).isEqualTo(ClientDetailView.class);
        _get(TabSheet.class).setSelectedTab(_get(Tab.class, spec -> spec.withLabel("处置记录")));
        Div record = _get(Div.class, spec -> spec.withId("resolution-" + caseId));
        String text = record.getElement().getTextRecursively();
        String advisorName = jdbc.sql("SELECT display_name FROM app_user WHERE username = 'advisor1'")
                .query(String.class).single();
        assertThat(text).contains("风险事项 #" + caseId, "追加担保物后恢复", "135.71% → 164.29%", "电话", "今日补足",
                "预警通知已生成", "任务“联系客户”开始（" + advisorName + "）", advisorName + " · 第 1 次联系",
                "比例已恢复", "系统 · 结案：追加担保物后恢复")
                .as("only what happened").doesNotContain("经理结案", "级别升级", "决定逾期", "advisor1");

        login("manager2");
        navigate("clients/" + account.clientId);
        assertThat(_find(Div.class, spec -> spec.withId("resolution-" + caseId))).as("outside manager2's branch")
                .isEmpty();
    }
}
