package com.marginportal.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Properties;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;

/** Composing a notice: the same message as ever, without the per-message costs the crash-day profile found. */
class NoticeMailerTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T08:00:00Z"), ZoneOffset.UTC);

    @Test
    void everyMessageSharesOneFileTypeMapInsteadOfLoadingTheMimeTypesAgain() throws Exception {
        Session session = Session.getInstance(new Properties());
        var first = NoticeMailer.helper(new MimeMessage(session));
        var second = NoticeMailer.helper(new MimeMessage(session));

        assertThat(first.getFileTypeMap()).isNotNull().isSameAs(second.getFileTypeMap());
        assertThat(first.getFileTypeMap().getContentType("report.pdf")).isEqualTo("application/pdf");
    }

    /** A client who reads English sees who writes in English too, not a Chinese sender beside an English subject. */
    @Test
    void theSendersNameIsInTheNoticesLanguage() throws Exception {
        NoticeMailer mailer = new NoticeMailer(new JavaMailSenderImpl(), properties(), CLOCK);

        MimeMessage english = mailer.compose(new OutboxStore.Outgoing(43, "client@example.com", "Wang Xiaoming", "en",
                "[Margin call]", "text", "<p>text</p>", 1, 0));
        MimeMessage chinese = mailer.compose(new OutboxStore.Outgoing(44, "client@example.cn", "王小明", "zh-CN",
                "【追加担保物通知】", "正文", "<p>正文</p>", 1, 0));

        assertThat(((InternetAddress) english.getFrom()[0]).getPersonal()).isEqualTo("Margin Risk Alerts");
        assertThat(((InternetAddress) chinese.getFrom()[0]).getPersonal()).isEqualTo("融资融券风险提示");
        assertThat(((InternetAddress) english.getFrom()[0]).getAddress()).isEqualTo("noreply@marginportal.local");
    }

    @Test
    void aComposedNoticeKeepsItsSenderNameIdsAndMultipartShape() throws Exception {
        NoticeMailer mailer = new NoticeMailer(new JavaMailSenderImpl(), properties(), CLOCK);
        var notice = new OutboxStore.Outgoing(42, "client@example.cn", "王小明", "zh-CN", "【追加担保物通知】", "正文", "<p>正文</p>", 1, 0);

        MimeMessage first = mailer.compose(notice);
        MimeMessage second = mailer.compose(notice);
        first.saveChanges();

        InternetAddress from = (InternetAddress) first.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo("noreply@marginportal.local");
        assertThat(from.getPersonal()).isEqualTo("融资融券风险提示");
        assertThat(second.getFrom()[0]).isEqualTo(from);
        assertThat(first.getMessageID()).isEqualTo("<notice-42@marginportal.local>");
        assertThat(first.getHeader(NoticeMailer.NOTICE_ID_HEADER)).containsExactly("42");
        assertThat(first.getSubject()).isEqualTo("【追加担保物通知】");
        MimeMultipart mixed = (MimeMultipart) first.getContent();
        assertThat(mixed.getContentType()).startsWith("multipart/mixed");
        MimeMultipart related = (MimeMultipart) mixed.getBodyPart(0).getContent();
        assertThat(related.getContentType()).startsWith("multipart/related");
        MimeMultipart alternative = (MimeMultipart) related.getBodyPart(0).getContent();
        assertThat(alternative.getContentType()).startsWith("multipart/alternative");
        assertThat(alternative.getBodyPart(0).getContent()).isEqualTo("正文");
        assertThat(alternative.getBodyPart(1).getContent()).isEqualTo("<p>正文</p>");
    }

    @Test
    void handingOverReadsTheSubjectBackWithoutLookingUpJavaMailsDecoderOnTheClassPath() throws Throwable {
        NoticeMailer mailer = new NoticeMailer(new JavaMailSenderImpl(), properties(), CLOCK);
        MimeMessage message = mailer.compose(new OutboxStore.Outgoing(7, "client@example.cn", "王小明", "zh-CN",
                "【追加担保物通知】账户 8800123", "正文", "<p>正文</p>", 1, 0));
        assertThat(message.getHeader("Subject", null)).startsWith("=?UTF-8?"); // encoded: decoding it is not free

        // the SMTP transport calls getSubject() at every hand-over; each decode did a ServiceLoader search
        assertThat(ServiceLookups.during(message::getSubject)).isZero();
        assertThat(message.getSubject()).isEqualTo("【追加担保物通知】账户 8800123");

        message.setHeader("Subject", "=?UTF-8?B?5paw?="); // set another way: read from the header again
        assertThat(message.getSubject()).isEqualTo("新");
        message.setSubject("再次", "UTF-8");
        assertThat(message.getSubject()).isEqualTo("再次");
        message.removeHeader("subject");
        assertThat(message.getSubject()).isNull();
    }

    @Test
    void onASendingThreadJavaMailSearchesTheClassPathForItsServicesOncePerNameNotPerMessage() throws Throwable {
        NoticeMailer mailer = new NoticeMailer(new JavaMailSenderImpl(), properties(), CLOCK);
        var notice = new OutboxStore.Outgoing(9, "client@example.cn", "王小明", "zh-CN", "【追加担保物通知】账户 8800123",
                "正文", "<p>正文</p>", 1, 0);
        ClassLoader application = Thread.currentThread().getContextClassLoader();
        java.io.ByteArrayOutputStream[] written = new java.io.ByteArrayOutputStream[3];

        int searches = ServiceLookups.under(application, counting -> new MailServiceLookups(counting), () -> {
            for (int i = 0; i < written.length; i++) {
                MimeMessage message = mailer.compose(notice);
                message.saveChanges();
                written[i] = new java.io.ByteArrayOutputStream();
                message.writeTo(written[i]);
            }
        });

        // each message encodes its subject, names and parts: 17 searches of every jar each, before
        assertThat(searches).isBetween(1, 2);
        MimeMessage read = new MimeMessage(null, new java.io.ByteArrayInputStream(written[2].toByteArray()));
        assertThat(read.getSubject()).isEqualTo("【追加担保物通知】账户 8800123");
        assertThat(read.getHeader(NoticeMailer.NOTICE_ID_HEADER)).containsExactly("9");
        assertThat(written[2].toString(java.nio.charset.StandardCharsets.US_ASCII)).contains("multipart/alternative");
    }

    /** Counts JavaMail's ServiceLoader searches (FactoryFinder asks the thread's context class loader first). */
    private static final class ServiceLookups extends ClassLoader {

        private final java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();

        private ServiceLookups(ClassLoader parent) {
            super(parent);
        }

        @Override
        public java.util.Enumeration<java.net.URL> getResources(String name) throws java.io.IOException {
            if (name.startsWith("META-INF/services/jakarta.mail")) {
                count.incrementAndGet();
            }
            return super.getResources(name);
        }

        static int during(org.assertj.core.api.ThrowableAssert.ThrowingCallable action) throws Throwable {
            return under(Thread.currentThread().getContextClassLoader(), counting -> counting, action);
        }

        /** The searches that reach {@code parent} while the thread runs with {@code context(counting parent)}. */
        static int under(ClassLoader parent, java.util.function.UnaryOperator<ClassLoader> context,
                         org.assertj.core.api.ThrowableAssert.ThrowingCallable action) throws Throwable {
            Thread thread = Thread.currentThread();
            ClassLoader before = thread.getContextClassLoader();
            ServiceLookups counting = new ServiceLookups(parent);
            thread.setContextClassLoader(context.apply(counting));
            try {
                action.call();
            } finally {
                thread.setContextClassLoader(before);
            }
            return counting.count.get();
        }
    }

    private static NotificationProperties properties() {
        return new NotificationProperties("noreply@marginportal.local", "融资融券风险提示", "Margin Risk Alerts",
                new NotificationProperties.Dispatch(true), Duration.ofSeconds(10), 50, 4, Duration.ofMinutes(1), 2,
                Duration.ofHours(2), 8, Duration.ofMinutes(10), Duration.ofSeconds(30));
    }
}
