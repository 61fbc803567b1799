package com.marginportal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/** The link key comes from configuration only; production must supply it, development gets a random one. */
class AcknowledgementSecretTest {

    @Test
    void withoutAKeyDevelopmentGetsARandomOnePerStart() {
        byte[] first = NotificationConfiguration.secret(properties(null));
        byte[] second = NotificationConfiguration.secret(properties(" "));
        assertThat(first).hasSize(32);
        assertThat(second).hasSize(32).isNotEqualTo(first);
    }

    @Test
    void aConfiguredKeyIsUsedAndMustBeLongEnough() {
        String key = "k".repeat(40);
        assertThat(NotificationConfiguration.secret(properties(key))).isEqualTo(key.getBytes());
        assertThatThrownBy(() -> NotificationConfiguration.secret(properties("too-short")))
                .hasMessageContaining("at least 32 bytes");
        assertThatThrownBy(() -> NotificationConfiguration.secret(properties("${NOTICE_ACK_SECRET}")))
                .as("the mariadb profile without the variable").hasMessageContaining("set NOTICE_ACK_SECRET");
    }

    @Test
    void theProductionProfileRequiresTheKeyAndThePublicAddressFromTheEnvironment() throws Exception {
        PropertySource<?> mariadb = new YamlPropertySourceLoader()
                .load("mariadb", new ClassPathResource("application-mariadb.yml")).get(0);
        assertThat(mariadb.getProperty("portal.notification.ack-secret")).as("no default after a colon")
                .hasToString("${NOTICE_ACK_SECRET}");
        assertThat(mariadb.getProperty("portal.public-base-url")).hasToString("${PUBLIC_BASE_URL}");
        assertThatThrownBy(() -> new PublicLinkProperties("${PUBLIC_BASE_URL}"))
                .hasMessageContaining("PUBLIC_BASE_URL");
        assertThat(new PublicLinkProperties("https://portal.example.com/").publicBaseUrl())
                .isEqualTo("https://portal.example.com");
    }

    private static AcknowledgementProperties properties(String secret) {
        return new AcknowledgementProperties(secret, Duration.ofDays(7));
    }
}
