package com.marginportal.classification.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import com.marginportal.classification.ClassificationRuns;
import com.marginportal.classification.ClassificationService;
import com.marginportal.classification.ThresholdChange;
import com.marginportal.classification.domain.ClassificationThresholds;
import com.marginportal.security.Role;
import com.marginportal.shell.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * For admins: the classification thresholds. Preview shows how many clients each change would move;
 * saving adds a version, is audited and reclassifies everyone. Invalid thresholds are explained, not saved.
 * Below, "recalculate now" with the progress of the running pass and the latest runs.
 */
@Route("admin/classification")
@RolesAllowed(Role.Names.ADMIN)
public class ThresholdsView extends VerticalLayout implements HasDynamicTitle {

    private final ClassificationService classifications;
    private final Map<String, BigDecimalField> fields = new LinkedHashMap<>();
    private final Div preview = new Div();
    private int version;

    public ThresholdsView(ClassificationService classifications, ClassificationRuns runs) {
        this.classifications = classifications;
        FormLayout form = new FormLayout();
        for (String key : new String[] {"lowFinancingRatio", "highFinancingRatio", "lowVolatileShare", "highVolatileShare",
                "nearLineMargin", "comfortableRatio", "shortTermTradesPerMonth", "shortTermHoldingDays",
                "shortTermMonthlyTurnover", "highNetWorthAssets", "mediumAssets", "passiveAdvisorShare",
                "activeTradesPerMonth"}) {
            BigDecimalField field = new BigDecimalField(getTranslation("threshold." + key));
            field.setId("threshold-" + key);
            if (isPercent(key)) {
                field.setSuffixComponent(new Span("%"));
            }
            if (key.endsWith("Assets")) { // read back grouped, with its unit: a zero too many shows before saving
                field.addValueChangeListener(e -> field.setHelperText(
                        e.getValue() == null ? null : Formats.money(e.getValue(), getLocale())));
            }
            fields.put(key, field);
            form.add(field);
        }
        Button previewButton = new Button(getTranslation("thresholds.preview"), e -> proposed().ifPresent(this::showPreview));
        previewButton.setId("thresholds-preview");
        Button save = new Button(getTranslation("thresholds.save"), e -> proposed().ifPresent(this::save));
        save.setId("thresholds-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        preview.setId("thresholds-change");
        add(new H2(getTranslation("thresholds.title")), new Paragraph(getTranslation("thresholds.intro")), form,
                new HorizontalLayout(previewButton, save), preview, new RecalculationPanel(runs));
        load();
    }

    private void load() {
        ClassificationThresholds t = classifications.thresholds();
        version = classifications.thresholdsVersion();
        Map<String, Function<ClassificationThresholds, BigDecimal>> getters = getters();
        fields.forEach((key, field) -> {
            BigDecimal v = getters.get(key).apply(t);
            field.setValue(isPercent(key) ? v.movePointRight(2).setScale(2, RoundingMode.HALF_UP) : v.stripTrailingZeros());
            field.setInvalid(false);
        });
    }

    private java.util.Optional<ClassificationThresholds> proposed() {
        Map<String, BigDecimal> v = new LinkedHashMap<>();
        boolean ok = true;
        for (var e : fields.entrySet()) {
            e.getValue().setInvalid(false);
            if (e.getValue().getValue() == null) {
                invalid(e.getValue(), "lines.error.required");
                ok = false;
            } else {
                v.put(e.getKey(), isPercent(e.getKey()) ? e.getValue().getValue().movePointLeft(2) : e.getValue().getValue());
            }
        }
        if (!ok) {
            return java.util.Optional.empty();
        }
        ok &= ordered(v, "lowFinancingRatio", "highFinancingRatio") & ordered(v, "lowVolatileShare", "highVolatileShare")
                & ordered(v, "mediumAssets", "highNetWorthAssets");
        for (String key : new String[] {"lowFinancingRatio", "highFinancingRatio", "lowVolatileShare", "highVolatileShare",
                "nearLineMargin", "passiveAdvisorShare"}) {
            if (v.get(key).signum() < 0 || v.get(key).compareTo(BigDecimal.ONE) > 0) {
                ok = invalid(fields.get(key), "lines.error.percentRange");
            }
        }
        for (var e : v.entrySet()) {
            if (!isFraction(e.getKey()) && e.getValue().signum() <= 0) {
                ok = invalid(fields.get(e.getKey()), "lines.error.positive");
            }
        }
        if (!ok) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new ClassificationThresholds(v.get("lowFinancingRatio"), v.get("highFinancingRatio"),
                v.get("lowVolatileShare"), v.get("highVolatileShare"), v.get("nearLineMargin"), v.get("comfortableRatio"),
                v.get("shortTermTradesPerMonth"), v.get("shortTermHoldingDays"), v.get("shortTermMonthlyTurnover"),
                v.get("highNetWorthAssets"), v.get("mediumAssets"), v.get("passiveAdvisorShare"),
                v.get("activeTradesPerMonth")));
    }

