package com.marginportal.notification;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import com.marginportal.security.PlainText;

import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Hands one notice to the SMTP server: UTF-8, a plain-text part with an HTML alternative. */
@Component
class NoticeMailer {

    /** Lets a recipient's mail system (or support staff) tie a message to its row in the delivery log. */
    static final String NOTICE_ID_HEADER = "X-Portal-Notice-Id";

    private static final String[] TIMEOUTS = {"mail.smtp.connectiontimeout", "mail.smtp.timeout", "mail.smtp.writetimeout"};

    private final JavaMailSender sender;
    private final NotificationProperties properties;
    private final Clock clock;

    NoticeMailer(JavaMailSender sender, NotificationProperties properties, Clock clock) {
        this.sender = sender;
        this.properties = properties;
        this.clock = clock;
        applyTimeouts(sender, properties);
    }

    /** Throws a MailException when the server is unreachable or refuses the message. */
    void send(OutboxStore.Outgoing notice) {
        MimeMessage message = sender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(new InternetAddress(properties.from(), properties.fromName(), StandardCharsets.UTF_8.name()));
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
        sender.send(message);
    }

    /** JavaMail waits forever by default; a hung server would hold a claim past its timeout and risk a resend. */
    private static void applyTimeouts(JavaMailSender sender, NotificationProperties properties) {
        if (sender instanceof JavaMailSenderImpl impl) {
            Properties mail = impl.getJavaMailProperties();
            String millis = Long.toString(properties.smtpTimeout().toMillis());
            for (String key : TIMEOUTS) {
                mail.putIfAbsent(key, millis);
            }
            impl.setJavaMailProperties(mail); // resets a session created before
        }
    }
}
