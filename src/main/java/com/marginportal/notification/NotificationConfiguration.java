package com.marginportal.notification;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Wiring of the notification feature. Scheduling is enabled here too, so dispatch does not hinge on another feature. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({NotificationProperties.class, AcknowledgementProperties.class,
        PublicLinkProperties.class})
@EnableScheduling
class NotificationConfiguration {

    private static final Logger log = LoggerFactory.getLogger(NotificationConfiguration.class);

    @Bean
    NoticeRenderer noticeRenderer(AcknowledgementProperties acknowledgement) {
        return new NoticeRenderer(acknowledgement.ackValidity());
    }

    @Bean
    AcknowledgementTokens acknowledgementTokens(AcknowledgementProperties properties, Clock clock) {
        return new AcknowledgementTokens(secret(properties), properties.ackValidity(), clock);
    }

    @Bean
    AcknowledgementLinks acknowledgementLinks(AcknowledgementTokens tokens, PublicLinkProperties links) {
        return new AcknowledgementLinks(tokens, links);
    }

    /**
     * The configured key; without one (development only: the mariadb profile requires NOTICE_ACK_SECRET) a random
     * key of this start, so no usable default ever exists in the code or the repository.
     */
    static byte[] secret(AcknowledgementProperties properties) {
        if (properties.hasSecret()) {
            if (properties.ackSecret().startsWith("${")) { // Boot leaves an unresolvable placeholder as it is
                throw new IllegalStateException("portal.notification.ack-secret is required: set NOTICE_ACK_SECRET");
            }
            byte[] key = properties.ackSecret().getBytes(StandardCharsets.UTF_8);
            if (key.length < 32) {
                throw new IllegalStateException("portal.notification.ack-secret must be at least 32 bytes long");
            }
            return key;
        }
        log.warn("portal.notification.ack-secret is not set: acknowledgement links are signed with a random key "
                + "of this start and stop working at restart and on other nodes. Set NOTICE_ACK_SECRET in production.");
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return random;
    }
}
