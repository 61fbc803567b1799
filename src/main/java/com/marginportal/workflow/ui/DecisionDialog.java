package com.marginportal.workflow.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Function;

import com.marginportal.shell.Formats;
import com.marginportal.workflow.DecisionSubject;
import com.marginportal.workflow.ManagerDecision;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.marginportal.shell.DatePickers;
import com.marginportal.workflow.CaseActionException;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * A manager's decision: forced liquidation, an extension to a new deadline (at the 15:00 close), or closing the case,
 * each with its decision reason (决定理由). A forced liquidation cannot be undone: it is taken only after a
 * confirmation that names the client, the masked account, the current maintenance ratio and the decider.
 */
class DecisionDialog extends Dialog {

    private final DecisionSubject subject;

    /**
     * @param deadlineOf the new deadline of an extension to a day (its market close), refusing a day that cannot be
     *                   one with a {@link CaseActionException}; shown under the date, the dialog stays open
     */
    DecisionDialog(DecisionSubject subject, Function<LocalDate, Instant> deadlineOf, Consumer<ManagerDecision> onSave,
                   Component context) {
        this.subject = subject;
        setHeaderTitle(getTranslation("task.managerDecision"));
        Select<ManagerDecision.Kind> kind = new Select<>();
        kind.setId("decision-kind");
        kind.setLabel(getTranslation("inbox.decision"));
        kind.setItems(ManagerDecision.Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("decision." + k.name()));
        DatePicker deadline = DatePickers.of(getTranslation("inbox.newDeadline"));
        deadline.setId("decision-deadline");
        // what the client holds, and so what she will be told: the deadline extended, or one set where she has none
        deadline.setHelperText(subject.heldDeadline() == null ? getTranslation("inbox.newDeadline.help.first")
                : getTranslation("inbox.newDeadline.help.held", Formats.dateTime(subject.heldDeadline())));
        // a date only an extension asks for: shown once it is chosen, not beside a liquidation or a closing
        deadline.setVisible(false);
        kind.addValueChangeListener(e -> deadline.setVisible(e.getValue() == ManagerDecision.Kind.EXTENSION));
        TextArea reason = new TextArea(getTranslation("decision.reason"));
        reason.setId("decision-reason");
        reason.setRequired(true);
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
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("decision.reason.required"));
                return;
            }
            Instant newDeadline = null;
            if (kind.getValue() == ManagerDecision.Kind.EXTENSION) {
                try {
                    newDeadline = deadlineOf.apply(deadline.getValue());
                } catch (CaseActionException refused) {
                    deadline.setInvalid(true);
                    deadline.setErrorMessage(getTranslation("board.error." + refused.reason(), refused.args()));
                    return;
                }
            }
            ManagerDecision decision = new ManagerDecision(kind.getValue(), newDeadline, reason.getValue());
            if (decision.kind() == ManagerDecision.Kind.FORCED_LIQUIDATION) {
                confirm(decision, onSave);
            } else {
                onSave.accept(decision);
                close();
            }
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

    private void confirm(ManagerDecision decision, Consumer<ManagerDecision> onSave) {
        Dialog confirm = new Dialog();
        confirm.setId("decision-confirm-dialog");
        confirm.setHeaderTitle(getTranslation("decision.confirm.title"));
        Paragraph text = new Paragraph(getTranslation("decision.confirm.text", subject.clientName(),
                String.valueOf(subject.clientId()), subject.maskedAccount(),
                subject.ratio() == null ? getTranslation("ratio.noDebt") : Formats.percent(subject.ratio()),
                subject.deciderName()));
        text.setId("decision-confirm-text");
        Paragraph why = new Paragraph(getTranslation("decision.confirm.reason", decision.reason()));
        confirm.add(text, why);
        Button ok = new Button(getTranslation("decision.confirm.ok"), e -> {
            confirm.close();
            onSave.accept(decision);
            close();
        });
        ok.setId("decision-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button back = new Button(getTranslation("decision.confirm.back"), e -> confirm.close());
        back.setId("decision-confirm-back");
        confirm.getFooter().add(back, ok);
        confirm.open();
    }
}
