package com.marginportal.classification.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import com.marginportal.classification.domain.Dimension;
import com.marginportal.classification.domain.DraftProblem;
import com.marginportal.classification.domain.Recommendation;
import com.marginportal.classification.domain.RecommendationDraft;
import com.marginportal.classification.domain.ServiceAction;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Adds or edits one catalogue entry. Checks the draft with the domain's own rules and marks every field at
 * fault with the reason; hands a valid draft to its listener (the form holds no service).
 */
class RecommendationForm extends Dialog {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Select<Dimension> dimension = select("dimension");
    private final Select<String> value = select("value");
    private final Select<Dimension> secondDimension = select("secondDimension");
    private final Select<String> secondValue = select("secondValue");
    private final TextField titleZh = text("titleZh");
    private final TextField titleEn = text("titleEn");
    private final TextArea descriptionZh = area("descriptionZh");
    private final TextArea descriptionEn = area("descriptionEn");
    private final Select<ServiceAction> action = select("action");
    private final IntegerField priority = new IntegerField(getTranslation("recommendation.field.priority"));
    private final Checkbox active = new Checkbox(getTranslation("recommendation.field.active"), true);

    private Consumer<RecommendationDraft> onSave = draft -> { };

    RecommendationForm(Recommendation editing) {
        setHeaderTitle(getTranslation(editing == null ? "recommendation.form.new" : "recommendation.form.edit"));
        setWidth("48em");
        dimension.setItems(Dimension.values());
        dimension.setItemLabelGenerator(d -> getTranslation("dimension." + d.name()));
        dimension.addValueChangeListener(e -> classes(value, e.getValue()));
        value.setItemLabelGenerator(v -> getTranslation("class." + v));
        secondDimension.setItems(Dimension.values());
        secondDimension.setEmptySelectionAllowed(true);
        secondDimension.setEmptySelectionCaption(getTranslation("recommendation.none"));
        secondDimension.setItemLabelGenerator(d -> d == null ? getTranslation("recommendation.none")
                : getTranslation("dimension." + d.name()));
        secondDimension.addValueChangeListener(e -> classes(secondValue, e.getValue()));
        secondValue.setItemLabelGenerator(v -> v == null ? "" : getTranslation("class." + v));
        action.setItems(ServiceAction.values());
        action.setItemLabelGenerator(a -> getTranslation("serviceAction." + a.name()));
        priority.setId("rec-priority");
        priority.setHelperText(getTranslation("recommendation.field.priority.help"));
        priority.setStepButtonsVisible(true);
        active.setId("rec-active");
        List.of(titleZh, titleEn).forEach(f -> f.setMaxLength(RecommendationDraft.TITLE_MAX));
        List.of(descriptionZh, descriptionEn).forEach(f -> f.setMaxLength(RecommendationDraft.DESCRIPTION_MAX));
        fields.put("priority", priority);
        classes(value, null);
        classes(secondValue, null);
        if (editing != null) {
            fill(editing.content());
        } else {
            priority.setValue(3);
        }
        FormLayout form = new FormLayout(dimension, value, secondDimension, secondValue, titleZh, titleEn,
                descriptionZh, descriptionEn, action, priority, active);
        add(form);
        Button save = new Button(getTranslation("action.save"), e -> draft().ifPresent(d -> onSave.accept(d)));
        save.setId("rec-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    /** Who gets a valid draft when the user saves. */
    void onSave(Consumer<RecommendationDraft> listener) {
        this.onSave = listener;
    }

    /** Marks the fields the service refused (the same rules as here, checked again on the server). */
    void showProblems(List<DraftProblem> problems) {
        fields.values().forEach(f -> f.setInvalid(false));
        for (DraftProblem p : problems) {
            HasValidation field = fields.get(p.field());
            field.setErrorMessage(getTranslation(p.key(), p.args().toArray()));
            field.setInvalid(true);
        }
    }

    private Optional<RecommendationDraft> draft() {
        RecommendationDraft d = new RecommendationDraft(dimension.getValue(), value.getValue(), secondDimension.getValue(),
                secondValue.getValue(), titleZh.getValue(), titleEn.getValue(), descriptionZh.getValue(),
                descriptionEn.getValue(), action.getValue(), priority.getValue(), active.getValue());
        List<DraftProblem> problems = d.problems();
        showProblems(problems);
        return problems.isEmpty() ? Optional.of(d) : Optional.empty();
    }

    private void fill(RecommendationDraft d) {
        dimension.setValue(d.dimension());
        value.setValue(d.value());
        secondDimension.setValue(d.secondDimension());
        if (d.secondDimension() != null) {
            secondValue.setValue(d.secondValue());
        }
        titleZh.setValue(d.titleZh());
        titleEn.setValue(d.titleEn());
        descriptionZh.setValue(d.descriptionZh());
        descriptionEn.setValue(d.descriptionEn());
        action.setValue(d.action());
        priority.setValue(d.priority());
        active.setValue(d.active());
    }

    private static void classes(Select<String> values, Dimension d) {
        values.setItems(d == null ? List.of() : d.allowedValues());
        values.setEnabled(d != null);
    }

    private <T> Select<T> select(String field) {
        Select<T> select = new Select<>();
        select.setLabel(getTranslation("recommendation.field." + field));
        select.setId("rec-" + field);
        fields.put(field, select);
        return select;
    }

    private TextField text(String field) {
        TextField f = new TextField(getTranslation("recommendation.field." + field));
        f.setId("rec-" + field);
        fields.put(field, f);
        return f;
    }

    private TextArea area(String field) {
        TextArea f = new TextArea(getTranslation("recommendation.field." + field));
        f.setId("rec-" + field);
        f.setMinHeight("6em");
        fields.put(field, f);
        return f;
    }
}
