package com.marginportal.notification;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.marginportal.support.IntegrationTest;
import com.marginportal.support.MimeParts;
import com.marginportal.support.TestSmtp;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the notification ITs: the whole application (one Spring context for all of them) sending to one
 * in-JVM GreenMail SMTP server, with a clock the tests move and the scheduled dispatcher off (tests call
 * dispatchDue() themselves).
 * <p>
 * Each test starts 30 days ahead of the wall clock: the dispatcher of another test context sharing the schema
 * runs on real time and so never finds these notices due. Recipients are unique per test, since GreenMail
 * keeps every message of the run.
 * <p>
 * This is a second application context beside {@link IntegrationTest}'s, on the same schema. Two of its global
 * side effects are contained here: Vaadin's security configuration installs its context-holder strategy into
 * the static {@link SecurityContextHolder} (restored after each class, or the other context's tests would read
 * an empty user), and Flowable's async executor is off so this context never runs other tests' jobs.
 */
@Import(NotificationTestSupport.TestClock.class)
abstract class NotificationTestSupport extends IntegrationTest {

    private static SecurityContextHolderStrategy strategyBefore;
    private static final AtomicLong NEXT = new AtomicLong(1);

    @Autowired
    MutableClock clock;
    @Autowired
    NotificationService notifications;
    @Autowired
    NoticeDispatcher dispatcher;
    @Autowired
    private SecurityContextHolderStrategy securityStrategy;

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("portal.notification.dispatch.enabled", () -> "false");
        registry.add("flowable.async-executor-activate", () -> "false");
        registry.add("spring.mail.properties.mail.smtp.socketFactory.class", CountingSocketFactory.class::getName);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class TestClock {
        @Bean
        @Primary
        MutableClock notificationTestClock() {
            return new MutableClock(Instant.now().truncatedTo(ChronoUnit.MILLIS), ZoneId.of("Asia/Shanghai"));
        }
    }

    @BeforeAll
    static void rememberSecurityStrategy() {
        strategyBefore = SecurityContextHolder.getContextHolderStrategy();
    }

    @AfterAll
    static void restoreSecurityStrategy() {
        SecurityContextHolder.setContextHolderStrategy(strategyBefore);
    }

    @BeforeEach
    void startAheadOfTheWallClockWithSmtpUp() {
        SecurityContextHolder.setContextHolderStrategy(securityStrategy); // where @WithUserDetails put the user

        clock.set(Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.MILLIS));
        smtpUp();
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
