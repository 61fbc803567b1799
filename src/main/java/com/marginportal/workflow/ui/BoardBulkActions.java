package com.marginportal.workflow.ui;

import java.util.List;
import java.util.function.Supplier;

import com.marginportal.security.UserAccount;
import com.marginportal.workflow.BoardFilter;
import com.marginportal.workflow.CaseActionException;
import com.marginportal.workflow.CaseActions;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;

/** Bulk actions on exactly the cases the board's filter selects: reassign, remind; each reports what it did. */
class BoardBulkActions extends HorizontalLayout {

    BoardBulkActions(CaseActions actions, List<UserAccount> advisors, Supplier<BoardFilter> filter, Runnable refresh) {
        Button reassign = new Button(getTranslation("board.bulk.reassign"), e -> {
            Dialog dialog = new Dialog();
            dialog.setHeaderTitle(getTranslation("board.bulk.reassign"));
            Select<UserAccount> to = new Select<>();
            to.setId("bulk-advisor");
            to.setLabel(getTranslation("clients.col.advisor"));
            to.setItems(advisors);
            to.setItemLabelGenerator(UserAccount::displayName);
            to.setHelperText(getTranslation("board.bulk.reassign.help"));
            Button go = new Button(getTranslation("action.save"), ev -> {
                if (to.isEmpty()) {
                    to.setInvalid(true);
                    return;
                }
                run(() -> getTranslation("board.bulk.reassigned", actions.reassignAll(filter.get(), to.getValue().id())));
                dialog.close();
                refresh.run();
            });
            go.setId("bulk-reassign-go");
            go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            dialog.add(to);
            dialog.getFooter().add(new Button(getTranslation("action.cancel"), ev -> dialog.close()), go);
            dialog.open();
        });
        reassign.setId("bulk-reassign");
        Button remind = new Button(getTranslation("board.bulk.remind"),
                e -> run(() -> getTranslation("board.bulk.reminded", actions.remind(filter.get()))));
        remind.setId("bulk-remind");
        add(reassign, remind);
    }

    private void run(Supplier<String> action) {
        try {
            Notification.show(action.get(), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (CaseActionException refused) {
            Notification.show(getTranslation("board.error." + refused.reason(), refused.args()), 6000,
                    Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
