package com.marginportal.security.ldap;

import com.marginportal.security.DirectorySignIn;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Profile {@code ldap}: sign-in through the directory. The login form and HTTP Basic keep their one
 * AuthenticationProvider (security.GuardedAuthenticationProvider: guard, channel rules, audit); it sends the
 * password to this directory for everyone but the local accounts. Without the profile nothing here exists and
 * local accounts sign in as before.
 */
@Configuration(proxyBeanMethods = false)
@Profile("ldap")
@EnableConfigurationProperties(DirectoryProperties.class)
class LdapSignInConfiguration {

    @Bean
    DirectorySignIn directorySignIn(DirectoryProperties properties) {
        return LdapDirectory.create(properties);
    }
}
