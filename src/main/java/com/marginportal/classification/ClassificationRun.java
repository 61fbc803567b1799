package com.marginportal.classification;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One classification pass as recorded in {@code classification_run}: who or what started it, how far it got
 * ({@code processed} of {@code total} clients) and how many clients changed class.
 */
public record ClassificationRun(long id, RunTrigger trigger, boolean fullPass, Status status, String startedBy,
                                Instant startedAt, Instant updatedAt, Instant finishedAt, int total, int processed,
                                int changed, String detail) {

    public enum Status { RUNNING, SUCCEEDED, FAILED, ABANDONED }

    public boolean running() {
        return status == Status.RUNNING;
    }

    /** Share done, 0..1 (1 when finished or when there is nothing to do). */
    public double fraction() {
        if (!running() || total <= 0) {
            return running() ? 0 : 1;
        }
        return Math.min(1.0, processed / (double) total);
    }

    public int percent() {
        return (int) Math.floor(fraction() * 100);
    }

    /** Time still needed at the rate so far; empty before the first chunk is done or once finished. */
    public Optional<Duration> eta(Instant now) {
        if (!running() || processed <= 0 || total <= processed) {
            return Optional.empty();
        }
        long elapsed = Math.max(0, Duration.between(startedAt, now).toMillis());
        return Optional.of(Duration.ofMillis(Math.round(elapsed * (double) (total - processed) / processed)));
    }

    /** From start to finish, or to {@code now} while it runs. */
    public Duration duration(Instant now) {
        return Duration.between(startedAt, finishedAt == null ? now : finishedAt);
    }
}
