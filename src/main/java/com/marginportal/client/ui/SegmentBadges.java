package com.marginportal.client.ui;

import com.marginportal.classification.SegmentLabels;
import com.marginportal.classification.domain.Dimension;
import com.marginportal.client.SegmentValues;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * A client's four effective classes as small badges (the dimension in the tooltip; unclassified ones left out),
 * led by a warning badge when the client has suitability issues.
 */
class SegmentBadges extends Div {

    SegmentBadges(SegmentValues segments) {
        addClassName("segment-badges");
        if (segments.suitabilityIssue()) {
            Span issue = new Span(getTranslation("clients.suitabilityIssue"));
            issue.addClassNames("badge", "suitability-issue");
            add(issue);
        }
        for (Dimension d : Dimension.values()) {
            String value = segments.values().get(d.name());
            if (value == null || Dimension.UNCLASSIFIED.equals(value)) {
                continue;
            }
            Span badge = new Span(getTranslation(SegmentLabels.valueKey(d, value)));
            badge.addClassNames("badge", "class-badge", "segment-" + value.toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            badge.getElement().setAttribute("data-dimension", d.name());
            badge.getElement().setAttribute("title", getTranslation(SegmentLabels.dimensionKey(d)));
            add(badge);
        }
    }
}
