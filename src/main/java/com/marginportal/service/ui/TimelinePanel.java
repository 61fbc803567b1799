package com.marginportal.service.ui;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.marginportal.service.ClientTimeline;
import com.marginportal.service.TimelineEntry;
import com.marginportal.service.TimelineKind;
import com.marginportal.shell.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The client 360 view's timeline: everything that happened with the client, newest first, filtered by type. It shows
 * the latest entries, and says so when older ones are left out ("showing the latest 500 of 530").
 */
class TimelinePanel extends VerticalLayout {

    private final List<TimelineEntry> entries;
    private final Grid<TimelineEntry> grid = new Grid<>(TimelineEntry.class, false);
    private final CheckboxGroup<TimelineKind> filter = new CheckboxGroup<>();

    TimelinePanel(ClientTimeline.Page timeline) {
        this.entries = timeline.entries();
        setPadding(false);
        addClassName("client-timeline");
        filter.setId("timeline-filter");
        filter.setLabel(getTranslation("timeline.filter"));
        filter.setItems(TimelineKind.values());
        filter.setItemLabelGenerator(k -> getTranslation("timelineKind." + k.name()));
        filter.setValue(EnumSet.allOf(TimelineKind.class));
        filter.addValueChangeListener(e -> show(e.getValue()));

        grid.setId("timeline-grid");
        grid.setEmptyStateText(getTranslation("timeline.empty"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setHeight("28em");
        grid.addColumn(e -> Formats.dateTime(e.at())).setHeader(getTranslation("timeline.col.time")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::kind).setHeader(getTranslation("timeline.col.kind")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> TimelineText.summary(this, e)).setKey("summary").setHeader(getTranslation("timeline.col.summary"))
                .setFlexGrow(3);
        grid.addColumn(e -> e.detail() == null ? "" : e.detail()).setHeader(getTranslation("timeline.col.detail"))
                .setFlexGrow(2);
        grid.addColumn(this::actor).setHeader(getTranslation("timeline.col.actor"))
                .setAutoWidth(true).setFlexGrow(0);
        add(filter);
        if (timeline.isCut()) {
            Span shown = new Span(getTranslation("timeline.shown", entries.size(), timeline.total()));
            shown.setId("timeline-shown");
            shown.addClassName("muted");
            add(shown);
        }
        add(grid);
        show(filter.getValue());
    }

    private Component kind(TimelineEntry e) {
        Span badge = new Span(getTranslation("timelineKind." + e.kind().name()));
        badge.addClassNames("badge", switch (e.kind()) {
            case NOTICE, RISK_CASE -> "ratio-warning";
            case RESOLUTION -> "ratio-safe";
            case SERVICE_REQUEST -> "class-badge";
            default -> "ratio-no-debt";
        });
        return badge;
    }

    /** A person's name, or "system" for what the portal did by itself (scans, notices, recalculation). */
    private String actor(TimelineEntry e) {
        return e.actor() == null ? "" : "system".equals(e.actor()) ? getTranslation("timeline.system") : e.actor();
    }

    private void show(Set<TimelineKind> kinds) {
        grid.setItems(entries.stream().filter(e -> kinds.contains(e.kind())).toList());
    }
}
