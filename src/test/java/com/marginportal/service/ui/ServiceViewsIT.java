package com.marginportal.service.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.stream.IntStream;

import com.marginportal.client.ContactHistory;
import com.marginportal.client.NewContact;
import com.marginportal.client.ui.ClientDetailView;
import com.marginportal.risk.RiskFixture;
import com.marginportal.service.ServiceRequest;
import com.marginportal.service.ServiceRequests;
import com.marginportal.service.TimelineEntry;
import com.marginportal.service.TimelineKind;
import com.marginportal.service.domain.NewRequest;
import com.marginportal.service.domain.RequestStatus;
import com.marginportal.service.domain.RequestType;
import com.marginportal.service.domain.ServiceChannel;
import com.marginportal.support.ViewTest;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The request form (validation, then a request through its closing dialog), the timeline filter, the overdue list. */
class ServiceViewsIT extends ViewTest {

    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private ServiceRequests requests;
    @Autowired
    private ContactHistory contacts;

    private RiskFixture client;

    @BeforeEach
    void aClientOfAdvisor1() {
        client = new RiskFixture(jdbc);
        client.price("30"); // far from every line: never a breach in other tests' scans
    }

    @Test
    @SuppressWarnings("unchecked")
    void theRequestFormSaysWhatIsMissingAndARequestIsClosedOnlyWithASatisfactionScore() {
        login("advisor1");
        openClientTab("服务请求");
        _click(_get(Button.class, spec -> spec.withId("request-new")));
        _click(_get(Button.class, spec -> spec.withId("request-save")));

        TextArea content = _get(TextArea.class, spec -> spec.withId("request-content"));
        assertThat(content.isInvalid()).isTrue();
        assertThat(content.getErrorMessage()).isEqualTo("请填写客户的请求或反馈内容");
        Select<RequestType> type = _get(Select.class, spec -> spec.withId("request-type"));
        assertThat(type.isInvalid()).isTrue();
        assertThat(type.getErrorMessage()).isEqualTo("请选择请求类型");
        assertThat(requests.forClient(client.clientId, 0, Integer.MAX_VALUE)).as("nothing saved").isEmpty();

        type.setValue(RequestType.COMPLAINT);
        content.setValue("客户投诉融资利率上调未提前告知");
        _click(_get(Button.class, spec -> spec.withId("request-save")));
        ServiceRequest saved = requests.forClient(client.clientId, 0, Integer.MAX_VALUE).get(0);
        assertThat(saved.type()).isEqualTo(RequestType.COMPLAINT);
        assertThat(saved.channel()).isEqualTo(ServiceChannel.PHONE);
        Grid<ServiceRequest> grid = _get(Grid.class, spec -> spec.withId("client-requests-grid"));
        assertThat(_size(grid)).isOne();

        _click(_get(actions(grid, 0), Button.class, spec -> spec.withId("close-" + saved.id())));
        _click(_get(Button.class, spec -> spec.withId("close-save")));
        RadioButtonGroup<Integer> score = _get(RadioButtonGroup.class, spec -> spec.withId("close-satisfaction"));
        assertThat(score.isInvalid()).isTrue();
        assertThat(score.getErrorMessage()).isEqualTo("完成前须记录客户满意度（1–5 分）");
        assertThat(requests.find(saved.id()).orElseThrow().status()).isEqualTo(RequestStatus.OPEN);

        score.setValue(4);
        _get(TextArea.class, spec -> spec.withId("close-resolution")).setValue("已致歉并说明调整公告渠道");
        _click(_get(Button.class, spec -> spec.withId("close-save")));
        ServiceRequest closed = requests.find(saved.id()).orElseThrow();
        assertThat(closed.status()).isEqualTo(RequestStatus.DONE);
        assertThat(closed.satisfaction()).isEqualTo(4);
        assertThat(_find(actions(grid, 0), Button.class)).as("a closed request is read-only").isEmpty();
        assertThat(_get(actions(grid, 0), Span.class).getText()).isEqualTo("已完成，不可修改");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTimelineShowsEverySourceAndFiltersByType() {
        login("advisor1");
        contacts.recordAdvisorContact(client.clientId, new NewContact("PHONE", true, "持仓回顾", "建议分散行业"));
        requests.record(new NewRequest(client.clientId, RequestType.INFORMATION, ServiceChannel.WECHAT, "咨询担保品折算率"));
        openClientTab("客户时间线");

        Grid<TimelineEntry> grid = _get(Grid.class, spec -> spec.withId("timeline-grid"));
        CheckboxGroup<TimelineKind> filter = _get(CheckboxGroup.class, spec -> spec.withId("timeline-filter"));
        assertThat(kinds(grid)).containsExactly(TimelineKind.SERVICE_REQUEST, TimelineKind.CONTACT);
        assertThat(_getFormatted(grid, 0, "summary")).isEqualTo("服务请求 #" + requests.forClient(client.clientId, 0, Integer.MAX_VALUE).get(0).id()
                + "：信息咨询（微信）");
        assertThat(_getFormatted(grid, 1, "summary")).isEqualTo("电话 · 客户经理发起 · 已联系上：持仓回顾");

        filter.setValue(EnumSet.of(TimelineKind.CONTACT));
        assertThat(kinds(grid)).containsExactly(TimelineKind.CONTACT);
        filter.setValue(EnumSet.of(TimelineKind.SERVICE_REQUEST, TimelineKind.RISK_CASE));
        assertThat(kinds(grid)).containsExactly(TimelineKind.SERVICE_REQUEST);
        filter.clear();
        assertThat(_size(grid)).isZero();
        filter.setValue(EnumSet.allOf(TimelineKind.class));
        assertThat(_size(grid)).isEqualTo(2);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theManagerFindsTheLateRequestInTheOverdueList() {
        login("advisor1");
        ServiceRequest r = requests.record(new NewRequest(client.clientId, RequestType.ACCOUNT_CHANGE,
                ServiceChannel.IN_PERSON, "变更联系地址"));
        jdbc.sql("UPDATE service_request SET due_at = due_at - INTERVAL 10 DAY WHERE id = ?").param(r.id()).update();

        login("manager1");
        navigate("service");
        assertThat(currentView()).isEqualTo(ServiceView.class);
        Tabs tabs = _get(Tabs.class, spec -> spec.withId("service-tabs"));
        tabs.setSelectedTab(_get(Tab.class, spec -> spec.withId("service-tab-overdue")));
        Grid<ServiceRequest> grid = _get(Grid.class, spec -> spec.withId("service-request-grid"));
        List<ServiceRequest> shown = com.github.mvysny.kaributesting.v10.GridKt._findAll(grid);
        assertThat(shown).extracting(ServiceRequest::id).contains(r.id());
        int row = IntStream.range(0, shown.size()).filter(i -> shown.get(i).id() == r.id()).findFirst().orElseThrow();
        assertThat(_getCellComponent(grid, row, "actions")).isNotNull();

        login("manager2");
        navigate("clients"); // leave the view, so "service" is built anew for manager2
        navigate("service");
        _get(Tabs.class, spec -> spec.withId("service-tabs"))
                .setSelectedTab(_get(Tab.class, spec -> spec.withId("service-tab-overdue")));
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._findAll(
                (Grid<ServiceRequest>) _get(Grid.class, spec -> spec.withId("service-request-grid"))))
                .noneMatch(x -> x.id() == r.id());
    }

    @Test
    void anAdminsPlanFormRefusesAnIncompletePlan() {
        login("admin");
        navigate("service/plans");
        assertThat(currentView()).isEqualTo(ContactPlansView.class);
        _click(_get(Button.class, spec -> spec.withId("plan-new")));
        _get(IntegerField.class, spec -> spec.withId("plan-interval")).setValue(0);
        _click(_get(Button.class, spec -> spec.withId("plan-save")));
        assertThat(_get(TextField.class, spec -> spec.withId("plan-name")).getErrorMessage()).isEqualTo("必填");
        assertThat(_get(IntegerField.class, spec -> spec.withId("plan-interval")).getErrorMessage())
                .isEqualTo("间隔为 1 至 366 天");

        login("advisor1");
        assertThatThrownBy(() -> navigate("service/plans")).isInstanceOf(MockAccessDeniedException.class);
    }

    private void openClientTab(String label) {
        navigate("clients/" + client.clientId);
        assertThat(currentView()).isEqualTo(ClientDetailView.class);
        _get(TabSheet.class).setSelectedTab(_get(Tab.class, spec -> spec.withLabel(label)));
    }

    private static Component actions(Grid<ServiceRequest> grid, int row) {
        return _getCellComponent(grid, row, "actions");
    }

    private static List<TimelineKind> kinds(Grid<TimelineEntry> grid) {
        return grid.getListDataView().getItems().map(TimelineEntry::kind).toList();
    }

}
