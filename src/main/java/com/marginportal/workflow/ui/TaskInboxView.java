package com.marginportal.workflow.ui;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;

import java.util.Map;
import java.util.stream.Collectors;

import com.marginportal.client.ClientDirectory;
import com.marginportal.security.Role;
import com.marginportal.security.UserDirectory;
import com.marginportal.shell.Formats;
import com.marginportal.workflow.InboxFilter;
import com.marginportal.workflow.InboxTask;
import com.marginportal.workflow.TaskConflictException;
import com.marginportal.workflow.TaskInbox;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The advisor's (and manager's) work: tasks assigned to me and tasks my group may take, soonest due first,
 * overdue ones marked. Claim, return, and complete with the task's form. When someone else was quicker,
 * the user is told and nothing changes.
 */
@Route("tasks")
@RolesAllowed({Role.Names.ADVISOR, Role.Names.MANAGER, Role.Names.ADMIN})
public class TaskInboxView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final TaskInbox inbox;
    private final ClientDirectory clients;
    private final Clock clock;
    private final Grid<InboxTask> grid = new Grid<>(InboxTask.class, false);
    private final Tab mine = new Tab();
    private final Tab group = new Tab();
    private final Tab overdue = new Tab();
    private final Tabs tabs = new Tabs(mine, group, overdue);
    private final Map<Long, String> names = new HashMap<>();
    private final Map<String, String> people = new HashMap<>();
    private final UserDirectory users;
    private final InboxFilterBar filterBar;

    public TaskInboxView(TaskInbox inbox, ClientDirectory clients, UserDirectory users, Clock clock) {
        this.inbox = inbox;
        this.clients = clients;
        this.clock = clock;
        this.users = users;
        this.filterBar = new InboxFilterBar(users.visibleBranches(), f -> refresh());
        setSizeFull();
        tabs.setId("inbox-tabs");
        mine.setId("inbox-tab-mine");
        group.setId("inbox-tab-group");
        overdue.setId("inbox-tab-overdue");
        tabs.addSelectedChangeListener(e -> refresh());
        grid.setId("inbox-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(this::due).setHeader(getTranslation("inbox.col.due")).setAutoWidth(true);
        grid.addColumn(t -> getTranslation("task." + t.definitionKey())).setHeader(getTranslation("inbox.col.task")).setAutoWidth(true);
        grid.addColumn(t -> getTranslation("level." + t.level())).setHeader(getTranslation("cases.col.level")).setAutoWidth(true);
        grid.addComponentColumn(t -> new Anchor("clients/" + t.clientId(), names.getOrDefault(t.clientId(), String.valueOf(t.clientId()))))
                .setHeader(getTranslation("clients.col.name")).setAutoWidth(true);
        grid.addColumn(t -> t.assignee() == null ? "" : people.getOrDefault(t.assignee(), t.assignee())).setHeader(getTranslation("inbox.col.assignee")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("inbox.col.actions")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("inbox.empty"));
        add(new H2(getTranslation("inbox.title")), tabs, filterBar, grid);
        setFlexGrow(1, grid);
    }

    /**
     * {@code ?task=<id>} opens that task (from the home page or the client's alert; a group's task is selected, a
     * decision offered to the managers opened), {@code ?tab=group} the group's
     * unclaimed work. Without either, the inbox never opens on an empty tab while group work waits.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters().getParameters();
        String tab = params.getOrDefault("tab", List.of("")).get(0);
        String taskId = params.getOrDefault("task", List.of("")).get(0);
        List<InboxTask> myTasks = inbox.mine();
        if ("group".equals(tab) || "overdue".equals(tab)) {
            tabs.setSelectedTab("group".equals(tab) ? group : overdue);
        } else if (myTasks.isEmpty() && !inbox.group().isEmpty()) {
            tabs.setSelectedTab(group);
        }
        refresh();
        if (!taskId.isEmpty()) {
            myTasks.stream().filter(t -> t.taskId().equals(taskId)).findFirst().ifPresentOrElse(this::handle,
                    () -> inbox.group().stream().filter(t -> t.taskId().equals(taskId)).findFirst().ifPresentOrElse(t -> {
                        tabs.setSelectedTab(group);
                        grid.select(t);
                        if (t.isDecision()) {
                            handle(t); // any manager of the group may decide, without taking the task first
                        }
                    }, () -> Notification.show(getTranslation("inbox.taskGone"), 5000, Notification.Position.MIDDLE)));
        }
    }

    private Component due(InboxTask t) {
        Span due = new Span(Formats.dateTime(t.due()));
        if (t.isOverdue(clock.instant())) {
            due.setText(Formats.dateTime(t.due()) + " · " + getTranslation("inbox.overdue"));
            due.addClassNames("badge", "ratio-margin-call");
        }
        return due;
    }

    private Component actions(InboxTask t) {
        HorizontalLayout actions = new HorizontalLayout();
        if (t.assignee() == null) {
            actions.add(button("inbox.claim", "claim-" + t.taskId(), () -> inbox.claim(t.taskId())));
            // the primary action on an unclaimed task takes it and opens its form in one step
            Button claimAndOpen = new Button(getTranslation("inbox.claimAndOpen"), e -> {
                try {
                    inbox.claim(t.taskId());
                    handle(t);
                } catch (TaskConflictException conflict) {
                    Notification.show(getTranslation("inbox.conflict"), 6000, Notification.Position.MIDDLE)
                            .addThemeVariants(NotificationVariant.LUMO_ERROR);
                    refresh();
                }
            });
            claimAndOpen.setId("handle-" + t.taskId());
            claimAndOpen.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            actions.add(claimAndOpen);
            return actions;
        } else {
            actions.add(button("inbox.unclaim", "unclaim-" + t.taskId(), () -> inbox.unclaim(t.taskId())));
        }
        Button handle = new Button(getTranslation("inbox.handle"), e -> handle(t));
        handle.setId("handle-" + t.taskId());
        handle.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        actions.add(handle);
        return actions;
    }

    /** Each task's form states what completing it leads to before it happens. */
    private void handle(InboxTask t) {
        try {
            if (t.isContact()) {
                new ContactDialog(inbox.contactOutlook(t.taskId()),
                        form -> act(() -> inbox.completeContact(t.taskId(), form)), context(t)).open();
            } else if (t.isDecision()) {
                new DecisionDialog(inbox.decisionSubject(t.taskId()),
                        decision -> act(() -> inbox.decide(t.taskId(), decision)), context(t)).open();
            } else {
                new CompleteTaskDialog(t, () -> act(() -> inbox.complete(t.taskId()))).open();
            }
        } catch (TaskConflictException e) {
            conflict();
            refresh();
        }
    }

    /** The client's figures and the case's history beside the form; nothing when the client left the scope. */
    private Component context(InboxTask t) {
        return clients.profile(t.clientId()).<Component>map(p -> new CaseContext(p, inbox.caseHistory(t.taskId())))
                .orElseGet(com.vaadin.flow.component.html.Div::new);
    }

    private Button button(String key, String id, Runnable action) {
        Button b = new Button(getTranslation(key), e -> act(action));
        b.setId(id);
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return b;
    }

    private void act(Runnable action) {
        try {
            action.run();
            Notification.show(getTranslation("inbox.done"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (TaskConflictException e) {
            conflict();
        }
        refresh();
    }

    private void conflict() {
        Notification n = Notification.show(getTranslation("inbox.conflict"), 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.setId("inbox-conflict");
    }

    private void refresh() {
        List<InboxTask> myTasks = inbox.mine();
        List<InboxTask> groupTasks = inbox.group();
        var now = clock.instant();
        List<InboxTask> late = java.util.stream.Stream.concat(myTasks.stream(), groupTasks.stream())
                .filter(t -> t.isOverdue(now)).toList();
        List<InboxTask> list = tabs.getSelectedTab() == group ? groupTasks : tabs.getSelectedTab() == overdue ? late : myTasks;
        names.putAll(clients.clientNames(list.stream().map(InboxTask::clientId).collect(Collectors.toSet())));
        people.putAll(users.displayNames(list.stream().map(InboxTask::assignee).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet()))); // people by name, not login
        mine.setLabel(getTranslation("inbox.mine.count", myTasks.size()));
        group.setLabel(getTranslation("inbox.group.count", groupTasks.size()));
        overdue.setLabel(getTranslation("inbox.overdue.count", late.size()));
        InboxFilter filter = filterBar.filter();
        grid.setItems(list.stream().filter(t -> filter.matches(t, names.get(t.clientId()))).toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inbox.title") + " | " + getTranslation("app.title");
    }

}
