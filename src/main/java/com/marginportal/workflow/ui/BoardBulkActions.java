package com.marginportal.workflow.ui;

import java.util.List;
import java.util.function.Supplier;

import com.marginportal.security.UserAccount;
import com.marginportal.workflow.BoardFilter;
import com.marginportal.workflow.CaseActionException;
import com.marginportal.workflow.CaseActions;
import com.marginportal.workflow.DeadlineExtensions;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;

/** Bulk actions on exactly the cases the board's filter selects: reassign, remind, extend; each reports what it did. */
class BoardBulkActions extends HorizontalLayout {

    BoardBulkActions(CaseActions actions, DeadlineExtensions extensions, List<UserAccount> advisors,
                     Supplier<BoardFilter> filter, Runnable refresh) {
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
        Button extend = new Button(getTranslation("board.bulk.extend"), e -> extendDialog(extensions, filter, refresh));
        extend.setId("bulk-extend");
        add(reassign, remind, extend);
    }

    /**
     * A market-stress day's relief: every running deadline of the filter moved by some trading days from its own,
     * each client told; the dialog says which cases it takes before anything changes.
     */
    private void extendDialog(DeadlineExtensions extensions, Supplier<BoardFilter> filter, Runnable refresh) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("board.bulk.extend"));
        dialog.setWidth("30rem");
        IntegerField days = new IntegerField(getTranslation("board.bulk.extend.days"));
        days.setId("bulk-extend-days");
        days.setMin(1);
        days.setMax(DeadlineExtensions.MAX_BULK_DAYS);
        days.setValue(1);
        days.setStepButtonsVisible(true);
        days.setHelperText(getTranslation("board.bulk.extend.help"));
        days.setWidthFull();
        TextArea reason = new TextArea(getTranslation("decision.reason"));
        reason.setId("bulk-extend-reason");
        reason.setMaxLength(1000);
        reason.setWidthFull();
        Button go = new Button(getTranslation("action.save"), ev -> {
            if (days.isEmpty() || days.isInvalid()) {
                days.setInvalid(true);
                return;
            }
            boolean ran = run(() -> {
                com.marginportal.workflow.BulkExtension done = extensions.extendAll(filter.get(), days.getValue(),
                        reason.getValue());
                String result = getTranslation("board.bulk.extended", done.extended());
                if (done.notExtended() > 0) {
                    result += getTranslation("board.bulk.notExtended", done.notExtended(), done.refused().entrySet()
                            .stream().sorted(java.util.Map.Entry.comparingByKey())
                            .map(r -> getTranslation("board.bulk.refused." + r.getKey(), r.getValue()))
                            .collect(java.util.stream.Collectors.joining(getTranslation("list.separator"))));
                }
                return result;
            });
            if (ran) {
                dialog.close();
                refresh.run();
            }
        });
        go.setId("bulk-extend-go");
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Paragraph scope = new Paragraph(getTranslation("board.bulk.extend.scope", extensions.running(filter.get())));
        scope.setId("bulk-extend-scope");
        dialog.add(scope, days, reason);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), ev -> dialog.close()), go);
        dialog.open();
    }

    /** Runs the action and shows what it did, or why it was refused (false: nothing changed). */
    private boolean run(Supplier<String> action) {
        try {
            Notification done = Notification.show(action.get(), 6000, Notification.Position.BOTTOM_START);
            done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            done.setId("bulk-done");
            return true;
        } catch (CaseActionException refused) {
            Notification.show(getTranslation("board.error." + refused.reason(), refused.args()), 6000,
                    Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            return false;
        }
    }
}
