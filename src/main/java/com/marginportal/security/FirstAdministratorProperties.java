package com.marginportal.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator of an empty database ({@code portal.admin.user} / {@code portal.admin.password}, i.e.
 * PORTAL_ADMIN_USER / PORTAL_ADMIN_PASSWORD): read at start-up, used only while no administrator exists.
 */
@ConfigurationProperties("portal.admin")
public record FirstAdministratorProperties(String user, String password) {

    @Override
    public String toString() {
        return "FirstAdministratorProperties[" + user + "]";
    }
}
