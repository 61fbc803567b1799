package com.marginportal.workflow.ui;

import com.marginportal.client.domain.PersonalDataMask;
import com.marginportal.notification.NoticeRecord;
import com.marginportal.notification.NoticeStatus;
import com.marginportal.notification.NotificationService;
import com.marginportal.notification.UndeliveredNotices;
import com.marginportal.security.Role;
import com.marginportal.shell.ClampedText;
import com.marginportal.shell.DateTimeCells;
import com.marginportal.workflow.DeadLetterJob;
import com.marginportal.workflow.NoticeRetries;
import com.marginportal.workflow.WorkflowIncidents;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * What could not be done on its own (managers: their branch; admins: all): risk notices the mail server refused or
 * could not take so far (retried by themselves, listed first: the client has not been told), notices that used up
 * their delivery attempts (also those a later notice of their case has since replaced, shown as such) or could not be
 * written at all (with the reason; the retry writes them again from the case), and Flowable jobs that failed into the
 * dead-letter table. Each failed one has a retry button; the services check scope and audit every retry.
 */
@Route("incidents")
@RolesAllowed({Role.Names.MANAGER, Role.Names.ADMIN})
public class IncidentsView extends VerticalLayout implements HasDynamicTitle {

    private final NotificationService notifications;
    private final NoticeRetries noticeRetries;
    private final WorkflowIncidents incidents;
    private final Grid<NoticeRecord> notices = new Grid<>(NoticeRecord.class, false);
    private final Grid<DeadLetterJob> jobs = new Grid<>(DeadLetterJob.class, false);
    private final Span noticeCount = new Span();
    private final Span jobCount = new Span();

    public IncidentsView(NotificationService notifications, NoticeRetries noticeRetries, WorkflowIncidents incidents) {
        this.notifications = notifications;
        this.noticeRetries = noticeRetries;
        this.incidents = incidents;
        setSizeFull();
        notices.setId("failed-notices");
        noticeCount.setId("failed-notice-count");
        // every notice not delivered (being retried, then failed), a page at a time from the database, the true count
        notices.setItems(q -> notifications.undeliveredNotices(q.getOffset(), q.getLimit()).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, notifications.countUndeliveredNotices().total()));
        notices.setEmptyStateText(getTranslation("incidents.notices.empty"));
        notices.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        notices.addColumn(NoticeRecord::id).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        notices.addColumn(n -> n.caseId() == 0 ? "" : String.valueOf(n.caseId()))
                .setHeader(getTranslation("incidents.col.case")).setAutoWidth(true);
        // type and time wrap to two lines: the room goes to the status sentence and the error
        notices.addColumn(n -> getTranslation("noticeType." + n.type().name()))
                .setHeader(getTranslation("incidents.col.type")).setWidth("6.5rem").setFlexGrow(0);
        notices.addColumn(n -> PersonalDataMask.email(n.recipient())).setHeader(getTranslation("incidents.col.recipient"))
                .setWidth("8rem").setFlexGrow(1);
        notices.addColumn(n -> NoticeStatusText.of(this, n)).setHeader(getTranslation("incidents.col.status"))
                .setKey("status").setWidth("12rem").setFlexGrow(1);
        notices.addColumn(NoticeRecord::attempts).setHeader(getTranslation("incidents.col.attempts")).setAutoWidth(true);
        // a notice being retried failed last at its last attempt
        notices.addColumn(DateTimeCells.of(n -> n.failedAt() != null ? n.failedAt() : n.lastAttemptAt()))
                .setHeader(getTranslation("incidents.col.failedAt")).setWidth(DateTimeCells.WIDTH).setFlexGrow(0);
        // the error's first three lines, the rest on hover: the room goes to the status sentence beside it
        notices.addComponentColumn(n -> new ClampedText(n.lastError())).setHeader(getTranslation("incidents.col.error"))
                .setWidth("5rem").setFlexGrow(2);
        notices.addComponentColumn(n -> n.status() != NoticeStatus.FAILED ? new Span() // replaced: nothing to retry
                        : retry("retry-notice-" + n.id(), () -> noticeRetries.retry(n),
                                n.written() ? "incidents.gone" : "incidents.notRewritten"))
                .setKey("retry").setAutoWidth(true).setFlexGrow(0);

        jobs.setId("dead-letter-jobs");
        jobCount.setId("dead-letter-job-count");
        // every failed job of the scope, a page at a time from the database, with the true count
        jobs.setItems(q -> incidents.deadLetterJobs(q.getOffset(), q.getLimit()).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, incidents.countDeadLetterJobs()));
        jobs.setEmptyStateText(getTranslation("incidents.jobs.empty"));
        jobs.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        jobs.addColumn(j -> j.caseId() == null ? j.processInstanceId() : String.valueOf(j.caseId()))
                .setHeader(getTranslation("incidents.col.case")).setAutoWidth(true);
        jobs.addColumn(j -> getTranslation("activity." + j.activityId())).setHeader(getTranslation("incidents.col.activity"))
                .setAutoWidth(true);
        jobs.addColumn(DateTimeCells.of(j -> j.createdAt()))
                .setHeader(getTranslation("incidents.col.createdAt")).setAutoWidth(true);
        jobs.addComponentColumn(j -> new ClampedText(j.exceptionMessage())).setHeader(getTranslation("incidents.col.error"))
                .setFlexGrow(1);
        jobs.addComponentColumn(j -> retry("retry-job-" + j.jobId(), () -> incidents.retry(j.jobId()), "incidents.gone"))
                .setAutoWidth(true).setFlexGrow(0);

        add(new H2(getTranslation("incidents.title")),
                new H3(getTranslation("incidents.notices")), noticeCount, notices,
                new H3(getTranslation("incidents.jobs")), jobCount, jobs);
        notices.setHeight("300px");
        jobs.setHeight("300px");
        refresh();
    }

    private Component retry(String id, java.util.function.BooleanSupplier action, String refusedKey) {
        Button button = new Button(getTranslation("incidents.retry"), e -> {
            boolean done = action.getAsBoolean();
            Notification.show(getTranslation(done ? "incidents.retried" : refusedKey), 4000,
                    Notification.Position.BOTTOM_START);
            refresh();
        });
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    private void refresh() {
        notices.getDataProvider().refreshAll();
        // a count only above a list that has rows: an empty list says "none" itself, once
        UndeliveredNotices undelivered = notifications.countUndeliveredNotices();
        noticeCount.setText(undelivered.retrying() == 0 ? getTranslation("incidents.noticeCount", undelivered.failed())
                : getTranslation("incidents.noticeCount.retrying", undelivered.total(), undelivered.retrying(),
                        undelivered.failed()));
        noticeCount.setVisible(undelivered.total() > 0);
        jobs.getDataProvider().refreshAll();
        long dead = incidents.countDeadLetterJobs();
        jobCount.setText(getTranslation("incidents.jobCount", dead));
        jobCount.setVisible(dead > 0);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("incidents.title") + " | " + getTranslation("app.title");
    }
}
