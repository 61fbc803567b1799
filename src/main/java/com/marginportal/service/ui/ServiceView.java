package com.marginportal.service.ui;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.marginportal.client.ClientDirectory;
import com.marginportal.client.NewContact;
import com.marginportal.security.CurrentUser;
import com.marginportal.security.Role;
import com.marginportal.security.UserAccount;
import com.marginportal.security.UserDirectory;
import com.marginportal.service.ContactTask;
import com.marginportal.service.ContactTasks;
import com.marginportal.service.RequestCounts;
import com.marginportal.service.ServiceRequest;
import com.marginportal.service.ServiceRequests;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The advisors' client service work (managers: their branch's; admins: all): open service requests, the overdue ones
 * (a manager's follow-up list) and the contacts the contact plans ask for. {@code ?contactTask=<id>} (from the task
 * inbox or the home page) opens that contact's dialog with the client beside it.
 */
@Route("service")
@RolesAllowed({Role.Names.ADVISOR, Role.Names.MANAGER, Role.Names.ADMIN})
public class ServiceView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final transient ServiceRequests requests;
    private final transient ContactTasks contactTasks;
    private final transient ClientDirectory clients;
    private final Map<Long, String> names = new HashMap<>();
    private final Tab open = new Tab();
    private final Tab overdue = new Tab();
    private final Tab planned = new Tab();
    private final Tabs tabs = new Tabs(open, overdue, planned);
    private final RequestGrid requestGrid;
    private final ContactTaskGrid taskGrid;

    public ServiceView(ServiceRequests requests, ContactTasks contactTasks, ClientDirectory clients,
                       UserDirectory users, CurrentUser currentUser, Clock clock) {
        this.requests = requests;
        this.contactTasks = contactTasks;
        this.clients = clients;
        // an advisor's lists are all their own; managers and admins see whose work each row is
        Map<Long, String> advisors = currentUser.require().role() == Role.ADVISOR ? null
                : users.visibleAdvisors().stream().collect(Collectors.toMap(UserAccount::id, UserAccount::displayName));
        setSizeFull();
        tabs.setId("service-tabs");
        open.setId("service-tab-open");
        overdue.setId("service-tab-overdue");
        planned.setId("service-tab-planned");
        requestGrid = new RequestGrid("service-request-grid", clock, new RequestCommands(requests, this::refresh), names,
                advisors);
        taskGrid = new ContactTaskGrid(clock, names, advisors, this::record);
        // every open (or overdue) request, read page by page as the list scrolls, counted on its tab
        requestGrid.setItems(query -> {
            List<ServiceRequest> page = tabs.getSelectedTab() == overdue
                    ? requests.overdue(query.getOffset(), query.getLimit())
                    : requests.open(query.getOffset(), query.getLimit());
            names.putAll(clients.clientNames(page.stream().map(ServiceRequest::clientId).collect(Collectors.toSet())));
            return page.stream();
        }, query -> (int) (tabs.getSelectedTab() == overdue ? requests.counts().overdue() : requests.counts().open()));
        // every open contact, read page by page as the list scrolls (with their clients' names), counted on the tab
        taskGrid.setItems(query -> {
            List<ContactTask> page = contactTasks.open(query.getOffset(), query.getLimit());
            names.putAll(clients.clientNames(page.stream().map(ContactTask::clientId).collect(Collectors.toSet())));
            return page.stream();
        }, query -> (int) contactTasks.countOpen());
        RequestCounts counts = requests.counts();
        long plannedCount = contactTasks.countOpen();
        // the first list with work in it: with no request open, an advisor's planned contacts were a click away
        if (counts.open() == 0 && plannedCount > 0) {
            tabs.setSelectedTab(planned);
        }
        tabs.addSelectedChangeListener(e -> refresh());
        add(new H2(getTranslation("service.title")), tabs, requestGrid, taskGrid);
        setFlexGrow(1, requestGrid, taskGrid);
        show(counts, plannedCount);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String wanted = event.getLocation().getQueryParameters().getParameters()
                .getOrDefault("contactTask", List.of("")).get(0);
        if (wanted.isEmpty()) {
            return;
        }
        tabs.setSelectedTab(planned);
        java.util.Optional<ContactTask> task;
        try {
            task = contactTasks.openTask(Long.parseLong(wanted));
        } catch (NumberFormatException notATask) {
            task = java.util.Optional.empty();
        }
        task.ifPresentOrElse(this::record, () -> Notification.show(getTranslation("contactTask.gone"), 5000,
                        Notification.Position.MIDDLE));
    }

    private void record(ContactTask task) {
        names.putAll(clients.clientNames(List.of(task.clientId())));
        new PlanContactDialog(task, names.getOrDefault(task.clientId(), String.valueOf(task.clientId())),
                clients.profile(task.clientId()).map(ClientBeside::new).orElse(null),
                contact -> recordContact(task, contact)).open();
    }

    private void recordContact(ContactTask task, NewContact contact) {
        try {
            ContactTask after = contactTasks.recordContact(task.id(), contact);
            Notification.show(getTranslation(after.status() == ContactTask.Status.DONE ? "contactTask.done"
                    : "contactTask.attempt"), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (IllegalStateException | OptimisticLockingFailureException e) {
            Notification.show(getTranslation("request.conflict"), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    private void refresh() {
        show(requests.counts(), contactTasks.countOpen());
    }

    private void show(RequestCounts counts, long plannedCount) {
        open.setLabel(getTranslation("service.tab.open", counts.open()));
        overdue.setLabel(getTranslation("service.tab.overdue", counts.overdue()));
        planned.setLabel(getTranslation("service.tab.contactTasks", plannedCount));
        boolean tasksShown = tabs.getSelectedTab() == planned;
        requestGrid.setVisible(!tasksShown);
        taskGrid.setVisible(tasksShown);
        requestGrid.getDataProvider().refreshAll();
        taskGrid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("service.title") + " | " + getTranslation("app.title");
    }
}
