package com.marginportal.notification.ui;

import com.marginportal.client.domain.PersonalDataMask;
import com.marginportal.notification.MailLogFilter;
import com.marginportal.notification.NoticeRecord;
import com.marginportal.notification.NoticeStatus;
import com.marginportal.notification.NoticeType;
import com.marginportal.notification.NotificationService;
import com.marginportal.security.Role;
import com.marginportal.shell.Badge;
import com.marginportal.shell.CellLines;
import com.marginportal.shell.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * 邮件发送记录: every notice sent, waiting or failed in the manager's branch (admins: all), newest first, each
 * openable as the client sees it. Notices waiting longer than a few minutes are called out at the top at once.
 */
@Route("mail-log")
@RolesAllowed({Role.Names.MANAGER, Role.Names.ADMIN})
public class MailLogView extends VerticalLayout implements HasDynamicTitle {

    private final NotificationService notifications;
    private final Grid<NoticeRecord> grid = new Grid<>(NoticeRecord.class, false);
    private final Select<NoticeStatus> status = new Select<>();
    private final Select<NoticeType> type = new Select<>();
    private final Span waiting = new Span();

    public MailLogView(NotificationService notifications) {
        this.notifications = notifications;
        setSizeFull();
        waiting.setId("mail-waiting");
        waiting.addClassNames("badge", "error");
        add(new H2(getTranslation("mailLog.title")), waiting, filters(), grid());
        refresh();
    }

    private HorizontalLayout filters() {
        status.setId("mail-status");
        status.setLabel(getTranslation("mailLog.status"));
        status.setItems(NoticeStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("mailLog.any"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("mailLog.any") : getTranslation("noticeStatus." + s.name()));
        type.setId("mail-type");
        type.setLabel(getTranslation("mailLog.type"));
        type.setItems(NoticeType.values());
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("mailLog.any"));
        type.setItemLabelGenerator(t -> t == null ? getTranslation("mailLog.any") : getTranslation("noticeType." + t.name()));
        status.addValueChangeListener(e -> refresh());
        type.addValueChangeListener(e -> refresh());
        return new HorizontalLayout(status, type);
    }

    private Grid<NoticeRecord> grid() {
        grid.setId("mail-log");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(n -> Formats.dateTime(n.createdAt())).setHeader(getTranslation("mailLog.col.created"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(n -> getTranslation("noticeType." + n.kind())).setHeader(getTranslation("mailLog.type"))
                .setAutoWidth(true).setFlexGrow(0);
        // the state as a badge: what a manager looks for here (a failed notice) stands out in red
        grid.addComponentColumn(this::state).setKey("status")
                .setHeader(getTranslation("mailLog.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(n -> n.recipientName() + " · " + PersonalDataMask.email(n.recipient()))
                .setHeader(getTranslation("mailLog.col.recipient")).setWidth("16rem").setFlexGrow(0);
        grid.addColumn(n -> n.written() ? n.subject() : getTranslation("mailLog.notWritten", n.lastError())).setHeader(getTranslation("mailLog.col.subject")).setFlexGrow(1);
        grid.addColumn(n -> n.acknowledgedAt() == null ? "" : Formats.dateTime(n.acknowledgedAt()))
                .setHeader(getTranslation("mailLog.col.acknowledged")).setAutoWidth(true).setFlexGrow(0);
        grid.addItemClickListener(e -> new NoticeDialog(e.getItem(), notifications.deliveryAttempts(e.getItem().id())).open());
        grid.setEmptyStateText(getTranslation("mailLog.empty"));
        grid.setSizeFull();
        return grid;
    }

    private Component state(NoticeRecord n) {
        if (n.retrying()) { // the next attempt under the badge: in it, the badge took the subject's room at 1280 px
            return new Div(Badge.of(getTranslation("noticeStatus.retrying.short", n.attempts()), ""),
                    CellLines.under(getTranslation("mailLog.nextAttempt", Formats.dateTime(n.nextAttemptAt()))));
        }
        return Badge.of(DeliveryState.of(this, n), switch (n.status()) {
            case FAILED -> "error";
            case SENT -> "success";
            case SUPERSEDED -> "contrast";
            case PENDING, SENDING -> "";
        });
    }

    private void refresh() {
        MailLogFilter filter = new MailLogFilter(status.getValue(), type.getValue(), null, null);
        grid.setItems(q -> notifications.mailLog(filter, q.getOffset(), q.getLimit()).stream(),
                q -> notifications.mailLogCount(filter));
        int late = notifications.noticesWaitingTooLong();
        waiting.removeAll(); // the text, and where the ones being retried stand with their errors
        waiting.add(new Text(getTranslation("mailLog.waitingTooLong", late,
                NotificationService.WAITING_TOO_LONG.toMinutes()) + " "),
                new Anchor("incidents", getTranslation("mailLog.waitingTooLong.incidents")));
        waiting.setVisible(late > 0);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mailLog.title") + " | " + getTranslation("app.title");
    }
}
