package com.marginportal.security.web;

import java.util.Map;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * New password hashes are BCrypt ({@code {bcrypt}…}) at the configured cost; a stored hash of any id Spring Security
 * knows is checked as before. The cost is configuration so that the test suite, which signs in hundreds of times,
 * can hash cheaply while production keeps (or raises) Spring Security's default of 10: a hash carries its own cost,
 * so changing the setting never invalidates a stored password.
 */
final class PasswordHashing {

    static final String BCRYPT = "bcrypt";

    private PasswordHashing() {
    }

    static PasswordEncoder encoder(int bcryptStrength) {
        DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder(BCRYPT,
                Map.of(BCRYPT, new BCryptPasswordEncoder(bcryptStrength)));
        encoder.setDefaultPasswordEncoderForMatches(PasswordEncoderFactories.createDelegatingPasswordEncoder());
        return encoder;
    }
}
