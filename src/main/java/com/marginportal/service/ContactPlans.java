package com.marginportal.service;

import java.time.Clock;
import java.util.List;

import com.marginportal.security.AuditLog;
import com.marginportal.security.CurrentUser;
import com.marginportal.service.domain.PlanDraft;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** For admins: contact plans are data, edited here (validated, versioned, audited) and run on demand. */
@Service
public class ContactPlans {

    private final ContactPlanStore store;
    private final ContactPlanRun run;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;

    ContactPlans(ContactPlanStore store, ContactPlanRun run, CurrentUser currentUser, AuditLog auditLog, Clock clock) {
        this.store = store;
        this.run = run;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<ContactPlan> plans() {
        return store.all();
    }

    /** @throws IllegalArgumentException when another plan has the name */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ContactPlan create(PlanDraft draft) {
        long id;
        try {
            id = store.insert(draft, clock.instant(), currentUser.usernameOrSystem());
        } catch (DuplicateKeyException e) {
            throw new IllegalArgumentException("a plan named " + draft.name() + " exists", e);
        }
        auditLog.record("CONTACT_PLAN_CREATED", "CONTACT_PLAN", Long.toString(id), draft.auditText());
        return store.find(id).orElseThrow();
    }

    /** Saves a plan edited from {@code version}; refused when someone saved it since. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ContactPlan update(long id, int version, PlanDraft draft) {
        ContactPlan before = store.find(id).orElseThrow(() -> new IllegalArgumentException("no plan " + id));
        boolean saved;
        try {
            saved = store.update(id, version, draft, clock.instant(), currentUser.usernameOrSystem());
        } catch (DuplicateKeyException e) {
            throw new IllegalArgumentException("a plan named " + draft.name() + " exists", e);
        }
        if (!saved) {
            throw new OptimisticLockingFailureException("contact plan " + id + " was changed meanwhile");
        }
        auditLog.record("CONTACT_PLAN_CHANGED", "CONTACT_PLAN", Long.toString(id),
                before.definition().auditText() + " → " + draft.auditText());
        return store.find(id).orElseThrow();
    }

    /** Runs every plan now (as the daily job does), e.g. right after a change. */
    @PreAuthorize("hasRole('ADMIN')")
    public PlanRunResult runNow() {
        PlanRunResult result = run.runAt(clock.instant());
        auditLog.record("CONTACT_PLANS_RUN_MANUALLY", "CONTACT_PLAN", null, result.auditText());
        return result;
    }
}
