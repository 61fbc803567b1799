package com.marginportal.shell;

import com.marginportal.security.PlainText.InvalidTextException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.springframework.stereotype.Component;

/**
 * Free text with a control character is refused by the services and value records ({@code PlainText}); a form
 * that does not catch the refusal itself still tells the user which field and which character, instead of a
 * generic error. Anything else goes to Vaadin's default handler.
 */
@Component
class InvalidInputErrorHandler implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(InvalidInputErrorHandler::handle));
    }

    static void handle(ErrorEvent event) {
        InvalidTextException invalid = find(event.getThrowable());
        UI ui = UI.getCurrent();
        if (invalid == null || ui == null) {
            new DefaultErrorHandler().error(event);
            return;
        }
        Notification.show(ui.getTranslation("input.controlCharacter", invalid.field(), invalid.character()), 8000,
                Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private static InvalidTextException find(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof InvalidTextException invalid) {
                return invalid;
            }
        }
        return null;
    }
}
