package com.marginportal.security.web;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordHashingTest {

    @Test
    void newHashesAreBcryptAtTheConfiguredCost() {
        assertThat(PasswordHashing.encoder(10).encode("demo123")).startsWith("{bcrypt}$2a$10$");
        assertThat(PasswordHashing.encoder(4).encode("demo123")).startsWith("{bcrypt}$2a$04$");
    }

    @Test
    void aHashIsCheckedAtItsOwnCostWhateverTheSetting() {
        PasswordEncoder cheap = PasswordHashing.encoder(4);
        String strong = PasswordHashing.encoder(10).encode("demo123");
        assertThat(cheap.matches("demo123", strong)).isTrue();
        assertThat(cheap.matches("demo124", strong)).isFalse();
    }

    @Test
    void hashesOfOtherAlgorithmsAreStillChecked() {
        PasswordEncoder encoder = PasswordHashing.encoder(4);
        assertThat(encoder.matches("demo123", "{noop}demo123")).isTrue();
        assertThat(encoder.matches("demo123", "{bcrypt}" + new BCryptPasswordEncoder(5).encode("demo123"))).isTrue();
        assertThat(encoder.matches("demo123", "{noop}other")).isFalse();
    }
}
