package com.marginportal.administration.ui;

import com.marginportal.administration.AdvisorHandover;
import com.marginportal.administration.HandoverPreview;
import com.marginportal.security.UserAccount;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** An advisor leaves: shows what moves (counts) before the administrator confirms, then hands over in one step. */
class HandoverDialog extends Dialog {

    HandoverDialog(AdvisorHandover handover, long leaverId, Runnable done) {
        HandoverPreview preview = handover.preview(leaverId);
        setHeaderTitle(getTranslation("handover.title", preview.leaver().displayName(), preview.leaver().username()));
        Paragraph counts = new Paragraph(getTranslation("handover.counts", preview.clients(), preview.openCases(),
                preview.serviceWork().requests(), preview.serviceWork().contactTasks()));
        counts.setId("handover-counts");
        ComboBox<UserAccount> successor = new ComboBox<>(getTranslation("handover.successor"));
        successor.setId("handover-successor");
        successor.setItems(preview.successors());
        successor.setItemLabelGenerator(u -> u.displayName() + " (" + u.username() + ")");
        successor.setWidthFull();
        Checkbox disable = new Checkbox(getTranslation("handover.disable"), true);
        disable.setId("handover-disable");
        Problems problems = new Problems();
        add(counts, successor, disable, problems);
        Button confirm = new Button(getTranslation("handover.confirm"), e -> {
            if (successor.getValue() == null) {
                successor.setErrorMessage(getTranslation("handover.chooseSuccessor"));
                successor.setInvalid(true);
                return;
            }
            HandoverPreview[] result = new HandoverPreview[1];
            if (problems.attempt(() -> result[0] = handover.handOver(leaverId, successor.getValue().id(), disable.getValue()))) {
                Notification.show(getTranslation("handover.done", result[0].clients(), result[0].openCases(),
                        result[0].serviceWork().requests(), result[0].serviceWork().contactTasks(),
                        successor.getValue().displayName())).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                close();
                done.run();
            }
        });
        confirm.setId("handover-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }
}
