package com.marginportal.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * A composed notice: its Message-ID is the notice's own at every save, and it answers {@link #getSubject()} with
 * the subject as set. The SMTP transport reads the subject at every hand-over; JavaMail would decode the RFC 2047
 * header again, and each decode looks its decoder up with a ServiceLoader search of the whole class path (jakarta.mail
 * 2.1's StreamProvider.provider(): a quarter of the sending threads' CPU in the crash-day profile, with the encoders).
 */
final class OutgoingMessage extends MimeMessage {

    private static final String SUBJECT = "Subject";

    private final String messageId;
    private String subject; // as set by setSubject; null: read the header

    OutgoingMessage(Session session, String messageId) {
        super(session);
        this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
    }

    @Override
    public void setSubject(String subject, String charset) throws MessagingException {
        super.setSubject(subject, charset);
        this.subject = subject;
    }

    @Override
    public String getSubject() throws MessagingException {
        return subject != null ? subject : super.getSubject();
    }

    @Override
    public void setHeader(String name, String value) throws MessagingException {
        forgetSubjectIf(name);
        super.setHeader(name, value);
    }

    @Override
    public void addHeader(String name, String value) throws MessagingException {
        forgetSubjectIf(name);
        super.addHeader(name, value);
    }

    @Override
    public void removeHeader(String name) throws MessagingException {
        forgetSubjectIf(name);
        super.removeHeader(name);
    }

    private void forgetSubjectIf(String header) {
        if (SUBJECT.equalsIgnoreCase(header)) {
            subject = null;
        }
    }
}
