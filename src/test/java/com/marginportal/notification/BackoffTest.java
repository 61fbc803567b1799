package com.marginportal.notification;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackoffTest {

    @Test
    void doublesFromOneMinuteUpToTheCap() {
        Backoff backoff = new Backoff(Duration.ofMinutes(1), 2, Duration.ofMinutes(30));

        assertThat(backoff.after(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(backoff.after(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(backoff.after(5)).isEqualTo(Duration.ofMinutes(16));
        assertThat(backoff.after(6)).isEqualTo(Duration.ofMinutes(30));
        assertThat(backoff.after(1000)).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void rejectsAShrinkingBackoff() {
        assertThatThrownBy(() -> new Backoff(Duration.ofMinutes(1), 0.5, Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
