package com.marginportal.notification.ui;

import com.marginportal.shell.MenuEntry;
import com.vaadin.flow.component.icon.VaadinIcon;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class NotificationMenu {

    @Bean
    MenuEntry mailLogMenuEntry() {
        return new MenuEntry(7, "nav.mailLog", MailLogView.class, VaadinIcon.ENVELOPES_O);
    }
}
