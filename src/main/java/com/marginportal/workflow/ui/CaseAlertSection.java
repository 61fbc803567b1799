package com.marginportal.workflow.ui;

import com.marginportal.shell.DetailSection;
import com.marginportal.workflow.CaseAlerts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The client 360 view's alert while the client has a case in handling (nothing otherwise). */
@Configuration(proxyBeanMethods = false)
class CaseAlertSection {

    @Bean
    DetailSection clientCaseAlert(CaseAlerts alerts) {
        return new DetailSection(DetailSection.CLIENT_ALERT, 10, "caseAlert.label",
                clientId -> alerts.forClient(clientId).<Component>map(CaseAlertBanner::new).orElseGet(Div::new));
    }
}
