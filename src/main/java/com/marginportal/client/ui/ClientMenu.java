package com.marginportal.client.ui;

import com.marginportal.shell.MenuEntry;
import com.vaadin.flow.component.icon.VaadinIcon;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClientMenu {

    @Bean
    MenuEntry clientsMenuEntry() {
        return new MenuEntry(10, "nav.clients", ClientListView.class, VaadinIcon.USERS);
    }

    @Bean
    MenuEntry advisorsMenuEntry() {
        return new MenuEntry(20, "nav.advisors", AdvisorBooksView.class, VaadinIcon.GROUP);
    }
}
