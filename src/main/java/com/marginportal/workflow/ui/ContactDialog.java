package com.marginportal.workflow.ui;

import java.util.function.Consumer;

import com.marginportal.shell.Formats;
import com.marginportal.workflow.ContactForm;
import com.marginportal.workflow.ContactOutlook;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.marginportal.shell.DatePickers;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * The record of a contact attempt: channel, reached, the client's plan and a promised date (when reached), a note.
 * The dialog states what saving leads to ("未联系上：将于 … 再次联系（第 2/3 次）") while the advisor fills it in, and asks
 * before saving a form in which nothing was entered, so no attempt is recorded by accident.
 */
class ContactDialog extends Dialog {

    private final ContactOutlook outlook;
    private final Paragraph consequence = new Paragraph();

    ContactDialog(ContactOutlook outlook, Consumer<ContactForm> onSave, Component context) {
        this.outlook = outlook;
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
        DatePicker promised = DatePickers.of(getTranslation("inbox.promisedDate"));
        TextArea note = new TextArea(getTranslation("contact.note"));
        note.setId("contact-note");
        note.setMaxLength(1000);
        consequence.setId("contact-consequence");
        consequence.setText(getTranslation("contact.consequence", outcome(false)));
        // a plan and a promised date are what a reached client says: asked for once "reached" is ticked, and
        // cleared when it is unticked, so nothing the client did not say is recorded
        plan.setVisible(false);
        promised.setVisible(false);
        reached.addValueChangeListener(e -> {
            consequence.setText(getTranslation("contact.consequence", outcome(e.getValue())));
            plan.setVisible(e.getValue());
            promised.setVisible(e.getValue());
            if (!e.getValue()) {
                plan.clear();
                plan.setInvalid(false);
                promised.clear();
            }
        });
        Button save = new Button(getTranslation("action.save"), e -> {
            if (reached.getValue() && plan.isEmpty()) {
                plan.setErrorMessage(getTranslation("inbox.plan.required"));
                plan.setInvalid(true);
                return;
            }
            ContactForm form = new ContactForm(channel.getValue(), reached.getValue(), plan.getValue(),
                    promised.getValue(), note.getValue());
            boolean nothingEntered = !reached.getValue() && plan.isEmpty() && promised.isEmpty() && note.getValue().isBlank();
            if (nothingEntered) {
                confirm(form, onSave);
            } else {
                onSave.accept(form);
                close();
            }
        });
        save.setId("contact-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(channel, reached, plan, promised, note, consequence);
        form.setMaxWidth("28rem");
        HorizontalLayout body = new HorizontalLayout(form, context);
        body.setAlignItems(FlexComponent.Alignment.START);
        add(body);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    /** "未联系上：将于 … 再次联系（第 2/3 次）" and the like, by the process's own rule. */
    private String outcome(boolean reached) {
        ContactOutlook.Next next = outlook.next(reached);
        String key = "contact.outcome." + next.name();
        return switch (next) {
            case RETRY -> getTranslation(key, Formats.dateTime(outlook.retryAt()), outlook.attempt() + 1,
                    outlook.maxAttempts());
            case TO_MANAGER -> getTranslation(key, outlook.attempt(), outlook.maxAttempts());
            case TO_MANAGER_AT_DEADLINE -> getTranslation(key, Formats.dateTime(outlook.deadline()));
            case FOLLOW_UP -> getTranslation(key, outlook.deadline() == null ? "—" : Formats.dateTime(outlook.deadline()));
            case AWAIT_RESTORATION -> getTranslation(key);
        };
    }

    /** Nothing was entered: say what saving records and leads to, and save only when the advisor confirms. */
    private void confirm(ContactForm form, Consumer<ContactForm> onSave) {
        Dialog confirm = new Dialog();
        confirm.setId("contact-confirm-dialog");
        confirm.setHeaderTitle(getTranslation("contact.confirm.title"));
        Paragraph text = new Paragraph(getTranslation("contact.confirm.text", outcome(false)));
        text.setId("contact-confirm-text");
        confirm.add(text);
        Button ok = new Button(getTranslation("contact.confirm.ok"), e -> {
            confirm.close();
            onSave.accept(form);
            close();
        });
        ok.setId("contact-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button back = new Button(getTranslation("contact.confirm.back"), e -> confirm.close());
        back.setId("contact-confirm-back");
        confirm.getFooter().add(back, ok);
        confirm.open();
    }
}
