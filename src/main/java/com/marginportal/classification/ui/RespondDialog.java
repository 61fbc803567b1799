package com.marginportal.classification.ui;

import java.util.function.Consumer;

import com.marginportal.classification.domain.ResponseStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;

/** Records one answer to a recommendation (offered, accepted, declined) with an optional note. */
class RespondDialog extends Dialog {

    static final int NOTE_MAX = 2000;

    RespondDialog(String title, ResponseStatus status, Consumer<String> onSave) {
        setHeaderTitle(getTranslation("recommendation.respond.title",
                getTranslation("recommendation.action." + status.name()), title));
        setWidth("32em");
        TextArea note = new TextArea(getTranslation("recommendation.respond.note"));
        note.setId("respond-note");
        note.setMaxLength(NOTE_MAX);
        note.setWidthFull();
        add(note);
        Button save = new Button(getTranslation("action.save"), e -> {
            onSave.accept(note.getValue());
            close();
        });
        save.setId("respond-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
