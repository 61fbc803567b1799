package com.marginportal.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where clients reach the portal's public pages from outside ({@code portal.public-base-url}), e.g.
 * {@code https://portal.example-broker.com}; links in e-mails start with it.
 */
@ConfigurationProperties("portal")
public record PublicLinkProperties(@DefaultValue("http://localhost:8080") String publicBaseUrl) {

    public PublicLinkProperties {
        if (publicBaseUrl == null || !publicBaseUrl.matches("https?://[^\\s\"'<>{}]+")) {
            // also an unresolved ${PUBLIC_BASE_URL} of the mariadb profile, where the variable is required
            throw new IllegalArgumentException("portal.public-base-url (PUBLIC_BASE_URL) must be an http(s) URL: "
                    + publicBaseUrl);
        }
        publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
    }
}
