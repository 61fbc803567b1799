package com.marginportal.administration.ui;

import com.marginportal.security.CurrentUser;
import com.marginportal.security.PasswordChange;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.springframework.stereotype.Component;

/**
 * A user whose password is temporary (first sign-in, or reset by an administrator) reaches no route but the
 * change-password page until they have changed it. Asked of the database at each navigation, so a reset applies
 * at once and on every node.
 */
@Component
class PasswordChangeGate implements VaadinServiceInitListener {

    static final String PATH = "password";
    private static final String LOGIN = "login";

    private final CurrentUser currentUser;
    private final PasswordChange passwords;

    PasswordChangeGate(CurrentUser currentUser, PasswordChange passwords) {
        this.currentUser = currentUser;
        this.passwords = passwords;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        String path = event.getLocation().getPath();
        if (PATH.equals(path) || LOGIN.equals(path) || currentUser.get().isEmpty()) {
            return;
        }
        if (passwords.required()) {
            event.rerouteTo(ChangePasswordView.class);
        }
    }
}
