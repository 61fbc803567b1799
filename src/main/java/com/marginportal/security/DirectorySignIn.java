package com.marginportal.security;

import java.util.Set;

import org.springframework.security.authentication.BadCredentialsException;

/**
 * A directory that checks passwords (LDAP or Active Directory, profile {@code ldap}: security.ldap). When such a
 * bean exists, {@link GuardedAuthenticationProvider} sends every sign-in there except those of local accounts
 * (service accounts and {@link #localLogins()}).
 */
public interface DirectorySignIn {

    /**
     * @throws BadCredentialsException wrong password or no such user in the directory (counted by the guard)
     * @throws org.springframework.security.core.AuthenticationException any other failure, e.g. the directory is unreachable
     */
    DirectoryIdentity authenticate(String username, String password);

    /** Logins that keep their local password although the directory is on (e.g. a break-glass administrator). */
    Set<String> localLogins();
}
