package com.marginportal.notification;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The sending threads themselves (the sending is covered by the delivery ITs). */
class NoticeSendersTest {

    @Test
    void sendingThreadsFindJavaMailsServicesThroughTheRememberingClassLoader() throws Exception {
        var properties = new NotificationProperties("noreply@marginportal.local", "融资融券风险提示", "Margin Risk Alerts",
                new NotificationProperties.Dispatch(false), Duration.ofSeconds(10), 50, 2, Duration.ofMinutes(1), 2,
                Duration.ofHours(2), 8, Duration.ofMinutes(10), Duration.ofSeconds(30));
        ClassLoader application = Thread.currentThread().getContextClassLoader();
        NoticeSenders senders = new NoticeSenders(null, null, null, null, properties, Clock.systemUTC());
        try {
            var done = senders.completions();
            done.submit(() -> {
                ClassLoader context = Thread.currentThread().getContextClassLoader();
                return context instanceof MailServiceLookups && context.getParent() == application ? 1 : 0;
            });
            assertThat(done.take().get()).isOne();
        } finally {
            senders.stop(Duration.ofSeconds(5));
        }
    }
}
