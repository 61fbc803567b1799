package com.marginportal.classification.ui;

import java.util.List;

import com.marginportal.classification.ClassificationService;
import com.marginportal.classification.ClientClassification;
import com.marginportal.classification.SegmentLabels;
import com.marginportal.classification.domain.Reason;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The four classifications with the rules and figures behind them; managers may override one. */
class ClassificationPanel extends VerticalLayout {

    private final ClassificationService classifications;
    private final long clientId;
    private final boolean mayOverride;
    private final Div rows = new Div();

    ClassificationPanel(ClassificationService classifications, long clientId, boolean mayOverride) {
        this.classifications = classifications;
        this.clientId = clientId;
        this.mayOverride = mayOverride;
        addClassName("panel");
        setPadding(false);
        setSpacing(false);
        setId("classification-panel");
        rows.addClassName("classifications");
        Button override = new Button(getTranslation("classification.override"), VaadinIcon.EDIT.create(),
                e -> new OverrideDialog(classifications, clientId, this::refresh).open());
        override.setId("classification-override");
        override.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        override.setVisible(mayOverride);
        add(new H3(getTranslation("client.section.classification")), rows, override);
        refresh();
    }

    private void refresh() {
        rows.removeAll();
        List<ClientClassification> all = classifications.classificationsOf(clientId);
        if (all.isEmpty()) {
            rows.add(new Span(getTranslation("classification.none")));
        }
        for (ClientClassification c : all) {
            Span value = new Span(getTranslation(SegmentLabels.valueKey(c.dimension(), c.effectiveValue())));
            value.addClassNames("badge", "class-badge");
            value.getElement().setAttribute("data-dimension", c.dimension().name());
            Div row = new Div(new Span(getTranslation("dimension." + c.dimension().name())), value);
            row.addClassName("classification");
            if (c.isOverridden()) {
                row.add(note(getTranslation("classification.overridden", c.overriddenBy(), c.overrideReason())));
                if (c.computedDisagrees()) {
                    row.add(note(getTranslation("classification.computedWas",
                            getTranslation(SegmentLabels.valueKey(c.dimension(), c.computedValue())))));
                }
            }
            c.reasons().forEach(r -> row.add(note(reason(r))));
            rows.add(row);
        }
    }

    private String reason(Reason r) {
        return getTranslation(r.key(), r.figures().toArray());
    }

    private static Span note(String text) {
        Span span = new Span(text);
        span.addClassName("muted");
        return span;
    }
}
