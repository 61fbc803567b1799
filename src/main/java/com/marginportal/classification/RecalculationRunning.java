package com.marginportal.classification;

import java.util.Optional;

/** A full recalculation was asked for while another one runs (on this node or another). */
public class RecalculationRunning extends RuntimeException {

    private final transient ClassificationRun running;

    RecalculationRunning(ClassificationRun running) {
        super("a classification recalculation is already running");
        this.running = running;
    }

    /** The run in progress, when its row is known (another node may hold the lock before writing it). */
    public Optional<ClassificationRun> running() {
        return Optional.ofNullable(running);
    }
}
