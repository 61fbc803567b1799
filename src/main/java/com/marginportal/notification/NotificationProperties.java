package com.marginportal.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of notice delivery ({@code portal.notification.*}); the SMTP server itself is {@code spring.mail.*}.
 *
 * @param fromName       the sender's name on notices in Chinese; {@code fromNameEn} on those in English
 * @param dispatchDelay  pause between two dispatch runs of this node while nothing is due (a notice written on this
 *                       node wakes its dispatcher at once; a run goes on while work is due)
 * @param batchSize      most notices one sending thread claims at once (one UPDATE) and sends over one SMTP session
 * @param senders        threads that hand notices to the SMTP server, each with its own session
 * @param initialBackoff wait after the first failed attempt; each further failure multiplies it by backoffFactor
 * @param maxAttempts    attempts before a notice becomes FAILED (per series: a manual retry starts a new one)
 * @param claimTimeout   a notice still SENDING after this (its node died mid-send) is released for another try
 * @param smtpTimeout    connect/read/write timeout for the mail server, unless spring.mail.properties sets them
 */
@ConfigurationProperties("portal.notification")
public record NotificationProperties(@DefaultValue("noreply@marginportal.local") String from,
                                     @DefaultValue("融资融券风险提示") String fromName,
                                     @DefaultValue("Margin Risk Alerts") String fromNameEn,
                                     @DefaultValue Dispatch dispatch,
                                     @DefaultValue("PT10S") Duration dispatchDelay,
                                     @DefaultValue("50") int batchSize,
                                     @DefaultValue("4") int senders,
                                     @DefaultValue("PT1M") Duration initialBackoff,
                                     @DefaultValue("2") double backoffFactor,
                                     @DefaultValue("PT2H") Duration maxBackoff,
                                     @DefaultValue("8") int maxAttempts,
                                     @DefaultValue("PT10M") Duration claimTimeout,
                                     @DefaultValue("PT30S") Duration smtpTimeout) {

    public NotificationProperties {
        if (batchSize < 1 || maxAttempts < 1 || senders < 1) {
            throw new IllegalArgumentException("portal.notification.batch-size, senders and max-attempts must be at least 1");
        }
        if (claimTimeout.compareTo(smtpTimeout.multipliedBy(3)) <= 0) {
            // a live send (connect + write + read) must never outlast its claim, or it could be sent twice; a batch
            // stops handing over (and gives the rest back) when less than that is left of its claim
            throw new IllegalArgumentException("portal.notification.claim-timeout must exceed 3 × smtp-timeout");
        }
    }

    /** @param enabled whether this node dispatches on a schedule (tests call dispatchDue() themselves) */
    public record Dispatch(@DefaultValue("true") boolean enabled) {
    }

    Backoff backoff() {
        return new Backoff(initialBackoff, backoffFactor, maxBackoff);
    }
}