    private boolean ordered(Map<String, BigDecimal> v, String low, String high) {
        return v.get(low).compareTo(v.get(high)) < 0 || invalid(fields.get(high), "thresholds.error.ordered");
    }

    private boolean invalid(BigDecimalField field, String key) {
        field.setErrorMessage(getTranslation(key));
        field.setInvalid(true);
        return false;
    }

    private void showPreview(ClassificationThresholds proposed) {
        ThresholdChange change = classifications.preview(proposed);
        preview.removeAll();
        preview.add(new Paragraph(getTranslation("thresholds.previewTotal", change.total(), change.clients())));
        change.movesByDimension().forEach((dimension, moves) -> moves.forEach((move, count) -> {
            String[] fromTo = move.split(" → ");
            preview.add(new Paragraph(getTranslation("thresholds.move", getTranslation("dimension." + dimension),
                    getTranslation("class." + fromTo[0]), getTranslation("class." + fromTo[1]), count)));
        }));
    }

    private void save(ClassificationThresholds proposed) {
        try {
            int clients = classifications.updateThresholds(proposed, version);
            Notification.show(getTranslation("thresholds.saved", clients), 5000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (OptimisticLockingFailureException e) {
            Notification.show(getTranslation("lines.error.concurrent"), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        preview.removeAll();
        load();
    }

    private static boolean isFraction(String key) {
        return key.endsWith("Ratio") && !key.equals("comfortableRatio") || key.endsWith("Share") || key.equals("nearLineMargin");
    }

    private static boolean isPercent(String key) {
        return isFraction(key) || key.equals("comfortableRatio") || key.equals("shortTermMonthlyTurnover");
    }

    private static Map<String, Function<ClassificationThresholds, BigDecimal>> getters() {
        Map<String, Function<ClassificationThresholds, BigDecimal>> g = new LinkedHashMap<>();
        g.put("lowFinancingRatio", ClassificationThresholds::lowFinancingRatio);
        g.put("highFinancingRatio", ClassificationThresholds::highFinancingRatio);
        g.put("lowVolatileShare", ClassificationThresholds::lowVolatileShare);
        g.put("highVolatileShare", ClassificationThresholds::highVolatileShare);
        g.put("nearLineMargin", ClassificationThresholds::nearLineMargin);
        g.put("comfortableRatio", ClassificationThresholds::comfortableRatio);
        g.put("shortTermTradesPerMonth", ClassificationThresholds::shortTermTradesPerMonth);
        g.put("shortTermHoldingDays", ClassificationThresholds::shortTermHoldingDays);
        g.put("shortTermMonthlyTurnover", ClassificationThresholds::shortTermMonthlyTurnover);
        g.put("highNetWorthAssets", ClassificationThresholds::highNetWorthAssets);
        g.put("mediumAssets", ClassificationThresholds::mediumAssets);
        g.put("passiveAdvisorShare", ClassificationThresholds::passiveAdvisorShare);
        g.put("activeTradesPerMonth", ClassificationThresholds::activeTradesPerMonth);
        return g;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("thresholds.title") + " | " + getTranslation("app.title");
    }
}
