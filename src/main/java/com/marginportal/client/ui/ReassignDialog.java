package com.marginportal.client.ui;

import java.util.List;
import java.util.Map;

import com.marginportal.client.BulkActionRejected;
import com.marginportal.client.ClientBulkActions;
import com.marginportal.client.ClientFilter;
import com.marginportal.security.UserAccount;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;

/**
 * Reassigns every client of the current filter to one advisor. The service decides (role, scope, branch,
 * active advisor); a refusal is shown in words and changes nothing.
 */
class ReassignDialog extends Dialog {

    ReassignDialog(ClientBulkActions bulk, ClientFilter filter, long clients, List<UserAccount> advisors,
                   Map<Long, String> branchNames, Runnable onDone) {
        setHeaderTitle(getTranslation("bulk.reassign.title"));
        setId("reassign-dialog");
        Select<UserAccount> advisor = new Select<>();
        advisor.setId("reassign-advisor");
        advisor.setLabel(getTranslation("bulk.reassign.advisor"));
        advisor.setItems(advisors.stream().filter(UserAccount::enabled).toList());
        advisor.setItemLabelGenerator(a -> a.displayName() + " (" + a.username() + ") · "
                + branchNames.getOrDefault(a.branchId(), ""));
        advisor.setWidthFull();
        Paragraph scope = new Paragraph(getTranslation("bulk.reassign.scope", clients));
        scope.setId("reassign-scope");
        Paragraph cases = new Paragraph(getTranslation("bulk.reassign.cases"));
        cases.setId("reassign-cases");

        Button save = new Button(getTranslation("bulk.reassign.save"), e -> {
            if (advisor.isEmpty()) {
                advisor.setErrorMessage(getTranslation("lines.error.required"));
                advisor.setInvalid(true);
                return;
            }
            try {
                long moved = bulk.reassignAdvisor(filter, advisor.getValue().id());
                Notification.show(getTranslation("bulk.reassign.done", moved))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                close();
                onDone.run();
            } catch (BulkActionRejected rejected) {
                Notification.show(getTranslation("bulk.rejected", reason(rejected.problem())), 6000,
                        Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        save.setId("reassign-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(scope, cases, advisor);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private String reason(BulkActionRejected.Problem problem) {
        return switch (problem) {
            case NOT_AN_ADVISOR -> getTranslation("bulk.rejected.NOT_AN_ADVISOR");
            case ADVISOR_INACTIVE -> getTranslation("bulk.rejected.ADVISOR_INACTIVE");
            case ADVISOR_OF_OTHER_BRANCH -> getTranslation("bulk.rejected.ADVISOR_OF_OTHER_BRANCH");
            case CLIENTS_OF_OTHER_BRANCHES -> getTranslation("bulk.rejected.CLIENTS_OF_OTHER_BRANCHES");
            case NO_CLIENTS -> getTranslation("bulk.rejected.NO_CLIENTS");
            case CHANGED_MEANWHILE -> getTranslation("bulk.rejected.CHANGED_MEANWHILE");
        };
    }
}
