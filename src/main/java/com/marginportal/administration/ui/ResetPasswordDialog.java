package com.marginportal.administration.ui;

import com.marginportal.security.AccountAdministration;
import com.marginportal.security.PasswordPolicy;
import com.marginportal.security.Role;
import com.marginportal.security.UserSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;

/**
 * The administrator sets a new password to hand over. A person must change it at the next sign-in; for the API
 * service account this is how its credentials are rotated (it takes effect with the next call, no restart).
 */
class ResetPasswordDialog extends Dialog {

    ResetPasswordDialog(AccountAdministration accounts, UserSummary user, Runnable saved) {
        setHeaderTitle(getTranslation("accounts.reset.title", user.username()));
        PasswordField password = new PasswordField(getTranslation("password.new"));
        password.setId("reset-password");
        password.setHelperText(getTranslation("password.rule", PasswordPolicy.MIN_LENGTH));
        password.setWidthFull();
        PasswordField repeat = new PasswordField(getTranslation("password.repeat"));
        repeat.setId("reset-repeat");
        repeat.setWidthFull();
        Problems problems = new Problems();
        add(new Paragraph(getTranslation(user.role().serviceAccount() ? "accounts.reset.service" : "accounts.reset.person")),
                password, repeat, problems);
        Button save = new Button(getTranslation("accounts.reset.save"), e -> {
            if (!password.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage(getTranslation("password.mismatch"));
                repeat.setInvalid(true);
                return;
            }
            if (problems.attempt(() -> accounts.resetPassword(user.id(), password.getValue()))) {
                close();
                saved.run();
            }
        });
        save.setId("reset-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
