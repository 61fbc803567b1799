package com.marginportal.workflow.ui;

import java.util.Optional;
import java.util.function.Consumer;

import com.marginportal.client.ClientDirectory;
import com.marginportal.notification.NoticeRecord;
import com.marginportal.notification.NotificationService;
import com.marginportal.workflow.BreachTaskForms;
import com.marginportal.workflow.InboxTask;
import com.marginportal.workflow.TaskInbox;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;

/** The breach tasks' forms as dialogs; each states what completing the task leads to before it happens. */
@org.springframework.stereotype.Component
class BreachTaskDialogs implements BreachTaskForms {

    private final TaskInbox inbox;
    private final ClientDirectory clients;
    private final NotificationService notices;

    BreachTaskDialogs(TaskInbox inbox, ClientDirectory clients, NotificationService notices) {
        this.inbox = inbox;
        this.clients = clients;
        this.notices = notices;
    }

    @Override
    public void open(InboxTask t, Consumer<Runnable> step) {
        if (t.isContact()) {
            new ContactDialog(inbox.contactOutlook(t.taskId()),
                    form -> step.accept(() -> inbox.completeContact(t.taskId(), form)), context(t)).open();
        } else if (t.isDecision()) {
            new DecisionDialog(inbox.decisionSubject(t.taskId()), day -> inbox.extensionDeadline(t.taskId(), day),
                    decision -> step.accept(() -> inbox.decide(t.taskId(), decision)), context(t)).open();
        } else {
            new CompleteTaskDialog(t, () -> step.accept(() -> inbox.complete(t.taskId()))).open();
        }
    }

    /**
     * The client's figures, the case's last written notice and its history beside the form; nothing when the client
     * left the scope.
     */
    private Component context(InboxTask t) {
        return clients.profile(t.clientId()).<Component>map(p -> new CaseContext(p, lastNotice(t.caseId()),
                inbox.caseHistory(t.taskId()))).orElseGet(Div::new);
    }

    private Optional<NoticeRecord> lastNotice(long caseId) {
        return notices.noticesForCase(caseId).stream().filter(NoticeRecord::written) // oldest first
                .reduce((earlier, later) -> later);
    }
}
