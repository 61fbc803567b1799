package com.marginportal.administration.ui;

import java.util.List;
import java.util.Objects;

import com.marginportal.security.AccountAdministration;
import com.marginportal.security.BranchSummary;
import com.marginportal.security.NewAccount;
import com.marginportal.security.Role;
import com.marginportal.security.UserSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

/** Create an account, or change an existing one's name, contact data, role and branch. */
class AccountDialog extends Dialog {

    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final Select<Role> role = new Select<>();
    private final ComboBox<BranchSummary> branch = new ComboBox<>();
    private final TextField phone = new TextField();
    private final EmailField email = new EmailField();
    private final PasswordField password = new PasswordField();
    private final Problems problems = new Problems();

    /** @param existing null for a new account */
    AccountDialog(AccountAdministration accounts, List<BranchSummary> branches, UserSummary existing, Runnable saved) {
        setHeaderTitle(getTranslation(existing == null ? "accounts.new" : "accounts.edit"));
        username.setLabel(getTranslation("users.col.username"));
        username.setId("account-username");
        displayName.setLabel(getTranslation("users.col.name"));
        displayName.setId("account-name");
        role.setLabel(getTranslation("users.col.role"));
        role.setId("account-role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        branch.setLabel(getTranslation("clients.col.branch"));
        branch.setId("account-branch");
        branch.setItems(branches.stream().filter(b -> !b.closed()).toList());
        branch.setItemLabelGenerator(BranchSummary::name);
        phone.setLabel(getTranslation("accounts.phone"));
        phone.setId("account-phone");
        email.setLabel(getTranslation("accounts.email"));
        email.setId("account-email");
        password.setLabel(getTranslation("accounts.initialPassword"));
        password.setId("account-password");
        password.setHelperText(getTranslation("password.rule", com.marginportal.security.PasswordPolicy.MIN_LENGTH));
        role.addValueChangeListener(e -> branch.setEnabled(e.getValue() == Role.ADVISOR || e.getValue() == Role.MANAGER));

        FormLayout form = new FormLayout(username, displayName, role, branch, phone, email);
        if (existing == null) {
            role.setValue(Role.ADVISOR);
            form.add(password);
        } else {
            username.setValue(existing.username());
            username.setReadOnly(true);
            displayName.setValue(existing.displayName());
            role.setValue(existing.role());
            branch.setValue(branches.stream().filter(b -> Objects.equals(b.id(), existing.branchId())).findFirst().orElse(null));
            phone.setValue(Objects.requireNonNullElse(existing.phone(), ""));
            email.setValue(Objects.requireNonNullElse(existing.email(), ""));
        }
        add(form, problems);

        Button save = new Button(getTranslation("action.save"), e -> {
            Long branchId = branch.getValue() == null ? null : branch.getValue().id();
            boolean done = problems.attempt(() -> {
                if (existing == null) {
                    accounts.create(new NewAccount(username.getValue(), displayName.getValue(), role.getValue(),
                            branchId, phone.getValue(), email.getValue(), password.getValue()));
                } else {
                    accounts.edit(existing.id(), displayName.getValue(), phone.getValue(), email.getValue(),
                            role.getValue(), branchId);
                }
            });
            if (done) {
                close();
                saved.run();
            }
        });
        save.setId("account-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
