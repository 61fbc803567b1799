package com.marginportal.notification;

import java.net.ConnectException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import jakarta.mail.MessagingException;

import org.junit.jupiter.api.Test;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;

import static org.assertj.core.api.Assertions.assertThat;

class SmtpStatusTest {

    @Test
    void anUnreachableServerOrAFailedLoginIsAnOutageAMessageItCannotTakeIsNot() {
        assertThat(SmtpStatus.isConnectionFailure(new MailSendException("Mail server connection failed",
                new MessagingException("Couldn't connect to host", new ConnectException("Connection refused"))))).isTrue();
        assertThat(SmtpStatus.isConnectionFailure(new MailAuthenticationException("535 bad credentials"))).isTrue();
        assertThat(SmtpStatus.isConnectionFailure(new MailPreparationException("notice 1 cannot be composed"))).isFalse();
        assertThat(SmtpStatus.isConnectionFailure(new MailSendException("Failed messages: 550 no such user",
                new MessagingException("550 no such user")))).isFalse();
    }

    @Test
    void upUntilAConnectionFailsAndAgainAfterADeliveryCountingOutages() {
        SmtpStatus smtp = new SmtpStatus(Clock.fixed(Instant.parse("2026-12-05T10:00:00Z"), ZoneOffset.UTC));
        RuntimeException refused = new MailSendException("Mail server connection failed", new ConnectException("refused"));
        assertThat(smtp.up()).isTrue();

        smtp.failed(new MailPreparationException("bad"), "bad", () -> 1);
        assertThat(smtp.up()).as("a message that cannot be composed says nothing about the server").isTrue();

        smtp.failed(refused, "refused", () -> 3);
        smtp.failed(refused, "refused", () -> 3);
        smtp.runEnded();
        assertThat(smtp.up()).isFalse();
        assertThat(smtp.outages()).isOne();

        smtp.delivered();
        smtp.runEnded();
        assertThat(smtp.up()).isTrue();
        smtp.failed(refused, "refused", () -> 3);
        assertThat(smtp.outages()).isEqualTo(2);
    }
}
