package com.marginportal.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The one way a password is checked, for the login form and HTTP Basic alike: the guard first (lock, address
 * limit), then the password — against the database (no user cache: a reset password counts from the next
 * request, on every node), or, when directory sign-in is on (profile {@code ldap}, a {@link DirectorySignIn} bean),
 * against the directory for everyone but the local accounts, provisioning the local row ({@link DirectoryAccounts})
 * — then the channel rules: a service account only where it works (INTEGRATION the API, METRICS /actuator), an
 * account with a temporary password only through the form (where it must change it). Being the only AuthenticationProvider bean, Spring Security builds
 * the global AuthenticationManager from it.
 */
@Component
class GuardedAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInGuard guard;
    private final AuditLog audit;
    private final DirectoryAccounts directoryAccounts;
    private final DirectorySignIn directory;

    @Autowired
    GuardedAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder, SignInGuard guard, AuditLog audit,
                                  DirectoryAccounts directoryAccounts, ObjectProvider<DirectorySignIn> directory) {
        this.passwords = new DaoAuthenticationProvider(encoder);
        this.passwords.setUserDetailsService(users);
        this.guard = guard;
        this.audit = audit;
        this.directoryAccounts = directoryAccounts;
        this.directory = directory.getIfAvailable();
    }

    private GuardedAuthenticationProvider(GuardedAuthenticationProvider local, DirectorySignIn directory) {
        this.passwords = local.passwords;
        this.guard = local.guard;
        this.audit = local.audit;
        this.directoryAccounts = local.directoryAccounts;
        this.directory = directory;
    }

    /** The same provider with the given directory (tests build the directory without a second application context). */
    GuardedAuthenticationProvider withDirectory(DirectorySignIn other) {
        return new GuardedAuthenticationProvider(this, other);
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        boolean viaDirectory = directory != null
                && !directoryAccounts.signsInLocally(DirectoryAccounts.canonical(attempt.getName()), directory.localLogins());
        String username = viaDirectory ? DirectoryAccounts.canonical(attempt.getName()) : attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        SignInChannel channel = SignInChannel.current();
        try {
            guard.checkAllowed(username, address);
            if (!viaDirectory && directoryAccounts.directoryManaged(username)) {
                throw new SignInRefused(SignInRefused.Reason.DIRECTORY_ACCOUNT, "a directory account has no local password");
            }
        } catch (SignInRefused refused) {
            throw refuse(username, refused, address);
        }
        PortalUser user;
        Authentication result;
        if (viaDirectory) {
            user = signInThroughDirectory(username, attempt, address);
            result = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
            ((UsernamePasswordAuthenticationToken) result).setDetails(attempt.getDetails());
        } else {
            try {
                result = passwords.authenticate(attempt);
            } catch (BadCredentialsException wrong) {
                guard.recordFailure(username, address);
                throw wrong;
            }
            user = (PortalUser) result.getPrincipal();
        }
        if (!channel.admits(user.role())) {
            throw refuse(username, new SignInRefused(SignInRefused.Reason.SERVICE_ACCOUNT,
                    "a service account signs in only where it works, not through " + channel), null);
        }
        if (channel != SignInChannel.PORTAL && guard.passwordChangeRequired(user.id())) {
            throw new CredentialsExpiredException("temporary password: change it in the portal first");
        }
        guard.recordSuccess(user.id());
        return result;
    }

    /** The directory checks the password; the local row is then created or updated from what it says. */
    private PortalUser signInThroughDirectory(String username, Authentication attempt, String address) {
        DirectoryIdentity who;
        try {
            who = directory.authenticate(username, String.valueOf(attempt.getCredentials()));
        } catch (BadCredentialsException wrong) {
            guard.recordFailure(username, address);
            throw wrong;
        }
        try {
            return directoryAccounts.signIn(who);
        } catch (SignInRefused refused) {
            throw refuse(username, refused, address);
        }
    }

    private SignInRefused refuse(String username, SignInRefused refused, String address) {
        boolean directoryReason = refused.reason().name().contains("DIRECTORY");
        String key = "loginRefused" + (address == null ? "" : "From") + (directoryReason ? "Because" : "");
        List<Object> args = new ArrayList<>(List.of(AuditText.word("audit.refused." + refused.reason())));
        if (address != null) {
            args.add(address);
        }
        if (directoryReason) {
            args.add(refused.getMessage());
        }
        audit.recordAs(username, "LOGIN_REFUSED", "USER", username, AuditText.of(key, args.toArray()));
        return refused;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
