package com.marginportal.classification.ui;

import com.marginportal.classification.ClassificationService;
import com.marginportal.classification.SegmentLabels;
import com.marginportal.classification.domain.Dimension;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.marginportal.shell.DatePickers;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

/** A manager overrides one dimension: a value, a mandatory reason, an optional last day. */
class OverrideDialog extends Dialog {

    OverrideDialog(ClassificationService classifications, long clientId, Runnable onSaved) {
        setHeaderTitle(getTranslation("classification.override"));
        Select<Dimension> dimension = new Select<>();
        dimension.setId("override-dimension");
        dimension.setLabel(getTranslation("classification.dimension"));
        dimension.setItems(Dimension.values());
        dimension.setItemLabelGenerator(d -> getTranslation("dimension." + d.name()));
        Select<String> value = new Select<>();
        value.setId("override-value");
        value.setLabel(getTranslation("classification.value"));
        value.setItemLabelGenerator(v -> getTranslation(dimension.isEmpty() ? "class." + v
                : SegmentLabels.valueKey(dimension.getValue(), v)));
        dimension.addValueChangeListener(e -> value.setItems(e.getValue().allowedValues()));
        TextArea reason = new TextArea(getTranslation("classification.reason"));
        reason.setId("override-reason");
        reason.setMaxLength(500);
        DatePicker until = DatePickers.of(getTranslation("classification.until"));
        until.setId("override-until");
        until.setHelperText(getTranslation("classification.until.help"));

        Button save = new Button(getTranslation("action.save"), e -> {
            boolean ok = true;
            if (dimension.isEmpty() || value.isEmpty()) {
                value.setErrorMessage(getTranslation("lines.error.required"));
                value.setInvalid(true);
                ok = false;
            }
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation("classification.reason.required"));
                reason.setInvalid(true);
                ok = false;
            }
            if (ok) {
                classifications.override(clientId, dimension.getValue(), value.getValue(), reason.getValue(), until.getValue());
                close();
                onSaved.run();
            }
        });
        save.setId("override-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new FormLayout(dimension, value, reason, until));
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
