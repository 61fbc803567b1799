package com.marginportal.notification.ui;

import java.util.List;

import com.marginportal.notification.InAppMessage;
import com.marginportal.notification.InAppMessages;
import com.marginportal.shell.Formats;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;

/**
 * The header's bell: the number of unread in-app messages; opening it lists them (newest first), marks them
 * read, and a message leads to the task inbox where the escalation task waits.
 */
public class MessagesBell extends Composite<Div> implements AfterNavigationObserver {

    private final transient InAppMessages messages;
    private final Button bell = new Button(VaadinIcon.BELL.create());
    private final Span badge = new Span();
    private final VerticalLayout list = new VerticalLayout();

    public MessagesBell(InAppMessages messages) {
        this.messages = messages;
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        bell.setId("messages-bell");
        bell.setAriaLabel(getTranslation("inapp.title"));
        badge.getElement().getThemeList().add("badge error pill small");
        badge.setId("messages-unread");
        list.setPadding(false);
        list.setSpacing(false);
        list.setId("messages-list");
        list.setWidth("22rem");
        Popover popover = new Popover();
        popover.setTarget(bell);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.add(list);
        popover.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                showList();
            }
        });
        getContent().add(bell, badge, popover);
        getContent().addClassName("messages-bell");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        refreshCount();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refreshCount();
    }

    private void refreshCount() {
        long unread = messages.unreadCount();
        badge.setText(Long.toString(unread));
        badge.setVisible(unread > 0);
    }

    private void showList() {
        List<InAppMessage> latest = messages.mine();
        list.removeAll();
        if (latest.isEmpty()) {
            list.add(new Span(getTranslation("inapp.none")));
        }
        latest.forEach(m -> list.add(item(m)));
        messages.markAllRead();
        refreshCount();
    }

    private Div item(InAppMessage m) {
        Span text = new Span(getTranslation("inapp." + m.kind().name(),
                m.clientName() == null ? "" : m.clientName(), m.caseId() == null ? "" : String.valueOf(m.caseId())));
        Span when = new Span(Formats.dateTime(m.createdAt()));
        when.addClassName("muted");
        Div item = new Div(text, new Div(when));
        item.addClassName(m.read() ? "message-read" : "message-unread");
        item.addClassName("message-item");
        item.getStyle().set("cursor", "pointer").set("padding", "var(--lumo-space-xs) 0");
        item.addClickListener(e -> UI.getCurrent().navigate(m.kind().route()));
        return item;
    }
}
