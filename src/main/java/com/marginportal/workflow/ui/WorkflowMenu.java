package com.marginportal.workflow.ui;

import com.marginportal.shell.MenuEntry;
import com.vaadin.flow.component.icon.VaadinIcon;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class WorkflowMenu {

    @Bean
    MenuEntry dashboardMenuEntry() {
        return new MenuEntry(2, "nav.dashboard", DashboardView.class, VaadinIcon.CHART);
    }

    @Bean
    MenuEntry boardMenuEntry() {
        return new MenuEntry(4, "nav.board", BoardView.class, VaadinIcon.DASHBOARD);
    }

    @Bean
    MenuEntry diagramOverviewMenuEntry() {
        return new MenuEntry(5, "nav.overview", DiagramOverviewView.class, VaadinIcon.SITEMAP);
    }

    @Bean
    MenuEntry incidentsMenuEntry() {
        return new MenuEntry(6, "nav.incidents", IncidentsView.class, VaadinIcon.EXCLAMATION_CIRCLE_O);
    }
}
