package com.marginportal.home.ui;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.marginportal.client.ClientDirectory;
import com.marginportal.home.TaskCounts;
import com.marginportal.home.WorkItem;
import com.marginportal.home.WorkList;
import com.marginportal.security.Role;
import com.marginportal.security.UserDirectory;
import com.marginportal.shell.BuiltInNames;
import com.marginportal.shell.Formats;
import com.marginportal.workflow.BreachTaskForms;
import com.marginportal.workflow.CaseActionException;
import com.marginportal.workflow.InboxTask;
import com.marginportal.workflow.TaskConflictException;
import com.marginportal.workflow.TaskInbox;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The advisor's (and manager's) one task list: breach tasks and the contacts the plans ask for together — mine, my
 * group's (tasks to claim; a manager's also the contacts the branch's advisors owe), overdue — soonest due first,
 * overdue ones marked. Breach tasks are claimed, returned and completed here with their forms; a contact opens the
 * client service's own dialog. When someone else was quicker, the user is told and nothing changes. Every task is
 * listed and counted however many there are: the grid reads the list page by page as it scrolls, filters included,
 * and the tabs count in the databases. It lives in home, beside the one task list it shows ({@link WorkList}); the
 * breach tasks' forms are the workflow's ({@link BreachTaskForms}).
 */
