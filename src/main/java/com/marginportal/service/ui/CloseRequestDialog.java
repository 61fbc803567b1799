package com.marginportal.service.ui;

import java.util.function.Consumer;

import com.marginportal.service.domain.Closing;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;

/** Closing a request: the client's satisfaction (mandatory, 1–5) and what was done. */
class CloseRequestDialog extends Dialog {

    CloseRequestDialog(long requestId, Consumer<Closing> onClose) {
        setHeaderTitle(getTranslation("request.closeDialog.title", Long.toString(requestId)));
        RadioButtonGroup<Integer> satisfaction = new RadioButtonGroup<>(getTranslation("request.satisfaction"));
        satisfaction.setId("close-satisfaction");
        satisfaction.setItems(5, 4, 3, 2, 1);
        satisfaction.setItemLabelGenerator(s -> getTranslation("satisfaction." + s));
        satisfaction.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        satisfaction.setRequiredIndicatorVisible(true);
        TextArea resolution = new TextArea(getTranslation("request.resolution"));
        resolution.setId("close-resolution");
        resolution.setMaxLength(Closing.MAX_RESOLUTION);
        resolution.setWidthFull();
        Button save = new Button(getTranslation("request.close"), e -> {
            if (satisfaction.isEmpty()) {
                satisfaction.setErrorMessage(getTranslation("request.satisfaction.required"));
                satisfaction.setInvalid(true);
                return;
            }
            close();
            onClose.accept(new Closing(satisfaction.getValue(), resolution.getValue()));
        });
        save.setId("close-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(satisfaction, resolution);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("28rem");
        add(form);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
