package com.marginportal.workflow.ui;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.function.Supplier;

import com.marginportal.security.UserAccount;
import com.marginportal.workflow.BoardFilter;
import com.marginportal.workflow.CaseActionException;
import com.marginportal.workflow.CaseActions;
import com.marginportal.workflow.BulkExtension;
import com.marginportal.workflow.BulkExtensions;
import com.vaadin.flow.component.UI;
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

    private static final int POLL_MILLIS = 1000;

    BoardBulkActions(CaseActions actions, BulkExtensions extensions, List<UserAccount> advisors,
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
    private void extendDialog(BulkExtensions extensions, Supplier<BoardFilter> filter, Runnable refresh) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("board.bulk.extend"));
        dialog.setWidth("30rem");
        IntegerField days = new IntegerField(getTranslation("board.bulk.extend.days"));
        days.setId("bulk-extend-days");
        days.setMin(1);
        days.setMax(BulkExtensions.MAX_DAYS);
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
            BoardFilter chosen = filter.get();
            int total = extensions.running(chosen);
            UI ui = UI.getCurrent();
            Notification progress = new Notification();
            progress.setId("bulk-progress");
            progress.setPosition(Notification.Position.BOTTOM_START);
            progress.setDuration(0);
            progress.setText(getTranslation("board.bulk.extending", 0, total));
            CompletableFuture<BulkExtension> running;
            try {
                running = extensions.extendAllInBackground(chosen, days.getValue(), reason.getValue(),
                        done -> later(ui, () -> progress.setText(getTranslation("board.bulk.extending", done, total))));
            } catch (CaseActionException refused) { // refused at once: the dialog stays, nothing changed
                refusal(refused);
                return;
            }
            dialog.close();
            progress.open();
            ui.setPollInterval(POLL_MILLIS); // the progress and the result come without a click
            running.whenComplete((done, failed) -> later(ui, () -> {
                progress.close();
                ui.setPollInterval(-1);
                if (failed == null) {
                    Notification shown = success(result(done));
                    if (done.extended() == 0) { // nothing moved: not a success to celebrate
                        shown.removeThemeVariants(NotificationVariant.LUMO_SUCCESS);
                        shown.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
                    }
                } else {
                    Notification.show(getTranslation("board.bulk.extendFailed"), 8000, Notification.Position.MIDDLE)
                            .addThemeVariants(NotificationVariant.LUMO_ERROR);
                }
                refresh.run();
            }));
        });
        go.setId("bulk-extend-go");
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Paragraph scope = new Paragraph(getTranslation("board.bulk.extend.scope", extensions.running(filter.get())));
        scope.setId("bulk-extend-scope");
        dialog.add(scope, days, reason);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), ev -> dialog.close()), go);
        dialog.open();
    }

    /** Shows it in the UI when the user is still there; the extension goes on if she left (the audit has it). */
    private static void later(UI ui, com.vaadin.flow.server.Command change) {
        try {
            ui.access(change);
        } catch (com.vaadin.flow.component.UIDetachedException left) {
            // nobody to show it to
        }
    }

    private String result(BulkExtension done) {
        String result = getTranslation("board.bulk.extended", done.extended());
        if (done.notExtended() > 0) {
            result += getTranslation("board.bulk.notExtended", done.notExtended(), done.refused().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .map(r -> getTranslation("board.bulk.refused." + r.getKey(), r.getValue()))
                    .collect(Collectors.joining(getTranslation("list.separator"))));
        }
        return result;
    }

    /** Runs the action and shows what it did, or why it was refused (false: nothing changed). */
    private boolean run(Supplier<String> action) {
        try {
            success(action.get());
            return true;
        } catch (CaseActionException refused) {
            refusal(refused);
            return false;
        }
    }

    private Notification success(String text) {
        Notification done = Notification.show(text, 8000, Notification.Position.BOTTOM_START);
        done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        done.setId("bulk-done");
        return done;
    }

    private void refusal(CaseActionException refused) {
        Notification.show(getTranslation("board.error." + refused.reason(), refused.args()), 6000,
                Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
