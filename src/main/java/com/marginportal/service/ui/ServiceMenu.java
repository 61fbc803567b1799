package com.marginportal.service.ui;

import com.marginportal.shell.MenuEntry;
import com.vaadin.flow.component.icon.VaadinIcon;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ServiceMenu {

    @Bean
    MenuEntry serviceMenuEntry() {
        return new MenuEntry(9, "nav.service", ServiceView.class, VaadinIcon.HEADSET);
    }

    @Bean
    MenuEntry contactPlansMenuEntry() {
        return new MenuEntry(84, "nav.contactPlans", ContactPlansView.class, VaadinIcon.CALENDAR_CLOCK);
    }
}
