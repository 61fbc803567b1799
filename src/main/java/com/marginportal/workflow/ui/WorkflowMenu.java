package com.marginportal.workflow.ui;

import com.marginportal.shell.MenuEntry;
import com.vaadin.flow.component.icon.VaadinIcon;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class WorkflowMenu {

    @Bean
    MenuEntry taskInboxMenuEntry() {
        return new MenuEntry(5, "nav.tasks", TaskInboxView.class, VaadinIcon.TASKS);
    }
}
