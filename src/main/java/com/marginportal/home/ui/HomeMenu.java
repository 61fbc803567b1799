package com.marginportal.home.ui;

import com.marginportal.shell.MenuEntry;
import com.vaadin.flow.component.icon.VaadinIcon;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class HomeMenu {

    @Bean
    MenuEntry myDayMenuEntry() {
        return new MenuEntry(0, "nav.myDay", MyDayView.class, VaadinIcon.HOME);
    }

    @Bean
    MenuEntry managerDayMenuEntry() {
        return new MenuEntry(-1, "nav.managerDay", ManagerDayView.class, VaadinIcon.BELL);
    }

    /** The one task list, between the workflow's dashboard (2) and its board (4). */
    @Bean
    MenuEntry taskInboxMenuEntry() {
        return new MenuEntry(3, "nav.tasks", TaskInboxView.class, VaadinIcon.TASKS);
    }
}
