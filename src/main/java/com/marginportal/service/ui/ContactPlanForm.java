package com.marginportal.service.ui;

import java.math.BigDecimal;
import java.util.function.Consumer;

import com.marginportal.classification.domain.Dimension;
import com.marginportal.service.ContactPlan;
import com.marginportal.service.domain.PlanDraft;
import com.marginportal.service.domain.PlanRule;
import com.marginportal.shell.BuiltInNames;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

/** Edits one contact plan (or a new one); fires the validated draft, holds no service. */
class ContactPlanForm extends FormLayout {

    private final TextField name = new TextField();
    private final Select<Dimension> dimension = new Select<>();
    private final Select<String> value = new Select<>();
    private final BigDecimalField ratioBelow = new BigDecimalField();
    private final IntegerField interval = new IntegerField();
    private final Checkbox active = new Checkbox();
    /** A built-in plan's name as shown (the viewer's language) and as stored: saved unchanged, the stored one is kept. */
    private String shownName;
    private String storedName;

    ContactPlanForm(Consumer<PlanDraft> onSave) {
        setId("plan-form");
        name.setId("plan-name");
        name.setLabel(getTranslation("plans.name"));
        name.setMaxLength(PlanDraft.MAX_NAME);
        dimension.setId("plan-dimension");
        dimension.setLabel(getTranslation("plans.dimension"));
        dimension.setItems(Dimension.values());
        dimension.setItemLabelGenerator(d -> getTranslation("dimension." + d.name()));
        dimension.addValueChangeListener(e -> value.setItems(e.getValue() == null ? java.util.List.of()
                : e.getValue().allowedValues()));
        value.setId("plan-value");
        value.setLabel(getTranslation("plans.value"));
        value.setItemLabelGenerator(v -> getTranslation("class." + v));
        ratioBelow.setId("plan-ratio");
        ratioBelow.setLabel(getTranslation("plans.ratioBelow.label"));
        ratioBelow.setHelperText(getTranslation("plans.ratioBelow.help"));
        interval.setId("plan-interval");
        interval.setLabel(getTranslation("plans.interval"));
        interval.setMin(1);
        interval.setMax(PlanRule.MAX_INTERVAL_DAYS);
        interval.setStepButtonsVisible(true);
        active.setId("plan-active");
        active.setLabel(getTranslation("plans.active"));
        Button save = new Button(getTranslation("action.save"), e -> draft().ifPresent(onSave));
        save.setId("plan-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout actions = new HorizontalLayout(save);
        add(name, dimension, value, ratioBelow, interval, active, actions);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40rem", 3));
        setColspan(actions, 3);
        setMaxWidth("60rem");
    }

    void edit(ContactPlan plan) {
        PlanDraft d = plan.definition();
        storedName = d.name();
        shownName = BuiltInNames.of(this, plan.nameKey(), d.name());
        name.setValue(shownName);
        dimension.setValue(d.dimension());
        value.setValue(d.value());
        ratioBelow.setValue(d.ratioBelow() == null ? null : d.ratioBelow().movePointRight(2).stripTrailingZeros());
        interval.setValue(d.intervalDays());
        active.setValue(d.active());
    }

    void clear() {
        shownName = null;
        storedName = null;
        name.clear();
        dimension.clear();
        ratioBelow.clear();
        interval.setValue(30);
        active.setValue(true);
    }

    /** The draft when every field is valid; otherwise empty, with the fields marked. */
    private java.util.Optional<PlanDraft> draft() {
        boolean ok = require(!name.getValue().isBlank(), name::setErrorMessage, name::setInvalid, "plans.error.required")
                & require(!dimension.isEmpty() && !value.isEmpty(), value::setErrorMessage, value::setInvalid,
                        "plans.error.required")
                & require(interval.getValue() != null && interval.getValue() >= 1
                        && interval.getValue() <= PlanRule.MAX_INTERVAL_DAYS, interval::setErrorMessage,
                        interval::setInvalid, "plans.error.interval")
                & require(ratioBelow.getValue() == null || ratioBelow.getValue().signum() > 0,
                        ratioBelow::setErrorMessage, ratioBelow::setInvalid, "plans.error.ratio");
        if (!ok) {
            return java.util.Optional.empty();
        }
        BigDecimal ratio = ratioBelow.getValue() == null ? null : ratioBelow.getValue().movePointLeft(2);
        String typed = name.getValue().strip().equals(shownName) ? storedName : name.getValue();
        return java.util.Optional.of(new PlanDraft(typed, dimension.getValue(), value.getValue(), ratio,
                interval.getValue(), active.getValue()));
    }

    private boolean require(boolean valid, Consumer<String> message, Consumer<Boolean> invalid, String key) {
        message.accept(valid ? null : getTranslation(key));
        invalid.accept(!valid);
        return valid;
    }

    void showNameTaken() {
        name.setErrorMessage(getTranslation("plans.error.name"));
        name.setInvalid(true);
    }
}
