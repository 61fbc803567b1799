package com.marginportal.risk.ui;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Consumer;

import com.marginportal.risk.RiskLineProfile;
import com.marginportal.risk.domain.RiskLines;
import com.marginportal.shell.BuiltInNames;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;

/** Edits one profile's lines in percent; checks them field by field and reports valid lines to its listener. */
class LineProfileForm extends VerticalLayout {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final H3 title = new H3();
    private final BigDecimalField warning = percentField("lines.warning");
    private final BigDecimalField marginCall = percentField("lines.marginCall");
    private final BigDecimalField liquidation = percentField("lines.liquidation");
    private final BigDecimalField target = percentField("lines.target");
    private final IntegerField deadline = new IntegerField(getTranslation("lines.deadline"));
    private final BigDecimalField financing = percentField("lines.financingRatio");

    LineProfileForm(Consumer<RiskLines> onSave) {
        setPadding(false);
        title.setId("lines-profile-name");
        deadline.setId("lines-deadline");
        deadline.setSuffixComponent(new com.vaadin.flow.component.html.Span(getTranslation("lines.tradingDays")));
        financing.setHelperText(getTranslation("lines.financingRatio.help"));
        Button save = new Button(getTranslation("action.save"), e -> validLines().ifPresent(onSave));
        save.setId("lines-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(warning, marginCall, liquidation, target, deadline, financing);
        add(title, form, save);
    }

    void edit(RiskLineProfile profile) {
        title.setText(BuiltInNames.of(this, profile.nameKey(), profile.name()));
        RiskLines l = profile.lines();
        warning.setValue(percent(l.warning()));
        marginCall.setValue(percent(l.marginCall()));
        liquidation.setValue(percent(l.liquidation()));
        target.setValue(percent(l.topUpTarget()));
        deadline.setValue(l.topUpDeadlineDays());
        financing.setValue(l.financingRatioLine() == null ? null : percent(l.financingRatioLine()));
        for (var field : new BigDecimalField[] {warning, marginCall, liquidation, target, financing}) {
            field.setInvalid(false);
        }
        deadline.setInvalid(false);
    }

    private Optional<RiskLines> validLines() {
        boolean ok = required(warning) & required(marginCall) & required(liquidation) & required(target);
        if (ok && !(warning.getValue().compareTo(marginCall.getValue()) > 0)) {
            ok = invalid(marginCall, "lines.error.belowWarning");
        }
        if (ok && !(marginCall.getValue().compareTo(liquidation.getValue()) > 0)) {
            ok = invalid(liquidation, "lines.error.belowMarginCall");
        }
        if (ok && liquidation.getValue().signum() <= 0) {
            ok = invalid(liquidation, "lines.error.positive");
        }
        if (ok && target.getValue().compareTo(warning.getValue()) < 0) {
            ok = invalid(target, "lines.error.targetBelowWarning");
        }
        if (deadline.getValue() == null || deadline.getValue() < 1 || deadline.getValue() > 30) {
            deadline.setErrorMessage(getTranslation("lines.error.deadline"));
            deadline.setInvalid(true);
            ok = false;
        }
        if (financing.getValue() != null && (financing.getValue().signum() <= 0 || financing.getValue().compareTo(HUNDRED) > 0)) {
            ok = invalid(financing, "lines.error.percentRange");
        }
        if (!ok) {
            return Optional.empty();
        }
        return Optional.of(new RiskLines(fraction(warning), fraction(marginCall), fraction(liquidation), fraction(target),
                deadline.getValue(), financing.getValue() == null ? null : fraction(financing)));
    }

    private boolean required(BigDecimalField field) {
        field.setInvalid(false);
        return field.getValue() != null || invalid(field, "lines.error.required");
    }

    private boolean invalid(BigDecimalField field, String key) {
        field.setErrorMessage(getTranslation(key));
        field.setInvalid(true);
        return false;
    }

    private BigDecimalField percentField(String key) {
        BigDecimalField field = new BigDecimalField(getTranslation(key));
        field.setId("lines-" + key.substring(key.indexOf('.') + 1));
        field.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
        return field;
    }

    private static BigDecimal percent(BigDecimal fraction) {
        return fraction.movePointRight(2).stripTrailingZeros().setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private static BigDecimal fraction(BigDecimalField field) {
        return field.getValue().movePointLeft(2).setScale(4, java.math.RoundingMode.HALF_UP);
    }
}
