package com.marginportal.notification;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.marginportal.support.ClientFixture;
import com.marginportal.support.ModuleSlice;
import com.marginportal.support.StaffFixture;
import com.marginportal.support.TestSmtp;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the notification module's slices: the module with the modules it uses, the run's GreenMail SMTP server
 * ({@link TestSmtp}, sessions counted), the dispatcher called by the tests, the application's clock frozen for each
 * test and moved by it; the helpers are NotificationTestSupport's (the base of the module's tests that cross modules
 * and stay on the whole application). The people are the slices' own, made once per schema under fixed names for
 * {@code @WithUserDetails(value = …, setupBefore = TEST_EXECUTION)}: a manager, an advisor and the client they hold in
 * one branch, a manager of another branch, an administrator.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, verifyAutomatically = false)
abstract class NotificationModuleSupport extends ModuleSlice {

    static final String ADMIN = "notice-admin";
    static final String MANAGER = "notice-manager";
    static final String OTHER_MANAGER = "notice-manager-elsewhere";
    static final String ADVISOR = "notice-advisor";

    /** The branch of MANAGER and ADVISOR, and ADVISOR's client. */
    record People(long branch, long client) {
    }

    private static People people;

    final TestTime clock = new TestTime();
    @Autowired
    NotificationService notifications;
    @Autowired
    NoticeDispatcher dispatcher;
    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        TestSmtp.registerCounted(registry);
    }

    @BeforeEach
    void peopleAndTimeWithSmtpUp() {
        people();
        clock.set(Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.MILLIS));
        smtpUp();
    }

    @AfterEach
    void backToRealTime() {
        clock.release();
    }

    People people() {
        synchronized (NotificationModuleSupport.class) {
            if (people == null) {
                StaffFixture staff = new StaffFixture(jdbc);
                StaffFixture.Branch branch = staff.branch(0);
                staff.named(MANAGER, "MANAGER", branch.id());
                staff.named(ADVISOR, "ADVISOR", branch.id());
                staff.named(OTHER_MANAGER, "MANAGER", staff.branch(0).id());
                staff.admin(ADMIN);
                people = new People(branch.id(), new ClientFixture(jdbc).client(branch.id(), ADVISOR));
            }
            return people;
        }
    }

    /** A request of this type for the people's client, in their branch. */
    RiskNoticeRequest request(NoticeType type, long caseId, String language, String email, String dedupKey) {
        return NoticeRequests.of(type, caseId, people().client(), people().branch(), language, email, dedupKey);
    }

    static long unique() {
        return NotificationTestSupport.unique();
    }

    static String recipient() {
        return NotificationTestSupport.recipient();
    }

    static void smtpDown() {
        NotificationTestSupport.smtpDown();
    }

    static void smtpUp() {
        NotificationTestSupport.smtpUp();
    }

    static List<MimeMessage> messagesTo(String address) {
        return NotificationTestSupport.messagesTo(address);
    }

    static String part(MimeMessage message, String mimeType) throws MessagingException, IOException {
        return NotificationTestSupport.part(message, mimeType);
    }
}
