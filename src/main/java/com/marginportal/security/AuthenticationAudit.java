package com.marginportal.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Sign-ins and failed attempts go to the audit log. */
@Component
class AuthenticationAudit {

    private final AuditLog auditLog;

    AuthenticationAudit(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        auditLog.recordAs(event.getAuthentication().getName(), "LOGIN", "USER", event.getAuthentication().getName(), null);
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String name = String.valueOf(event.getAuthentication().getName());
        auditLog.recordAs(name, "LOGIN_FAILED", "USER", name, event.getException().getClass().getSimpleName());
    }
}
