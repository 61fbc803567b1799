package com.marginportal.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
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
 * limit), then the password against the database (no user cache: a reset password counts from the next
 * request, on every node), then the channel rules — a service account only through the API, an account with a
 * temporary password only through the form (where it must change it). Being the only AuthenticationProvider
 * bean, Spring Security builds the global AuthenticationManager from it.
 */
@Component
class GuardedAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInGuard guard;
    private final AuditLog audit;

    GuardedAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder, SignInGuard guard, AuditLog audit) {
        this.passwords = new DaoAuthenticationProvider(encoder);
        this.passwords.setUserDetailsService(users);
        this.guard = guard;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String username = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        SignInChannel channel = SignInChannel.current();
        try {
            guard.checkAllowed(username, address);
        } catch (SignInRefused refused) {
            audit.recordAs(username, "LOGIN_REFUSED", "USER", username, refused.reason() + " (" + address + ")");
            throw refused;
        }
        Authentication result;
        try {
            result = passwords.authenticate(attempt);
        } catch (BadCredentialsException wrong) {
            guard.recordFailure(username, address);
            throw wrong;
        }
        PortalUser user = (PortalUser) result.getPrincipal();
        if (channel == SignInChannel.PORTAL && user.role() == Role.INTEGRATION) {
            audit.recordAs(username, "LOGIN_REFUSED", "USER", username, SignInRefused.Reason.SERVICE_ACCOUNT.name());
            throw new SignInRefused(SignInRefused.Reason.SERVICE_ACCOUNT, "service accounts use the API only");
        }
        if (channel == SignInChannel.API && guard.passwordChangeRequired(user.id())) {
            throw new CredentialsExpiredException("temporary password: change it in the portal first");
        }
        guard.recordSuccess(user.id());
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
