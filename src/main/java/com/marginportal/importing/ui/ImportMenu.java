package com.marginportal.importing.ui;

import com.marginportal.shell.MenuEntry;
import com.vaadin.flow.component.icon.VaadinIcon;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ImportMenu {

    @Bean
    MenuEntry importMenuEntry() {
        return new MenuEntry(85, "nav.imports", ImportView.class, VaadinIcon.UPLOAD);
    }
}
