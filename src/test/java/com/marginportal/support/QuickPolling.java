package com.marginportal.support;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.awaitility.pollinterval.PollInterval;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Awaitility's defaults for every test (registered for all test classes by JUnit's extension auto-detection,
 * src/test/resources/junit-platform.properties): look at once, then after 10, 20, 40 and every 80 ms. The defaults
 * (first look after 100 ms, then every 100 ms) made every wait cost at least 100 ms, most of it sleeping, even when
 * the condition held at once or a moment later. Same timeouts, same conditions; a test that sets its own interval
 * keeps it.
 */
public final class QuickPolling implements BeforeAllCallback {

    static final Duration LONGEST = Duration.ofMillis(80);
    static final PollInterval DOUBLING_TO_80_MS = (pollCount, previous) -> pollCount <= 1 ? Duration.ofMillis(10)
            : previous.multipliedBy(2).compareTo(LONGEST) > 0 ? LONGEST : previous.multipliedBy(2);

    private static volatile boolean installed;

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!installed) {
            Awaitility.setDefaultPollDelay(Duration.ZERO);
            Awaitility.setDefaultPollInterval(DOUBLING_TO_80_MS);
            installed = true;
            System.out.println("[test] Awaitility: first look at once, then after 10, 20, 40 and every 80 ms");
        }
    }
}
