package com.marginportal.service.ui;

import java.time.Clock;

import com.marginportal.service.ServiceRequest;
import com.marginportal.service.ServiceProperties;
import com.marginportal.service.ServiceRequests;
import com.marginportal.shell.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The client 360 view's service tab: record a request for the client; the client's requests, newest first, every one
 * of them (read page by page as the list scrolls).
 */
class ClientRequestsPanel extends VerticalLayout {

    private final transient ServiceRequests requests;
    private final RequestGrid grid;

    ClientRequestsPanel(ServiceRequests requests, ServiceProperties settings, Clock clock, long clientId) {
        this.requests = requests;
        setPadding(false);
        grid = new RequestGrid("client-requests-grid", clock, new RequestCommands(requests, this::refresh), null, null);
        grid.setHeight("24em");
        grid.setItems(query -> requests.forClient(clientId, query.getOffset(), query.getLimit()).stream(),
                query -> (int) requests.countForClient(clientId));
        Button record = new Button(getTranslation("request.new"), VaadinIcon.PLUS.create(),
                e -> new NewRequestDialog(clientId, settings.dueTradingDays(), settings.dayEnd(), this::record).open());
        record.setId("request-new");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        add(record, grid);
    }

    private void record(com.marginportal.service.domain.NewRequest request) {
        ServiceRequest saved = requests.record(request);
        Notification.show(getTranslation("request.saved", Long.toString(saved.id()), Formats.dateTime(saved.dueAt())),
                4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        refresh();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
