package com.marginportal.risk.ui;

import com.marginportal.shell.MenuEntry;
import com.vaadin.flow.component.icon.VaadinIcon;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RiskMenu {

    @Bean
    MenuEntry riskCasesMenuEntry() {
        return new MenuEntry(15, "nav.riskCases", RiskCasesView.class, VaadinIcon.WARNING);
    }

    @Bean
    MenuEntry lineProfilesMenuEntry() {
        return new MenuEntry(80, "nav.lineProfiles", LineProfilesView.class, VaadinIcon.SLIDERS);
    }
}
