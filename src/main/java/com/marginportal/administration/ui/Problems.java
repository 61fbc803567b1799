package com.marginportal.administration.ui;

import com.marginportal.administration.HandoverRejected;
import com.marginportal.security.AccountChangeRejected;
import com.marginportal.security.PasswordRejected;
import com.marginportal.shell.PasswordMessages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

/** A refused administrative change, said in words in the dialog that asked for it. */
final class Problems extends Span {

    Problems() {
        setId("admin-error");
        getStyle().set("color", "var(--lumo-error-text-color)");
        setVisible(false);
    }

    /** Runs the change; on a refusal shows why and returns false (nothing was changed). */
    boolean attempt(Runnable change) {
        try {
            change.run();
            setVisible(false);
            return true;
        } catch (AccountChangeRejected r) {
            show(getTranslation(r.messageKey(), r.args()));
        } catch (HandoverRejected r) {
            show(getTranslation(r.messageKey(), r.args()));
        } catch (PasswordRejected r) {
            show(PasswordMessages.of(this, r));
        } catch (IllegalArgumentException r) {
            show(getTranslation("admin.invalid", r.getMessage()));
        }
        return false;
    }

    private void show(String text) {
        setText(text);
        setVisible(true);
    }

    static String words(Component where, String key, Object... args) {
        return where.getTranslation(key, args);
    }
}
