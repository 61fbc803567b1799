package com.marginportal.client.ui;

import java.util.EnumMap;
import java.util.Map;

import com.marginportal.classification.SegmentLabels;
import com.marginportal.classification.SegmentMatrix;
import com.marginportal.classification.SegmentParameters;
import com.marginportal.classification.domain.Dimension;
import com.marginportal.client.ClientFilter;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** Filters by the effective value of each classification dimension and by the suitability flag. */
class SegmentFilters extends HorizontalLayout {

    private final Map<Dimension, ComboBox<String>> values = new EnumMap<>(Dimension.class);
    private final Checkbox suitability = new Checkbox();
    private boolean showing;

    SegmentFilters(Runnable changed) {
        addClassName("filter-bar");
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        for (Dimension d : Dimension.values()) {
            ComboBox<String> box = new ComboBox<>();
            box.setId("filter-" + SegmentParameters.name(d));
            box.setPlaceholder(getTranslation(SegmentLabels.dimensionKey(d)));
            box.setItems(SegmentMatrix.valuesOf(d));
            box.setItemLabelGenerator(v -> getTranslation(SegmentLabels.valueKey(d, v)));
            box.setClearButtonVisible(true);
            box.setWidth("10em");
            box.addValueChangeListener(e -> fire(changed));
            values.put(d, box);
            add(box);
        }
        suitability.setId("filter-suitability");
        suitability.setLabel(getTranslation("clients.filter.suitability"));
        suitability.addValueChangeListener(e -> fire(changed));
        add(suitability);
    }

    /** The given filter narrowed by the segments chosen here. */
    ClientFilter applyTo(ClientFilter filter) {
        ClientFilter result = filter;
        for (var e : values.entrySet()) {
            result = result.withSegment(e.getKey().name(), e.getValue().getValue());
        }
        return result.withSuitabilityIssuesOnly(suitability.getValue());
    }

    /** Shows the segments of a filter (from the URL) without reporting them back as a change. */
    void show(ClientFilter filter) {
        showing = true;
        try {
            values.forEach((d, box) -> box.setValue(filter.segments().get(d.name())));
            suitability.setValue(filter.suitabilityIssuesOnly());
        } finally {
            showing = false;
        }
    }

    private void fire(Runnable changed) {
        if (!showing) {
            changed.run();
        }
    }
}
