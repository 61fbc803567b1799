package com.marginportal.security;

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
        auditLog.recordAs(name, "LOGIN_FAILED", "USER", name, event.getException().getClass().getSimpleName());
    }
}
