package com.marginportal.service.ui;

import com.marginportal.service.ServiceRequest;
import com.marginportal.service.ServiceRequests;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * What a user does to a request from a grid: start it, or close it with the satisfaction dialog. A request someone
 * else changed or closed meanwhile is reported and nothing changes; the grid is refreshed either way.
 */
class RequestCommands {

    private final transient ServiceRequests requests;
    private final Runnable refresh;

    RequestCommands(ServiceRequests requests, Runnable refresh) {
        this.requests = requests;
        this.refresh = refresh;
    }

    void start(ServiceRequest r) {
        act(r, () -> requests.start(r.id()));
    }

    void close(ServiceRequest r) {
        new CloseRequestDialog(r.id(), closing -> act(r, () -> requests.close(r.id(), closing))).open();
    }

    private void act(ServiceRequest r, Runnable action) {
        try {
            action.run();
            Notification.show(translate("request.done", Long.toString(r.id())), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (IllegalStateException | OptimisticLockingFailureException e) {
            Notification n = Notification.show(translate("request.conflict"), 6000, Notification.Position.MIDDLE);
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
            n.setId("request-conflict");
        }
        refresh.run();
    }

    private static String translate(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }
}
