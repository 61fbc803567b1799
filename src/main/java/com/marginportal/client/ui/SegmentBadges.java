package com.marginportal.client.ui;

import com.marginportal.client.segment.SegmentDimension;
import com.marginportal.client.segment.SegmentValues;
import com.marginportal.client.segment.SegmentVocabulary;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * A client's four effective classes as small badges (the dimension in the tooltip; unclassified ones left out),
 * led by a warning badge when the client has suitability issues.
 */
class SegmentBadges extends Div {

    SegmentBadges(SegmentValues segments, SegmentVocabulary vocabulary) {
        addClassName("segment-badges");
        if (segments.suitabilityIssue()) {
            Span issue = new Span(getTranslation("clients.suitabilityIssue"));
            issue.addClassNames("badge", "suitability-issue");
            add(issue);
        }
        for (SegmentDimension d : vocabulary.dimensions()) {
            String value = segments.values().get(d.name());
            if (!d.isClassified(value)) {
                continue;
            }
            Span badge = new Span(getTranslation(d.valueKey(value)));
            badge.addClassNames("badge", "class-badge", "segment-" + value.toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            badge.getElement().setAttribute("data-dimension", d.name());
            badge.getElement().setAttribute("title", getTranslation(d.labelKey()));
            add(badge);
        }
    }
}
