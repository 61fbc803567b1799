package com.marginportal.client.ui;

import com.marginportal.client.PeriodicReportOptIn;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Whether the client receives the monthly report e-mail; ticked when the client asked for it (audited). */
class ReportOptInBox extends Checkbox {

    ReportOptInBox(PeriodicReportOptIn optIn, long clientId) {
        setId("periodic-report-opt-in");
        setLabel(getTranslation("report.optIn"));
        setHelperText(getTranslation("report.optIn.help"));
        setValue(optIn.optedIn(clientId).orElse(false));
        addValueChangeListener(e -> {
            if (e.isFromClient()) {
                optIn.set(clientId, e.getValue());
                Notification.show(getTranslation("report.optIn.saved"), 2500, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            }
        });
    }
}
