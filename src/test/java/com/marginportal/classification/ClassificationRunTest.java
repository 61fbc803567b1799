package com.marginportal.classification;

import java.time.Duration;
import java.time.Instant;

import com.marginportal.classification.ClassificationRun.Status;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A run's progress as the settings view shows it: share done and the time still needed. */
class ClassificationRunTest {

    private static final Instant START = Instant.parse("2026-11-26T07:30:00Z");

    @Test
    void progressAndEtaFollowTheRateSoFar() {
        ClassificationRun run = run(Status.RUNNING, 100_000, 25_000, null);
        assertThat(run.percent()).isEqualTo(25);
        assertThat(run.fraction()).isEqualTo(0.25);
        // 25,000 in 10 s: 75,000 more take 30 s
        assertThat(run.eta(START.plusSeconds(10))).contains(Duration.ofSeconds(30));
        assertThat(run.duration(START.plusSeconds(10))).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void noEtaBeforeTheFirstChunkOrOnceFinished() {
        assertThat(run(Status.RUNNING, 100_000, 0, null).eta(START.plusSeconds(3))).isEmpty();
        assertThat(run(Status.RUNNING, 100_000, 0, null).percent()).isZero();
        ClassificationRun done = run(Status.SUCCEEDED, 100_000, 100_000, START.plusSeconds(42));
        assertThat(done.eta(START.plusSeconds(50))).isEmpty();
        assertThat(done.percent()).isEqualTo(100);
        assertThat(done.duration(START.plusSeconds(99))).isEqualTo(Duration.ofSeconds(42));
        assertThat(run(Status.SUCCEEDED, 0, 0, START).fraction()).isEqualTo(1.0);
    }

    private static ClassificationRun run(Status status, int total, int processed, Instant finished) {
        return new ClassificationRun(1, RunTrigger.MANUAL, true, status, "admin", START, START, finished, total,
                processed, 0, null);
    }
}
