package com.marginportal.workflow.ui;

import java.time.LocalTime;
import java.util.function.Consumer;

import com.marginportal.TimeConfiguration;
import com.marginportal.workflow.ManagerDecision;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

/** A manager's decision: forced liquidation, an extension to a new deadline (at the 15:00 close), or closing the case. */
class DecisionDialog extends Dialog {

    DecisionDialog(Consumer<ManagerDecision> onSave, Component context) {
        setHeaderTitle(getTranslation("task.managerDecision"));
        Select<ManagerDecision.Kind> kind = new Select<>();
        kind.setId("decision-kind");
        kind.setLabel(getTranslation("inbox.decision"));
        kind.setItems(ManagerDecision.Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("decision." + k.name()));
        DatePicker deadline = new DatePicker(getTranslation("inbox.newDeadline"));
        deadline.setId("decision-deadline");
        deadline.setHelperText(getTranslation("inbox.newDeadline.help"));
        TextArea reason = new TextArea(getTranslation("classification.reason"));
        reason.setId("decision-reason");
        reason.setMaxLength(1000);
        Button save = new Button(getTranslation("action.save"), e -> {
            if (kind.isEmpty()) {
                kind.setInvalid(true);
                kind.setErrorMessage(getTranslation("lines.error.required"));
                return;
            }
            if (kind.getValue() == ManagerDecision.Kind.EXTENSION && deadline.isEmpty()) {
                deadline.setInvalid(true);
                deadline.setErrorMessage(getTranslation("inbox.newDeadline.required"));
                return;
            }
            if (kind.getValue() != ManagerDecision.Kind.FORCED_LIQUIDATION && reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("classification.reason.required"));
                return;
            }
            onSave.accept(new ManagerDecision(kind.getValue(), deadline.isEmpty() ? null
                    : deadline.getValue().atTime(LocalTime.of(15, 0)).atZone(TimeConfiguration.MARKET_ZONE).toInstant(),
                    reason.getValue()));
            close();
        });
        save.setId("decision-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(kind, deadline, reason);
        form.setMaxWidth("28rem");
        HorizontalLayout body = new HorizontalLayout(form, context);
        body.setAlignItems(FlexComponent.Alignment.START);
        add(body);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
