package com.marginportal.classification.ui;

import java.time.Duration;
import java.util.Optional;

import com.marginportal.classification.ClassificationRun;
import com.marginportal.classification.ClassificationRuns;
import com.marginportal.classification.RecalculationRunning;
import com.marginportal.shell.Formats;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;

/**
 * "Recalculate now" for admins: starts a full pass in the background and follows it by polling its run row once a
 * second (processed / total, share, who started it and when, ETA) — also a run another node or the nightly schedule
 * started. Below, the latest runs of any trigger.
 */
class RecalculationPanel extends VerticalLayout {

    static final int POLL_MILLIS = 1000;

    private final ClassificationRuns runs;
    private final Button start = new Button(getTranslation("recalc.start"));
    private final ProgressBar bar = new ProgressBar(0, 1);
    private final Span status = new Span();
    private final Grid<ClassificationRun> latest = new Grid<>();
    private Long following;
    private Registration polling;

    RecalculationPanel(ClassificationRuns runs) {
        this.runs = runs;
        setPadding(false);
        setId("recalc-panel");
        start.setId("recalc-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> start());
        bar.setId("recalc-progress");
        status.setId("recalc-status");
        latest.setId("recalc-runs");
        latest.setEmptyStateText(getTranslation("recalc.empty"));
        latest.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        latest.setAllRowsVisible(true);
        latest.addColumn(r -> Formats.dateTime(r.startedAt())).setHeader(getTranslation("recalc.col.started")).setAutoWidth(true);
        latest.addColumn(r -> getTranslation("recalc.trigger." + r.trigger().name())).setHeader(getTranslation("recalc.col.trigger"))
                .setAutoWidth(true);
        latest.addColumn(r -> getTranslation(r.fullPass() ? "recalc.scope.all" : "recalc.scope.some"))
                .setHeader(getTranslation("recalc.col.scope")).setAutoWidth(true);
        latest.addColumn(ClassificationRun::startedBy).setHeader(getTranslation("recalc.col.by")).setAutoWidth(true);
        latest.addColumn(r -> getTranslation("recalc.status." + r.status().name())).setHeader(getTranslation("recalc.col.status"))
                .setAutoWidth(true);
        latest.addColumn(r -> String.format("%,d / %,d", r.processed(), r.total())).setHeader(getTranslation("recalc.col.clients"))
                .setAutoWidth(true);
        latest.addColumn(r -> String.format("%,d", r.changed())).setHeader(getTranslation("recalc.col.changed")).setAutoWidth(true);
        latest.addColumn(r -> seconds(r.duration(runs.now()))).setHeader(getTranslation("recalc.col.duration")).setAutoWidth(true);
        add(new H3(getTranslation("recalc.title")), new Span(getTranslation("recalc.intro")), start, bar, status,
                new H3(getTranslation("recalc.latest")), latest);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        polling = event.getUI().addPollListener(e -> refresh());
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        polling.remove();
        event.getUI().setPollInterval(-1);
    }

    private void start() {
        try {
            following = runs.start().id();
            Notification.show(getTranslation("recalc.started"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_PRIMARY);
        } catch (RecalculationRunning e) {
            String who = e.running().map(r -> getTranslation("recalc.runningBy", r.startedBy(), Formats.dateTime(r.startedAt()),
                    r.percent())).orElse(getTranslation("recalc.runningElsewhere"));
            Notification.show(who, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_CONTRAST);
        }
        refresh();
    }

    /** Shows the run in progress (or the one this view started, once it ends) and the latest runs. */
    void refresh() {
        Optional<ClassificationRun> current = runs.current();
        current.ifPresentOrElse(this::show, this::idle);
        if (current.isEmpty() && following != null) {
            runs.find(following).ifPresent(this::announce);
            following = null;
        }
        latest.setItems(runs.latest(8));
        getUI().ifPresent(ui -> ui.setPollInterval(current.isPresent() ? POLL_MILLIS : -1));
    }

    private void show(ClassificationRun run) {
        start.setEnabled(false);
        bar.setVisible(true);
        bar.setIndeterminate(run.processed() == 0);
        bar.setValue(run.fraction());
        String eta = run.eta(runs.now()).map(d -> getTranslation("recalc.eta", seconds(d))).orElse("");
        status.setText(getTranslation("recalc.progress", String.format("%,d", run.processed()), String.format("%,d", run.total()),
                run.percent(), run.startedBy(), Formats.dateTime(run.startedAt()), getTranslation("recalc.trigger." + run.trigger().name()))
                + eta);
    }

    private void idle() {
        start.setEnabled(true);
        bar.setVisible(false);
        status.setText("");
    }

    private void announce(ClassificationRun run) {
        boolean ok = run.status() == ClassificationRun.Status.SUCCEEDED;
        String text = getTranslation(ok ? "recalc.done" : "recalc.failed", String.format("%,d", run.processed()),
                String.format("%,d", run.changed()), seconds(run.duration(runs.now())));
        Notification.show(text, 6000, Notification.Position.BOTTOM_START)
                .addThemeVariants(ok ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_ERROR);
        status.setText(text);
    }

    private static String seconds(Duration d) {
        return String.format("%.1f", d.toMillis() / 1000.0);
    }
}
