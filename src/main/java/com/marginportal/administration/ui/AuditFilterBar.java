package com.marginportal.administration.ui;

import java.util.function.Consumer;

import com.marginportal.security.AuditFilter;
import com.marginportal.security.AuditSearch;
import com.vaadin.flow.component.combobox.ComboBox;
import com.marginportal.shell.DatePickers;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** User, action, object and date range of the audit log; every change applies at once. */
class AuditFilterBar extends HorizontalLayout {

    private final TextField user = new TextField();
    private final ComboBox<String> action = new ComboBox<>();
    private final ComboBox<String> objectType = new ComboBox<>();
    private final TextField objectId = new TextField();
    private final DatePicker from = DatePickers.of();
    private final DatePicker to = DatePickers.of();

    AuditFilterBar(AuditSearch search, Consumer<AuditFilter> changed) {
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        user.setLabel(getTranslation("users.col.username"));
        user.setId("audit-user");
        user.setValueChangeMode(ValueChangeMode.LAZY);
        action.setLabel(getTranslation("audit.col.action"));
        action.setId("audit-action");
        action.setItems(search.actions());
        action.setItemLabelGenerator(code -> AuditWords.action(this, code));
        objectType.setLabel(getTranslation("audit.col.entity"));
        objectType.setId("audit-object-type");
        objectType.setItems(search.objectTypes());
        objectType.setItemLabelGenerator(code -> AuditWords.entity(this, code));
        objectId.setLabel(getTranslation("audit.objectId"));
        objectId.setId("audit-object-id");
        objectId.setValueChangeMode(ValueChangeMode.LAZY);
        from.setLabel(getTranslation("audit.from"));
        from.setId("audit-from");
        to.setLabel(getTranslation("audit.to"));
        to.setId("audit-to");
        user.addValueChangeListener(e -> fire(changed));
        action.addValueChangeListener(e -> fire(changed));
        objectType.addValueChangeListener(e -> fire(changed));
        objectId.addValueChangeListener(e -> fire(changed));
        from.addValueChangeListener(e -> fire(changed));
        to.addValueChangeListener(e -> fire(changed));
        add(user, action, objectType, objectId, from, to);
    }

    private void fire(Consumer<AuditFilter> changed) {
        to.setInvalid(false);
        if (from.getValue() != null && to.getValue() != null && to.getValue().isBefore(from.getValue())) {
            to.setErrorMessage(getTranslation("audit.rangeReversed"));
            to.setInvalid(true);
            return;
        }
        changed.accept(value());
    }

    AuditFilter value() {
        return new AuditFilter(user.getValue(), action.getValue(), objectType.getValue(), objectId.getValue(),
                from.getValue(), to.getValue());
    }
}
