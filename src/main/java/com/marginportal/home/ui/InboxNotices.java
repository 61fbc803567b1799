package com.marginportal.home.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The inbox's messages: what an action did (bottom left), why it changed nothing (middle, longer). */
final class InboxNotices {

    private InboxNotices() {
    }

    static void done(String text) {
        Notification n = Notification.show(text, 3000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        n.setId("inbox-done");
    }

    /** Nothing changed: someone else was first ("inbox-conflict"), or the case refused it ("inbox-refused"). */
    static void nothingChanged(String id, String text) {
        Notification n = Notification.show(text, 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.setId(id);
    }

    /** A task sent back to the group's pool, with the one click that takes it back. */
    static void returned(String text, String undoLabel, Runnable undo) {
        Notification told = new Notification();
        told.setId("inbox-returned");
        told.setDuration(8000);
        told.setPosition(Notification.Position.BOTTOM_START);
        Button back = new Button(undoLabel, e -> {
            told.close();
            undo.run();
        });
        back.setId("inbox-undo");
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        told.add(new HorizontalLayout(FlexComponent.Alignment.CENTER, new Span(text), back));
        told.open();
    }
}
