package com.marginportal.administration.ui;

import com.marginportal.security.BranchAdministration;
import com.marginportal.security.BranchSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;

/** Open a branch (code, name, city) or rename one (name, city; the code stays). */
class BranchDialog extends Dialog {

    /** @param existing null for a new branch */
    BranchDialog(BranchAdministration branches, BranchSummary existing, Runnable saved) {
        setHeaderTitle(getTranslation(existing == null ? "branches.new" : "branches.rename"));
        TextField code = new TextField(getTranslation("branches.col.code"));
        code.setId("branch-code");
        TextField name = new TextField(getTranslation("branches.col.name"));
        name.setId("branch-name");
        TextField city = new TextField(getTranslation("branches.col.city"));
        city.setId("branch-city");
        if (existing != null) {
            code.setValue(existing.code());
            code.setReadOnly(true);
            name.setValue(existing.name());
            city.setValue(existing.city());
        }
        Problems problems = new Problems();
        add(new FormLayout(code, name, city), problems);
        Button save = new Button(getTranslation("action.save"), e -> {
            if (problems.attempt(() -> {
                if (existing == null) {
                    branches.create(code.getValue(), name.getValue(), city.getValue());
                } else {
                    branches.rename(existing.id(), name.getValue(), city.getValue());
                }
            })) {
                close();
                saved.run();
            }
        });
        save.setId("branch-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
