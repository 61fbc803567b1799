package com.marginportal.client.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import com.marginportal.client.ClientFilter;
import com.marginportal.client.segment.SegmentDimension;
import com.marginportal.client.segment.SegmentVocabulary;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** Filters by the effective value of each segment dimension and by the suitability flag. */
class SegmentFilters extends HorizontalLayout {

    /** By dimension name, in display order. */
    private final Map<String, ComboBox<String>> values = new LinkedHashMap<>();
    private final Checkbox suitability = new Checkbox();
    private boolean showing;

    SegmentFilters(SegmentVocabulary vocabulary, Runnable changed) {
        addClassName("filter-bar");
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        for (SegmentDimension d : vocabulary.dimensions()) {
            ComboBox<String> box = new ComboBox<>();
            box.setId("filter-" + d.parameter());
            box.setPlaceholder(getTranslation(d.labelKey()));
            box.setItems(d.values());
            box.setItemLabelGenerator(v -> getTranslation(d.valueKey(v)));
            box.setClearButtonVisible(true);
            box.setWidth("10em");
            box.addValueChangeListener(e -> fire(changed));
            values.put(d.name(), box);
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
            result = result.withSegment(e.getKey(), e.getValue().getValue());
        }
        return result.withSuitabilityIssuesOnly(suitability.getValue());
    }

    /** Shows the segments of a filter (from the URL) without reporting them back as a change. */
    void show(ClientFilter filter) {
        showing = true;
        try {
            values.forEach((dimension, box) -> box.setValue(filter.segments().get(dimension)));
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
