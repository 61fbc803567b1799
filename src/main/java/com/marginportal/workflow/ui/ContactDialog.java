package com.marginportal.workflow.ui;

import java.util.function.Consumer;

import com.marginportal.workflow.ContactForm;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

/** The record of a contact attempt: channel, reached, the client's plan, a promised date and a note. */
class ContactDialog extends Dialog {

    ContactDialog(Consumer<ContactForm> onSave, Component context) {
        setHeaderTitle(getTranslation("task.contactClient"));
        Select<ContactForm.Channel> channel = new Select<>();
        channel.setId("contact-channel");
        channel.setLabel(getTranslation("contact.channel"));
        channel.setItems(ContactForm.Channel.values());
        channel.setItemLabelGenerator(c -> getTranslation("channel." + c.name()));
        channel.setValue(ContactForm.Channel.PHONE);
        Checkbox reached = new Checkbox(getTranslation("contact.reached"));
        reached.setId("contact-reached");
        Select<ContactForm.Plan> plan = new Select<>();
        plan.setId("contact-plan");
        plan.setLabel(getTranslation("inbox.plan"));
        plan.setItems(ContactForm.Plan.values());
        plan.setItemLabelGenerator(p -> getTranslation("plan." + p.name()));
        DatePicker promised = new DatePicker(getTranslation("inbox.promisedDate"));
        TextArea note = new TextArea(getTranslation("contact.note"));
        note.setId("contact-note");
        note.setMaxLength(1000);
        Button save = new Button(getTranslation("action.save"), e -> {
            if (reached.getValue() && plan.isEmpty()) {
                plan.setErrorMessage(getTranslation("inbox.plan.required"));
                plan.setInvalid(true);
                return;
            }
            onSave.accept(new ContactForm(channel.getValue(), reached.getValue(), plan.getValue(), promised.getValue(),
                    note.getValue()));
            close();
        });
        save.setId("contact-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(channel, reached, plan, promised, note);
        form.setMaxWidth("28rem");
        HorizontalLayout body = new HorizontalLayout(form, context);
        body.setAlignItems(FlexComponent.Alignment.START);
        add(body);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
