package com.marginportal.notification;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.marginportal.support.IntegrationTest;
import com.marginportal.support.MimeParts;
import com.marginportal.support.TestSmtp;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Base of the notification ITs: the shared application context of {@link IntegrationTest} (the scheduled
 * dispatcher is off there: tests call dispatchDue() themselves), sending to the run's GreenMail SMTP server
 * ({@link TestSmtp}), with the application's clock frozen for each test and moved by it.
 * <p>
 * Each test starts 30 days ahead of the wall clock, past the times other tests (some move the clock days ahead)
 * wrote into the shared schema, and goes back to real time after. Recipients are unique per test, since
 * GreenMail keeps every message of the run. The SMTP sessions are counted ({@link CountingSocketFactory}, set in
 * {@link IntegrationTest}).
 */
abstract class NotificationTestSupport extends IntegrationTest {

    private static final AtomicLong NEXT = new AtomicLong(1);

    final TestTime clock = new TestTime();
    @Autowired
    NotificationService notifications;
    @Autowired
    NoticeDispatcher dispatcher;

    @BeforeEach
    void startAheadOfTheWallClockWithSmtpUp() {
        clock.set(Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.MILLIS));
        smtpUp();
    }

    @AfterEach
    void backToRealTime() {
        clock.release();
    }

    /** A number no other test of this run uses: case ids, client ids, recipients. */
    static long unique() {
        return 80_000_000L + NEXT.getAndIncrement();
    }

    static String recipient() {
        return "client" + unique() + "@example.com";
    }

    static void smtpDown() {
        TestSmtp.down();
    }

    static void smtpUp() {
        TestSmtp.up();
    }

    /** Every message GreenMail received for this address. */
    static List<MimeMessage> messagesTo(String address) {
        return TestSmtp.messagesTo(address);
    }

    /** The decoded part, with SMTP's CRLF line ends turned back into the LF the templates produce. */
    static String part(MimeMessage message, String mimeType) throws MessagingException, IOException {
        String content = MimeParts.find(message, mimeType);
        return content == null ? null : content.replace("\r\n", "\n");
    }
}
