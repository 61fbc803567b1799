package com.marginportal.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@code portal.sign-in.*} and {@code portal.admin.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({SignInProperties.class, FirstAdministratorProperties.class})
class SignInConfiguration {
}
