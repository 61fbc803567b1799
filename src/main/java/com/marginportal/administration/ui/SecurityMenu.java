package com.marginportal.administration.ui;

import com.marginportal.shell.MenuEntry;
import com.vaadin.flow.component.icon.VaadinIcon;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SecurityMenu {

    @Bean
    MenuEntry auditMenuEntry() {
        return new MenuEntry(91, "nav.audit", AuditLogView.class, VaadinIcon.RECORDS);
    }
}
