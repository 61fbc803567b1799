package com.marginportal.notification;

import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * One SMTP session that sends many messages (no TCP and EHLO handshake per message). It reconnects on the next
 * message after a failure. Errors come as Spring's MailExceptions, worded as JavaMailSenderImpl words them, so
 * the delivery log and {@link SmtpStatus} read them as before. Not thread-safe: one sending thread at a time.
 */
final class SmtpConnection implements AutoCloseable {

    /** JavaMailSenderImpl's wording, which {@link SmtpStatus#isConnectionFailure} recognises. */
    static final String CONNECTION_FAILED = "Mail server connection failed";

    private final JavaMailSenderImpl sender;
    private Transport transport;
    private boolean checkBeforeUse;

    SmtpConnection(JavaMailSenderImpl sender) {
        this.sender = sender;
    }

    /**
     * Hands one message over; returns when the server accepted it (250 after DATA). A connection failure is a
     * {@link Failure} with {@code connect} true: the server could not be reached at all, so the caller can give
     * the rest of its batch the same outcome instead of trying each one.
     */
    void send(MimeMessage message) {
        connectIfNeeded();
        try {
            String messageId = message.getMessageID();
            message.saveChanges();
            if (messageId != null) { // saveChanges() makes up a new one: keep ours (as JavaMailSenderImpl does)
                message.setHeader("Message-ID", messageId);
            }
            Address[] to = message.getAllRecipients();
            transport.sendMessage(message, to == null ? new Address[0] : to);
        } catch (MessagingException | RuntimeException e) {
            closeQuietly(); // whatever state the session is in now, the next message starts a fresh one
            throw new Failure(new MailSendException("Failed to send message: " + e.getMessage(), e), false);
        }
    }

    /** Before a batch on a connection that sat idle: one NOOP, so a connection the server dropped is replaced. */
    void checkBeforeNextUse() {
        checkBeforeUse = true;
    }

    private void connectIfNeeded() {
        if (transport != null && checkBeforeUse && !transport.isConnected()) {
            closeQuietly();
        }
        checkBeforeUse = false;
        if (transport != null) {
            return;
        }
        try {
            Transport t = sender.getSession().getTransport(sender.getProtocol() == null ? "smtp" : sender.getProtocol());
            String user = sender.getUsername();
            String password = sender.getPassword();
            if ("".equals(user)) { // spring.mail.username: ${SMTP_USER:} means no login (as JavaMailSenderImpl reads it)
                user = null;
                password = "".equals(password) ? null : password;
            }
            t.connect(sender.getHost(), sender.getPort(), user, password);
            transport = t;
        } catch (AuthenticationFailedException e) {
            throw new Failure(new MailAuthenticationException(e), true);
        } catch (MessagingException | RuntimeException e) {
            throw new Failure(new MailSendException(CONNECTION_FAILED, e), true);
        }
    }

    @Override
    public void close() {
        closeQuietly();
    }

    private void closeQuietly() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException | RuntimeException ignored) {
                // the server is gone or the session broken: nothing left to close cleanly
            }
            transport = null;
        }
    }

    /** A hand-over that failed; {@code connect} when no session could be opened. */
    static final class Failure extends RuntimeException {

        private final boolean connect;

        Failure(MailException cause, boolean connect) {
            super(cause.getMessage(), cause);
            this.connect = connect;
        }

        MailException mailException() {
            return (MailException) getCause();
        }

        boolean connect() {
            return connect;
        }
    }
}
