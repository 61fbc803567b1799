package com.marginportal.service.ui;

import java.time.Clock;
import java.util.Map;

import com.marginportal.service.ServiceRequest;
import com.marginportal.shell.ClampedText;
import com.marginportal.shell.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * Service requests with their due time (overdue marked) and the actions their status allows; a closed request shows
 * its satisfaction and no action (read-only).
 */
class RequestGrid extends Grid<ServiceRequest> {

    private final transient Clock clock;
    private final transient RequestCommands commands;

    /**
     * @param clientNames  client names for the client column; null for a grid of one client's requests
     * @param advisorNames advisor names for the responsible advisor's column; null to leave it out
     */
    RequestGrid(String id, Clock clock, RequestCommands commands, Map<Long, String> clientNames,
                Map<Long, String> advisorNames) {
        super(ServiceRequest.class, false);
        this.clock = clock;
        this.commands = commands;
        setId(id);
        setEmptyStateText(getTranslation("service.none"));
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addComponentColumn(this::due).setHeader(getTranslation("request.col.due")).setAutoWidth(true).setFlexGrow(0);
        addColumn(r -> "#" + r.id()).setHeader(getTranslation("request.col.number")).setAutoWidth(true).setFlexGrow(0);
        if (clientNames != null) {
            addComponentColumn(r -> new Anchor("clients/" + r.clientId(),
                    clientNames.getOrDefault(r.clientId(), String.valueOf(r.clientId()))))
                    .setHeader(getTranslation("request.col.client")).setAutoWidth(true).setFlexGrow(0);
        }
        addColumn(r -> getTranslation("requestType." + r.type().name())).setHeader(getTranslation("request.col.type"))
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(r -> getTranslation("channel." + r.channel().name())).setHeader(getTranslation("request.col.channel"))
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(r -> getTranslation("requestStatus." + r.status().name())).setHeader(getTranslation("request.col.status"))
                .setAutoWidth(true).setFlexGrow(0);
        if (advisorNames != null) {
            addColumn(r -> r.advisorId() == null ? "" : advisorNames.getOrDefault(r.advisorId(), ""))
                    .setHeader(getTranslation("request.col.advisor")).setAutoWidth(true).setFlexGrow(0);
        }
        addComponentColumn(r -> new ClampedText(r.content())).setHeader(getTranslation("request.col.content")).setFlexGrow(3);
        addColumn(r -> r.satisfaction() == null ? "" : getTranslation("satisfaction." + r.satisfaction()))
                .setHeader(getTranslation("request.col.satisfaction")).setAutoWidth(true).setFlexGrow(0);
        addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("request.col.actions"))
                .setAutoWidth(true).setFlexGrow(0);
    }

    private Component due(ServiceRequest r) {
        Span due = new Span(Formats.dateTime(r.dueAt()));
        if (r.isOverdue(clock.instant())) {
            due.setText(Formats.dateTime(r.dueAt()) + " · " + getTranslation("request.overdue"));
            due.addClassNames("badge", "ratio-margin-call");
        }
        return due;
    }

    private Component actions(ServiceRequest r) {
        if (r.status().isClosed()) {
            Span closed = new Span(getTranslation("request.readOnly"));
            closed.addClassName("muted");
            return closed;
        }
        HorizontalLayout actions = new HorizontalLayout();
        if (r.status() == com.marginportal.service.domain.RequestStatus.OPEN) {
            actions.add(button("request.start", "start-" + r.id(), () -> commands.start(r), false));
        }
        actions.add(button("request.close", "close-" + r.id(), () -> commands.close(r), true));
        return actions;
    }

    private Button button(String key, String id, Runnable action, boolean primary) {
        Button b = new Button(getTranslation(key), e -> action.run());
        b.setId(id);
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, primary ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
        return b;
    }
}
