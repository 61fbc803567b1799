package com.marginportal.notification;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Properties;

import jakarta.activation.FileTypeMap;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import com.marginportal.security.PlainText;

import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.ConfigurableMimeFileTypeMap;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Composes a notice as an e-mail (UTF-8, a plain-text part with an HTML alternative) and opens SMTP sessions to
 * hand them over, many messages per session ({@link SmtpConnection}).
 */
@Component
class NoticeMailer {

    /** Lets a recipient's mail system (or support staff) tie a message to its row in the delivery log. */
    static final String NOTICE_ID_HEADER = "X-Portal-Notice-Id";

    private static final String[] TIMEOUTS = {"mail.smtp.connectiontimeout", "mail.smtp.timeout", "mail.smtp.writetimeout"};

    private final JavaMailSenderImpl sender;
    private final Clock clock;
    private final String messageIdDomain;
    private final InternetAddress from;
    private final InternetAddress fromInEnglish;

    NoticeMailer(JavaMailSender sender, NotificationProperties properties, Clock clock) {
        if (!(sender instanceof JavaMailSenderImpl impl)) {
            throw new IllegalStateException("notices need Spring's JavaMailSenderImpl (spring.mail.*), not " + sender.getClass());
        }
        this.sender = impl;
        this.clock = clock;
        String from = properties.from();
        this.messageIdDomain = from.contains("@") ? from.substring(from.lastIndexOf('@') + 1) : "marginportal.local";
        applyTimeouts(impl, properties);
        try { // encoded once (RFC 2047 for the Chinese name), not per message; only read afterwards
            this.from = new InternetAddress(from, properties.fromName(), StandardCharsets.UTF_8.name());
            this.fromInEnglish = new InternetAddress(from, properties.fromNameEn(), StandardCharsets.UTF_8.name());
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is not available", e);
        }
    }

    /** A new SMTP session (connected on its first message); close it when done. */
    SmtpConnection connection() {
        return new SmtpConnection(sender);
    }

    /**
     * The notice as a message; a MailPreparationException when it cannot be composed. Its Message-ID is the
     * notice's own ({@code <notice-42@domain>}), the same at every attempt: if a node dies between the server's
     * acceptance and the SENT update and the notice goes out again, the recipient's mail system sees the same
     * message twice, not two messages (see {@link NoticeDispatcher}).
     */
    MimeMessage compose(OutboxStore.Outgoing notice) {
        String messageId = "<notice-" + notice.id() + "@" + messageIdDomain + ">";
        MimeMessage message = new OutgoingMessage(sender.getSession(), messageId);
        try {
            MimeMessageHelper helper = helper(message);
            helper.setFrom(NoticeLanguage.of(notice.language()) == NoticeLanguage.EN ? fromInEnglish : from);
            helper.setTo(new InternetAddress(notice.recipient(), notice.recipientName(), StandardCharsets.UTF_8.name()));
            // last line of defence against header injection: the fields were checked when the notice was requested
            PlainText.requireSingleLine("recipientName", notice.recipientName());
            PlainText.requireSingleLine("subject", notice.subject());
            helper.setSubject(notice.subject());
            helper.setText(notice.text(), notice.html());
            helper.setSentDate(Date.from(clock.instant()));
            message.setHeader(NOTICE_ID_HEADER, Long.toString(notice.id()));
        } catch (MessagingException | UnsupportedEncodingException | IllegalArgumentException e) {
            throw new MailPreparationException("notice " + notice.id() + " cannot be composed: " + e.getMessage(), e);
        }
        return message;
    }

    /** A multipart (mixed/related/alternative) UTF-8 helper for one message. */
    static MimeMessageHelper helper(MimeMessage message) throws MessagingException {
        return new SharedTypesHelper(message);
    }

    /**
     * Spring's helper, but with one file type map for all messages. For a message not made by
     * JavaMailSenderImpl.createMimeMessage() (ours keep their own Message-ID) the plain helper builds a new map per
     * message, reading mime.types and searching the whole class path for META-INF/mime.types: 43 % of the sending
     * threads' CPU in the crash-day profile. The map only names attachments' types (notices have none) and is
     * thread-safe.
     */
    private static final class SharedTypesHelper extends MimeMessageHelper {

        private static final FileTypeMap TYPES = types();

        SharedTypesHelper(MimeMessage message) throws MessagingException {
            super(message, true, StandardCharsets.UTF_8.name());
        }

        @Override
        protected FileTypeMap getDefaultFileTypeMap(MimeMessage mimeMessage) {
            return TYPES; // called from the constructor: a static, already there
        }

        private static FileTypeMap types() {
            ConfigurableMimeFileTypeMap types = new ConfigurableMimeFileTypeMap();
            types.afterPropertiesSet();
            return types;
        }
    }

    /**
     * JavaMail waits forever by default; a hung server would hold a claim past its timeout and risk a resend.
     * And TCP_NODELAY, unless spring.mail.properties names a socket factory of its own.
     */
    private static void applyTimeouts(JavaMailSenderImpl impl, NotificationProperties properties) {
        Properties mail = impl.getJavaMailProperties();
        String millis = Long.toString(properties.smtpTimeout().toMillis());
        for (String key : TIMEOUTS) {
            mail.putIfAbsent(key, millis);
        }
        if (!mail.containsKey(NoDelaySocketFactory.PROPERTY) && !mail.containsKey(NoDelaySocketFactory.PROPERTY + ".class")) {
            mail.put(NoDelaySocketFactory.PROPERTY, new NoDelaySocketFactory());
        }
        impl.setJavaMailProperties(mail); // resets a session created before
    }
}
