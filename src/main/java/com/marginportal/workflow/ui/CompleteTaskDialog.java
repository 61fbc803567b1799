package com.marginportal.workflow.ui;

import com.marginportal.shell.Formats;
import com.marginportal.workflow.InboxTask;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Completing a task without a form (follow-up, escalation review): what completing it leads to, and a confirmation,
 * so no task is completed by a stray click.
 */
class CompleteTaskDialog extends Dialog {

    CompleteTaskDialog(InboxTask t, Runnable onComplete) {
        setId("complete-task-dialog");
        setHeaderTitle(getTranslation("task.complete.title", getTranslation("task." + t.definitionKey())));
        Paragraph text = new Paragraph("followUp".equals(t.definitionKey())
                ? getTranslation("task.complete.followUp", t.due() == null ? "—" : Formats.dateTime(t.due()))
                : getTranslation("task.complete.review"));
        text.setId("complete-task-text");
        add(text);
        Button ok = new Button(getTranslation("task.complete.ok"), e -> {
            close();
            onComplete.run();
        });
        ok.setId("complete-task-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), ok);
    }
}
