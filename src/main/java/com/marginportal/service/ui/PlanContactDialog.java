package com.marginportal.service.ui;

import java.util.function.Consumer;

import com.marginportal.client.NewContact;
import com.marginportal.service.ContactTask;
import com.marginportal.service.domain.ServiceChannel;
import com.marginportal.shell.BuiltInNames;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The contact a plan asked for, as it goes into the contact history: channel, reached, subject, note; the client's
 * facts beside the form when given.
 */
class PlanContactDialog extends Dialog {

    /** @param beside shown beside the form (the client), or null */
    PlanContactDialog(ContactTask task, String clientName, Component beside, Consumer<NewContact> onSave) {
        setHeaderTitle(getTranslation("contactTask.dialog.title", clientName));
        Select<ServiceChannel> channel = new Select<>();
        channel.setId("plan-contact-channel");
        channel.setLabel(getTranslation("contact.channel"));
        channel.setItems(ServiceChannel.values());
        channel.setItemLabelGenerator(c -> getTranslation("channel." + c.name()));
        channel.setValue(ServiceChannel.PHONE);
        Checkbox reached = new Checkbox(getTranslation("contact.reached"));
        reached.setId("plan-contact-reached");
        TextField subject = new TextField(getTranslation("contactTask.subject"));
        subject.setId("plan-contact-subject");
        subject.setMaxLength(NewContact.MAX_SUBJECT);
        subject.setValue(getTranslation("contactTask.subject.default",
                BuiltInNames.of(this, task.planNameKey(), task.planName())));
        TextArea note = new TextArea(getTranslation("contact.note"));
        note.setId("plan-contact-note");
        note.setMaxLength(NewContact.MAX_NOTE);
        Button save = new Button(getTranslation("action.save"), e -> {
            if (subject.getValue().isBlank()) {
                subject.setErrorMessage(getTranslation("contactTask.subject.required"));
                subject.setInvalid(true);
                return;
            }
            close();
            onSave.accept(new NewContact(channel.getValue().name(), reached.getValue(), subject.getValue(), note.getValue()));
        });
        save.setId("plan-contact-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(channel, reached, subject, note);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("28rem");
        if (beside == null) {
            add(form);
        } else {
            add(new HorizontalLayout(form, beside));
        }
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
