package com.marginportal.security;

import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Sign-ins and failed attempts go to the audit log. A sign-in is audited when it starts a session (the login
 * form's interactive event); HTTP Basic authenticates every API call and writes no LOGIN entry per call — its
 * failures, locks and refusals are audited, and the account's last sign-in is kept (to the minute).
 */
@Component
class AuthenticationAudit {

    private static final Set<String> WORDED_FAILURES = Set.of("BadCredentialsException", "LockedException",
            "DisabledException", "AccountExpiredException", "CredentialsExpiredException");

    private final AuditLog auditLog;

    AuthenticationAudit(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @EventListener
    void onSuccess(InteractiveAuthenticationSuccessEvent event) {
        auditLog.recordAs(event.getAuthentication().getName(), "LOGIN", "USER", event.getAuthentication().getName(), (String) null);
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String name = String.valueOf(event.getAuthentication().getName());
        String failure = event.getException().getClass().getSimpleName();
        // a failure Spring Security may add later is recorded by its name rather than refused for want of words
        auditLog.recordAs(name, "LOGIN_FAILED", "USER", name, AuditText.of("loginFailed",
                WORDED_FAILURES.contains(failure) ? AuditText.word("audit.loginFailure." + failure) : failure));
    }
}
