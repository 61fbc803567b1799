package com.marginportal.workflow.ui;

import java.util.List;

import com.marginportal.security.UserAccount;
import com.marginportal.shell.Formats;
import com.marginportal.workflow.BoardRow;
import com.marginportal.workflow.CaseActionException;
import com.marginportal.workflow.CaseActions;
import com.marginportal.workflow.DeadlineExtensions;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.marginportal.shell.DatePickers;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

/** A manager's actions on one open case: reassign, note, extend the deadline, close. Refusals are explained. */
class CaseActionsPanel extends Div {

    private final transient CaseActions actions;
    private final long caseId;
    private final transient Runnable done;

    /** @param heldDeadline the deadline the client holds, which an extension moves later (null: none running) */
    CaseActionsPanel(CaseActions actions, DeadlineExtensions extensions, BoardRow row, boolean extendable,
                     java.time.Instant heldDeadline, List<UserAccount> advisors, Runnable done) {
        this.actions = actions;
        this.caseId = row.caseId();
        this.done = done;
        setId("case-actions");
        getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)");
        // not the advisor who holds the case and its task: giving it to her would change nothing but mark the case
        // as chosen (offered when someone else stepped in on the task: it goes back to her)
        List<UserAccount> branchAdvisors = advisors.stream()
                .filter(a -> Long.valueOf(row.branchId()).equals(a.branchId()))
                .filter(a -> !(Long.valueOf(a.id()).equals(row.advisorId())
                        && (row.assignee() == null || row.assignee().equals(a.username())))).toList();
        add(button("caseView.reassign", "case-reassign", () -> {
            Select<UserAccount> advisor = new Select<>();
            advisor.setId("case-reassign-advisor");
            advisor.setLabel(getTranslation("clients.col.advisor"));
            advisor.setItems(branchAdvisors);
            advisor.setItemLabelGenerator(UserAccount::displayName);
            advisor.setHelperText(getTranslation("caseView.reassign.help"));
            dialog("caseView.reassign", advisor, () -> advisor.isEmpty() ? null
                    : () -> actions.reassign(caseId, advisor.getValue().id()));
        }));
        add(button("caseView.addNote", "case-note", () -> {
            TextArea note = text("case-note-text", "caseView.noteText");
            dialog("caseView.addNote", note, () -> () -> actions.addNote(caseId, note.getValue()));
        }));
        // only while the deadline runs, with an extension left: a warning has no deadline, a liquidation no top-up
        // period to extend until a decision gives it one
        Button extend = button("caseView.extend", "case-extend", () -> {
            DatePicker deadline = DatePickers.of(getTranslation("inbox.newDeadline"));
            deadline.setId("case-extend-deadline");
            deadline.setHelperText(heldDeadline == null ? getTranslation("inbox.newDeadline.help")
                    : getTranslation("inbox.newDeadline.help.held", Formats.dateTime(heldDeadline)));
            deadline.setWidthFull();
            TextArea reason = text("case-extend-reason", "decision.reason");
            dialog("caseView.extend", new Div(deadline, reason), () -> deadline.isEmpty() ? null
                    : () -> extensions.extend(caseId, deadline.getValue(), reason.getValue()));
        });
        extend.setVisible(extendable);
        add(extend);
        add(button("caseView.close", "case-close", () -> {
            TextArea reason = text("case-close-reason", "decision.reason");
            dialog("caseView.close", reason, () -> () -> actions.close(caseId, reason.getValue()));
        }));
    }

    private TextArea text(String id, String labelKey) {
        TextArea area = new TextArea(getTranslation(labelKey));
        area.setId(id);
        area.setMaxLength(1000);
        area.setWidthFull();
        return area;
    }

    private Button button(String key, String id, Runnable open) {
        Button b = new Button(getTranslation(key), e -> open.run());
        b.setId(id);
        return b;
    }

    /** A dialog with one form; "save" runs the action the form yields (null: the form is incomplete). */
    private void dialog(String titleKey, Component form, java.util.function.Supplier<Runnable> action) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(titleKey));
        dialog.setWidth("28rem");
        dialog.add(form);
        Button save = new Button(getTranslation("action.save"), e -> {
            Runnable run = action.get();
            if (run == null) {
                Notification.show(getTranslation("caseView.incomplete"), 4000, Notification.Position.MIDDLE);
                return;
            }
            try {
                run.run();
                dialog.close();
                Notification.show(getTranslation("caseView.done"), 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                done.run();
            } catch (CaseActionException refused) {
                Notification n = Notification.show(getTranslation("board.error." + refused.reason(), refused.args()),
                        6000, Notification.Position.MIDDLE);
                n.addThemeVariants(NotificationVariant.LUMO_ERROR);
                n.setId("case-action-refused");
            }
        });
        save.setId("case-action-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }
}
