package com.marginportal.home;

import java.time.Clock;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.marginportal.home.domain.AgendaItem;
import com.marginportal.home.ui.MyDayView;
import com.marginportal.risk.RiskScanService;
import com.marginportal.service.ui.ServiceView;
import com.marginportal.support.ViewTest;
import com.marginportal.home.ui.TaskInboxView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.Tab;

import org.flowable.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The inbox as one task list: both kinds listed and counted, a plan's contact opened in its own dialog. */
class OneInboxViewIT extends ViewTest {

    private static final Pattern COUNT = Pattern.compile("(\\d+)\\D*$");

    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private RiskScanService scanner;
    @Autowired
    private TaskService taskService;
    @Autowired
    private Clock clock;
    @Autowired
    private WorkList workList;

    private TaskFixture fixture;

    @BeforeEach
    void bothKindsForAdvisor1() {
        fixture = new TaskFixture(jdbc, scanner, taskService, clock.instant());
    }

    @Test
    void theInboxListsAndCountsBothKinds() {
        login("advisor1");
        navigate("tasks");
        assertThat(currentView()).isEqualTo(TaskInboxView.class);
        List<WorkItem> rows = rows();
        assertThat(rows).extracting(WorkItem::id).contains(fixture.breachTask.getId(),
                Long.toString(fixture.overdueContact), Long.toString(fixture.laterContact));
        assertThat(count("inbox-tab-mine")).as("the tab counts what it lists").isEqualTo(rows.size());
        assertThat(rows).isSortedAccordingTo(WorkItem.BY_URGENCY);
        assertThat(_getFormatted(grid(), rowOf(Long.toString(fixture.overdueContact)), "task"))
                .startsWith("联系计划回访 · 测试计划");
    }

    @Test
    void aPlansContactOpensItsServiceDialogWithTheClientBeside() {
        login("advisor1");
        navigate("tasks");
        String id = Long.toString(fixture.overdueContact);
        var actions = (Component) _getCellComponent(grid(), rowOf(id), "actions");
        _click(_get(actions, Button.class, spec -> spec.withId("open-contact-" + id)));
        assertThat(currentView()).isEqualTo(ServiceView.class);
        assertThat(_get(Div.class, spec -> spec.withId("contact-client")).getElement().getTextRecursively())
                .contains("测试客户", String.valueOf(fixture.client.clientId), "维持担保比例", "135.71%", "95,000.00 元");
        assertThat(_get(Button.class, spec -> spec.withId("plan-contact-save")).isEnabled()).isTrue();
    }

    @Test
    void aManagerWithNothingOfTheirOwnLandsOnTheGroupsWorkWhereTheBranchsContactWaits() {
        long contact = fixture.contact(3, fixture.userId("advisor9"), clock.instant().minus(java.time.Duration.ofHours(2)));
        login("manager3");
        org.junit.jupiter.api.Assumptions.assumeTrue(workList.counts().mine() == 0, "manager3 holds no task");
        navigate("tasks");
        var tabs = _get(com.vaadin.flow.component.tabs.Tabs.class, spec -> spec.withId("inbox-tabs"));
        assertThat(tabs.getSelectedTab().getId()).hasValue("inbox-tab-group");
        assertThat(rows()).extracting(WorkItem::id).contains(Long.toString(contact));
    }

    @Test
    void anotherAdvisorsLinkToTheContactOpensNothing() {
        login("advisor2");
        com.vaadin.flow.component.UI.getCurrent().navigate("service",
                com.vaadin.flow.router.QueryParameters.of("contactTask", Long.toString(fixture.overdueContact)));
        assertThat(currentView()).isEqualTo(ServiceView.class);
        assertThat(_find(Button.class, spec -> spec.withId("plan-contact-save"))).as("not in their scope").isEmpty();
    }

    /** "One fact, one truth": before, MyDay counted the plans' contacts and the inbox did not. */
    @Test
    @SuppressWarnings("unchecked")
    void theInboxAndMyDayCountTheSameTasks() {
        login("advisor1");
        navigate("tasks");
        int mine = count("inbox-tab-mine");
        int group = count("inbox-tab-group");

        navigate("my-day");
        assertThat(currentView()).isEqualTo(MyDayView.class);
        Grid<MyDayView.Row> agenda = _get(Grid.class, spec -> spec.withId("my-day-agenda"));
        long tasks = agenda.getListDataView().getItems()
                .filter(r -> r.item().kind() != AgendaItem.Kind.SERVICE_REQUEST).count();
        assertThat(tasks).as("my tasks on the home page = the inbox's first tab").isEqualTo(mine);
        String tile = _get(Anchor.class, spec -> spec.withId("tile-unclaimed")).getElement().getTextRecursively();
        assertThat(tile).as("the group's tile = the inbox's second tab").matches(group + "\\D.*");
    }

    private int count(String tabId) {
        Matcher m = COUNT.matcher(_get(Tab.class, spec -> spec.withId(tabId)).getLabel());
        assertThat(m.find()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    @SuppressWarnings("unchecked")
    private Grid<WorkItem> grid() {
        return _get(Grid.class, spec -> spec.withId("inbox-grid"));
    }

    private List<WorkItem> rows() {
        return com.github.mvysny.kaributesting.v10.GridKt._findAll(grid());
    }

    private int rowOf(String id) {
        List<WorkItem> rows = rows();
        return java.util.stream.IntStream.range(0, rows.size()).filter(i -> rows.get(i).id().equals(id)).findFirst()
                .orElseThrow();
    }
}
