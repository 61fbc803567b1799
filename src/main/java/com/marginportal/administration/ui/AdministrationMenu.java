package com.marginportal.administration.ui;

import com.marginportal.shell.MenuEntry;
import com.vaadin.flow.component.icon.VaadinIcon;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AdministrationMenu {

    @Bean
    MenuEntry usersMenuEntry() {
        return new MenuEntry(90, "nav.users", UserAdminView.class, VaadinIcon.USER_CARD);
    }

    @Bean
    MenuEntry branchesMenuEntry() {
        return new MenuEntry(92, "nav.branches", BranchesView.class, VaadinIcon.OFFICE);
    }
}
