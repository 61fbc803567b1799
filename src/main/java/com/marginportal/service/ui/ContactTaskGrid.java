package com.marginportal.service.ui;

import java.time.Clock;
import java.util.Map;
import java.util.function.Consumer;

import com.marginportal.service.ContactTask;
import com.marginportal.shell.BuiltInNames;
import com.marginportal.shell.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;

/** Open contacts the plans ask for: due time, client, plan, when the client was last reached, attempts so far. */
class ContactTaskGrid extends Grid<ContactTask> {

    private final transient Clock clock;

    /** @param advisorNames advisor names for the advisor's column; null to leave it out */
    ContactTaskGrid(Clock clock, Map<Long, String> clientNames, Map<Long, String> advisorNames,
                    Consumer<ContactTask> onRecord) {
        super(ContactTask.class, false);
        this.clock = clock;
        setId("contact-task-grid");
        setEmptyStateText(getTranslation("service.none"));
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addComponentColumn(this::due).setHeader(getTranslation("request.col.due")).setAutoWidth(true)
                .setFlexGrow(0);
        addComponentColumn(t -> new Anchor("clients/" + t.clientId(),
                clientNames.getOrDefault(t.clientId(), String.valueOf(t.clientId()))))
                .setHeader(getTranslation("request.col.client")).setAutoWidth(true).setFlexGrow(0);
        if (advisorNames != null) {
            addColumn(t -> t.advisorId() == null ? "" : advisorNames.getOrDefault(t.advisorId(), ""))
                    .setHeader(getTranslation("request.col.advisor")).setAutoWidth(true).setFlexGrow(0);
        }
        addColumn(t -> BuiltInNames.of(this, t.planNameKey(), t.planName())).setKey("plan")
                .setHeader(getTranslation("contactTask.col.plan")).setWidth("12rem").setFlexGrow(1);
        addColumn(t -> t.lastContactAt() == null ? getTranslation("contactTask.never") : Formats.dateTime(t.lastContactAt()))
                .setHeader(getTranslation("contactTask.col.lastContact")).setAutoWidth(true).setFlexGrow(0);
        addColumn(ContactTask::attempts).setHeader(getTranslation("contactTask.col.attempts")).setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END).setFlexGrow(0);
        addComponentColumn(t -> {
            Button record = new Button(getTranslation("contactTask.record"), e -> onRecord.accept(t));
            record.setId("record-" + t.id());
            record.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            return record;
        }).setKey("actions").setHeader(getTranslation("request.col.actions")).setAutoWidth(true).setFlexGrow(0);
    }

    private Component due(ContactTask t) {
        Span due = new Span(Formats.dateTime(t.dueAt()));
        if (t.isOverdue(clock.instant())) {
            due.setText(Formats.dateTime(t.dueAt()) + " · " + getTranslation("request.overdue"));
            due.addClassNames("badge", "ratio-margin-call");
        }
        return due;
    }
}