@Route("tasks")
@RolesAllowed({Role.Names.ADVISOR, Role.Names.MANAGER, Role.Names.ADMIN})
public class TaskInboxView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final TaskInbox inbox;
    private final BreachTaskForms forms;
    private final WorkList workList;
    private final ClientDirectory clients;
    private final Grid<WorkItem> grid = new Grid<>(WorkItem.class, false);
    private final Tab mine = new Tab();
    private final Tab group = new Tab();
    private final Tab overdue = new Tab();
    private final Tabs tabs = new Tabs(mine, group, overdue);
    private final Map<Long, String> names = new HashMap<>();
    private final InboxFilterBar filterBar;

    public TaskInboxView(TaskInbox inbox, BreachTaskForms forms, WorkList workList, ClientDirectory clients,
                         UserDirectory users, Clock clock) {
        this.inbox = inbox;
        this.forms = forms;
        this.workList = workList;
        this.clients = clients;
        this.filterBar = new InboxFilterBar(users.visibleBranches(), f -> grid.getDataProvider().refreshAll());
        setSizeFull();
        tabs.setId("inbox-tabs");
        mine.setId("inbox-tab-mine");
        group.setId("inbox-tab-group");
        overdue.setId("inbox-tab-overdue");
        tabs.addSelectedChangeListener(e -> refresh());
        grid.setId("inbox-grid");
        // compact as every other work list (my day, the board): room for the ratio, more tasks on a screen
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(t -> due(t, clock)).setHeader(getTranslation("inbox.col.due")).setAutoWidth(true)
                .setFlexGrow(0);
        // a plan's call carries the plan's name (free text): the task takes the width left and wraps, so the
        // actions stay in sight
        grid.addColumn(t -> getTranslation(t.titleKey())
                        + (t.detail() == null ? "" : " · " + BuiltInNames.of(this, t.detailKey(), t.detail())))
                .setKey("task").setHeader(getTranslation("inbox.col.task")).setWidth("14rem").setFlexGrow(1);
        grid.addColumn(t -> LevelText.of(this, t.level(), t.breachTask() == null ? null : t.breachTask().reason()))
                .setKey("level").setHeader(getTranslation("cases.col.level")).setWidth(LevelText.WIDTH).setFlexGrow(0);
        // tasks due together are listed by this ratio (most at risk first): shown, so the order explains itself
        grid.addColumn(t -> t.breachTask() == null ? "" : t.breachTask().ratio() == null ? getTranslation("myDay.noDebt")
                        : Formats.percent(t.breachTask().ratio()))
                .setKey("ratio").setHeader(getTranslation("cases.col.latestRatio")).setTextAlign(ColumnTextAlign.END)
                .setWidth("5.5rem").setFlexGrow(0);
        grid.addComponentColumn(t -> new Anchor("clients/" + t.clientId(), names.getOrDefault(t.clientId(), String.valueOf(t.clientId()))))
                .setHeader(getTranslation("clients.col.name")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> t.holderName() == null ? "" : t.holderName()) // people by name, not login
                .setKey("holder").setHeader(getTranslation("inbox.col.assignee")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("inbox.col.actions")).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("inbox.empty"));
        grid.setItems(query -> { // the page's clients by name, read with the page
            List<WorkItem> page = workList.page(tab(), filterBar.filter(), query.getOffset(), query.getLimit());
            names.putAll(clients.clientNames(page.stream().map(WorkItem::clientId).collect(Collectors.toSet())));
            return page.stream();
        }, query -> (int) workList.count(tab(), filterBar.filter()));
        add(new H2(getTranslation("inbox.title")), tabs, filterBar, grid);
        setFlexGrow(1, grid);
    }

    /**
     * {@code ?task=<id>} opens that breach task (from the home page or the client's alert; a group's task is
     * selected, a decision offered to the managers opened), {@code ?tab=group} the group's work. Without either,
     * the inbox never opens on an empty tab while group work waits.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters().getParameters();
        String tab = params.getOrDefault("tab", List.of("")).get(0);
        String taskId = params.getOrDefault("task", List.of("")).get(0);
        TaskCounts counts = workList.counts();
        if ("group".equals(tab) || "overdue".equals(tab)) {
            tabs.setSelectedTab("group".equals(tab) ? group : overdue);
        } else if (counts.mine() == 0 && counts.group() > 0) {
            tabs.setSelectedTab(group);
        }
        show(counts);
        if (!taskId.isEmpty()) {
            workList.breachTask(taskId).ifPresentOrElse(t -> {
                if (t.breachTask().assignee() != null) { // mine
                    handle(t);
                    return;
                }
                tabs.setSelectedTab(group);
                grid.select(t);
                if (t.breachTask().isDecision()) {
                    handle(t); // any manager of the group may decide, without taking the task first
                }
            }, () -> Notification.show(getTranslation("inbox.taskGone"), 5000, Notification.Position.MIDDLE));
        }
    }

    private Component due(WorkItem t, Clock clock) {
        Span due = new Span(t.due() == null ? "" : Formats.dateTime(t.due()));
        if (t.isOverdue(clock.instant())) {
            due.setText(Formats.dateTime(t.due()) + " · " + getTranslation("inbox.overdue"));
            due.addClassNames("badge", "ratio-margin-call");
        }
        return due;
    }

    private Component actions(WorkItem item) {
        HorizontalLayout actions = new HorizontalLayout();
        // the primary action at the cell's end in every row, whether a secondary one stands before it or not
        actions.setWidthFull();
        actions.setJustifyContentMode(FlexComponent.JustifyContentMode.END);
        if (item.breachTask() == null) { // a plan's contact: its own dialog in client service, with the client beside it
            Button open = new Button(getTranslation("inbox.handle"), e -> getUI().ifPresent(ui -> ui.navigate(
                    item.link().substring(0, item.link().indexOf('?')),
                    QueryParameters.fromString(item.link().substring(item.link().indexOf('?') + 1)))));
            open.setId("open-contact-" + item.id());
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            actions.add(open);
            return actions;
        }
        InboxTask t = item.breachTask();
        if (t.assignee() == null) {
            actions.add(button("inbox.claim", "claim-" + t.taskId(), () -> inbox.claim(t.taskId()), named("inbox.claimed", item)));
            // the primary action on an unclaimed task takes it and opens its form in one step
            Button claimAndOpen = new Button(getTranslation("inbox.claimAndOpen"), e -> {
                try {
                    inbox.claim(t.taskId());
                    handle(item);
                } catch (TaskConflictException conflict) {
                    conflict();
                    refresh();
                }
            });
            claimAndOpen.setId("handle-" + t.taskId());
            claimAndOpen.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            actions.add(claimAndOpen);
            return actions;
        }
        Button back = new Button(getTranslation("inbox.unclaim"), e -> returnToGroup(item));
        back.setId("unclaim-" + t.taskId());
        back.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        actions.add(back);
        Button handle = new Button(getTranslation("inbox.handle"), e -> handle(item));
        handle.setId("handle-" + t.taskId());
        handle.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        actions.add(handle);
        return actions;
    }

    /** Each breach task's form (the workflow's) states what completing it leads to before it happens. */
    private void handle(WorkItem item) {
        try {
            forms.open(item.breachTask(), this::act);
        } catch (TaskConflictException e) {
            conflict();
            refresh();
        }
    }

    private Button button(String key, String id, Runnable action, String doneText) {
        Button b = new Button(getTranslation(key), e -> act(action, () -> InboxNotices.done(doneText)));
        b.setId(id);
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return b;
    }

    /** "胡刚杰 · 联系客户：…": which client's which step a claim or a return moved (the row leaves the list). */
    private String named(String key, WorkItem item) {
        return getTranslation(key, names.getOrDefault(item.clientId(), String.valueOf(item.clientId())),
                getTranslation(item.titleKey()));
    }

    private void act(Runnable action) {
        act(action, () -> InboxNotices.done(getTranslation("inbox.done")));
    }

    /** Runs the action and says what it did, or why nothing changed; the lists are read again either way. */
    private void act(Runnable action, Runnable told) {
        try {
            action.run();
            told.run();
        } catch (TaskConflictException e) {
            conflict();
        } catch (CaseActionException refused) { // e.g. the case's extensions were used meanwhile: nothing changed
            InboxNotices.nothingChanged("inbox-refused", getTranslation("board.error." + refused.reason(), refused.args()));
        }
        refresh();
    }

    /**
     * "Return" stands beside "Handle", and the row leaves the list: the message names the client and the step, and
     * takes the task back if it was a slip (unless someone of the group took it meanwhile).
     */
    private void returnToGroup(WorkItem item) {
        String taskId = item.breachTask().taskId();
        Runnable claimBack = () -> inbox.claim(taskId);
        act(() -> inbox.unclaim(taskId), () -> InboxNotices.returned(named("inbox.returned", item),
                getTranslation("inbox.returned.undo"),
                () -> act(claimBack, () -> InboxNotices.done(named("inbox.claimed", item)))));
    }

    private void conflict() {
        InboxNotices.nothingChanged("inbox-conflict", getTranslation("inbox.conflict"));
    }

    private void refresh() {
        show(workList.counts());
    }

    /** The tabs count both kinds; the grid reads the selected tab's tasks again, filtered. */
    private void show(TaskCounts counts) {
        // on "assigned to me" every row's holder is the reader: the column says something on the other tabs only
        grid.getColumnByKey("holder").setVisible(tab() != WorkList.Tab.MINE);
        mine.setLabel(getTranslation("inbox.mine.count", counts.mine()));
        group.setLabel(getTranslation("inbox.group.count", counts.group()));
        overdue.setLabel(getTranslation("inbox.overdue.count", counts.overdue()));
        grid.getDataProvider().refreshAll();
    }

    private WorkList.Tab tab() {
        return tabs.getSelectedTab() == group ? WorkList.Tab.GROUP
                : tabs.getSelectedTab() == overdue ? WorkList.Tab.OVERDUE : WorkList.Tab.MINE;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inbox.title") + " | " + getTranslation("app.title");
    }
}
