package com.marginportal.classification.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;

import com.marginportal.classification.TradingBehaviour;
import com.marginportal.classification.TradingBehaviourService;
import com.marginportal.classification.domain.behaviour.BehaviourReport;
import com.marginportal.shell.Facts;
import com.marginportal.shell.Formats;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;

/**
 * Trading behaviour analysis (交易行为分析) of one client over 3, 6 or 12 months: key figures and six small
 * charts. Computed when the tab is first shown, not with every opening of the 360 view.
 */
class BehaviourTab extends VerticalLayout {

    private final TradingBehaviourService behaviour;
    private final long clientId;
    private final RadioButtonGroup<Integer> period = new RadioButtonGroup<>();
    private final Div content = new Div();
    private boolean loaded;

    BehaviourTab(TradingBehaviourService behaviour, long clientId) {
        this.behaviour = behaviour;
        this.clientId = clientId;
        setId("behaviour-tab");
        setPadding(false);
        period.setId("behaviour-period");
        period.setLabel(getTranslation("behaviour.period"));
        period.setItems(TradingBehaviourService.PERIODS);
        period.setItemLabelGenerator(m -> getTranslation("behaviour.months", m));
        period.addThemeVariants(RadioGroupVariant.LUMO_HELPER_ABOVE_FIELD);
        period.setValue(6);
        period.addValueChangeListener(e -> show(e.getValue()));
        content.setWidthFull();
        Paragraph method = new Paragraph(getTranslation("behaviour.method"));
        method.addClassName("muted");
        add(period, content, method);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (!loaded) {
            loaded = true;
            show(period.getValue());
        }
    }

    private void show(int months) {
        content.removeAll();
        behaviour.analyse(clientId, months).ifPresent(b -> {
            content.add(summary(b));
            if (!b.report().hasTrades()) {
                Paragraph none = new Paragraph(getTranslation("behaviour.empty"));
                none.setId("behaviour-empty");
                content.add(none);
            }
            content.add(new BehaviourCharts(b, getLocale()));
        });
    }

    private Facts summary(TradingBehaviour b) {
        BehaviourReport r = b.report();
        BigDecimal perMonth = BigDecimal.valueOf(r.trades())
                .divide(BigDecimal.valueOf(r.months().size()), 1, RoundingMode.HALF_UP);
        Facts facts = new Facts()
                .add("behaviour.trades", Formats.quantity(r.trades()))
                .add("behaviour.tradesPerMonth", perMonth.toPlainString())
                .add("behaviour.averageHolding", r.holding().averageDays() == null ? null
                        : getTranslation("behaviour.days", r.holding().averageDays().toPlainString()))
                .add("behaviour.roundTrips", Formats.quantity(r.holding().roundTrips()))
                .add("behaviour.financedShare", Formats.percent(r.financedBuyShare()))
                .add("behaviour.unmatched", Formats.quantity(r.holding().unmatchedQuantity()));
        facts.setId("behaviour-summary");
        facts.addClassName("behaviour-summary");
        return facts;
    }
}
