package com.marginportal.administration.ui;

import com.marginportal.security.PasswordChange;
import com.marginportal.security.PasswordRejected;
import com.marginportal.shell.PasswordMessages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

import org.springframework.security.authentication.BadCredentialsException;

/**
 * Every signed-in user changes their own password here; after a reset or at the first sign-in it is the only
 * page they can open ({@link PasswordChangeGate}), so it has no navigation.
 */
@Route(value = PasswordChangeGate.PATH, autoLayout = false)
@PermitAll
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    private final PasswordField current = new PasswordField();
    private final PasswordField fresh = new PasswordField();
    private final PasswordField repeat = new PasswordField();

    public ChangePasswordView(PasswordChange passwords, AuthenticationContext authentication) {
        setAlignItems(Alignment.CENTER);
        setMaxWidth("28em");
        getStyle().set("margin", "0 auto");
        current.setLabel(getTranslation("password.current"));
        current.setId("password-current");
        fresh.setLabel(getTranslation("password.new"));
        fresh.setId("password-new");
        fresh.setHelperText(getTranslation("password.rule", com.marginportal.security.PasswordPolicy.MIN_LENGTH));
        repeat.setLabel(getTranslation("password.repeat"));
        repeat.setId("password-repeat");
        for (PasswordField f : new PasswordField[] {current, fresh, repeat}) {
            f.setWidthFull();
        }
        Button save = new Button(getTranslation("password.save"), e -> save(passwords));
        save.setId("password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button logout = new Button(getTranslation("action.logout"), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        if (passwords.directoryManaged()) {
            Paragraph directory = new Paragraph(getTranslation("password.directoryManaged"));
            directory.setId("password-why");
            add(new H2(getTranslation("password.title")), directory);
            return;
        }
        Paragraph why = new Paragraph(getTranslation(passwords.required() ? "password.required" : "password.optional"));
        why.setId("password-why");
        add(new H2(getTranslation("password.title")), why, current, fresh, repeat, save, logout);
    }

    private void save(PasswordChange passwords) {
        current.setInvalid(false);
        fresh.setInvalid(false);
        repeat.setInvalid(false);
        if (!fresh.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(getTranslation("password.mismatch"));
            repeat.setInvalid(true);
            return;
        }
        try {
            passwords.change(current.getValue(), fresh.getValue());
        } catch (BadCredentialsException wrong) {
            current.setErrorMessage(getTranslation("password.wrongCurrent"));
            current.setInvalid(true);
            return;
        } catch (PasswordRejected rejected) {
            fresh.setErrorMessage(PasswordMessages.of(this, rejected));
            fresh.setInvalid(true);
            return;
        }
        com.vaadin.flow.component.notification.Notification.show(getTranslation("password.changed"));
        getUI().ifPresent(ui -> ui.navigate(""));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title") + " | " + getTranslation("app.title");
    }
}
