package com.marginportal.notification;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micrometer.core.instrument.Measurement;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An SMTP outage in the log: one WARN when it starts and one INFO when mail goes out again, however many
 * notices and dispatch runs it spans; the node's SMTP state and its outages as metrics.
 */
class SmtpOutageLogModuleIT extends NotificationModuleSupport {

    private static final Pattern NUMBER_OF_NOTICES = Pattern.compile("(\\d+) notice");

    @Autowired
    private MeterRegistry registry;

    private final Logger notificationLog = (Logger) LoggerFactory.getLogger("com.marginportal.notification");
    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();

    @BeforeEach
    void captureTheLog() {
        captured.start();
        notificationLog.addAppender(captured);
    }

    @AfterEach
    void stopCapturing() {
        notificationLog.detachAppender(captured);
        captured.stop();
        smtpUp();
    }

    @Test
    @WithUserDetails(value = ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void anOutageSpanningSeveralRunsAndNoticesIsOneWarningAndOneRecoveryLine() {
        String before = recipient();
        enqueue(before);
        dispatcher.dispatchDue(); // delivery works: what follows is an outage's start
        assertThat(messagesTo(before)).hasSize(1);
        double outagesBefore = meter("portal.notification.smtp.outages", 0);
        captured.list.clear();

        smtpDown();
        List<String> waiting = List.of(recipient(), recipient(), recipient());
        waiting.forEach(this::enqueue);
        dispatcher.dispatchDue();
        clock.advance(Duration.ofMinutes(1));
        dispatcher.dispatchDue();
        clock.advance(Duration.ofMinutes(2));
        dispatcher.dispatchDue(); // three notices, three runs: nine failed attempts

        assertThat(lines(Level.WARN)).as("warnings while SMTP is down").singleElement().satisfies(warning -> {
            assertThat(warning).contains("SMTP", "Connection refused");
            assertThat(numberOfNotices(warning)).as("notices waiting, in: " + warning).isGreaterThanOrEqualTo(3);
        });
        assertThat(meter("portal.notification.smtp.up", -1)).as("SMTP up gauge while down").isZero();
        assertThat(meter("portal.notification.smtp.outages", 0)).as("outages counted").isEqualTo(outagesBefore + 1);
        assertThat(lines(Level.INFO)).as("no recovery yet").noneMatch(line -> line.contains("SMTP"));

        smtpUp();
        clock.advance(Duration.ofMinutes(4)); // every notice due again: 7 minutes after the outage began
        dispatcher.dispatchDue();
        clock.advance(Duration.ofMinutes(10));
        dispatcher.dispatchDue();

        waiting.forEach(to -> assertThat(messagesTo(to)).as("sent to " + to).hasSize(1));
        assertThat(lines(Level.WARN)).as("still the one warning").hasSize(1);
        assertThat(lines(Level.INFO)).filteredOn(line -> line.contains("SMTP")).as("recovery lines").singleElement()
                .satisfies(recovery -> {
                    assertThat(recovery).contains("PT7M");
                    assertThat(numberOfNotices(recovery)).as("notices sent, in: " + recovery).isGreaterThanOrEqualTo(3);
                });
        assertThat(meter("portal.notification.smtp.up", -1)).as("SMTP up gauge after recovery").isOne();
        assertThat(meter("portal.notification.smtp.outages", 0)).as("one outage").isEqualTo(outagesBefore + 1);
    }

    private void enqueue(String to) {
        notifications.enqueueRiskNotice(request(NoticeType.MARGIN_CALL, unique(), null, to, null));
    }

    /**
     * Lines of exactly this level that this test's thread or this context's sending threads logged (another
     * context's dispatcher may log too).
     */
    private List<String> lines(Level level) {
        String thread = Thread.currentThread().getName();
        String senders = dispatcher.senderThreadPrefix();
        return captured.list.stream().filter(e -> e.getLevel() == level
                        && (thread.equals(e.getThreadName()) || e.getThreadName().startsWith(senders)))
                .map(ILoggingEvent::getFormattedMessage).toList();
    }

    private static int numberOfNotices(String line) {
        Matcher m = NUMBER_OF_NOTICES.matcher(line);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** The meter's first value, or {@code absent} when no such meter is registered. */
    private double meter(String name, double absent) {
        Meter meter = registry.find(name).meter();
        if (meter == null) {
            return absent;
        }
        for (Measurement m : meter.measure()) {
            return m.getValue();
        }
        return absent;
    }
}
