package com.marginportal.service;

import java.time.Clock;
import java.util.List;

import com.marginportal.client.ContactHistory;
import com.marginportal.client.NewContact;
import com.marginportal.security.AuditLog;
import com.marginportal.security.AuditText;
import com.marginportal.security.CurrentUser;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The advisors' side of contact plans: their open plan tasks, and recording the contact. Every attempt becomes an
 * advisor-initiated row of the contact history (so it counts for the "needs" classification); the task is done once
 * the client was reached (and with it the client's tasks of other plans: one conversation serves them all), an
 * unanswered attempt leaves it open.
 */
@Service
public class ContactTasks {

    private final ContactTaskStore store;
    private final ContactHistory contacts;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;

    ContactTasks(ContactTaskStore store, ContactHistory contacts, CurrentUser currentUser, AuditLog auditLog,
                 Clock clock) {
        this.store = store;
        this.contacts = contacts;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** One page of the open plan tasks in the caller's scope, soonest due first: the contact list shows them all. */
    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    @Transactional(readOnly = true)
    public List<ContactTask> open(int offset, int limit) {
        return open(ContactTaskFilter.ALL, offset, limit);
    }

    /** How many plan tasks are open in the caller's scope. */
    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    @Transactional(readOnly = true)
    public long countOpen() {
        return countOpen(ContactTaskFilter.ALL);
    }

    /** One page of the open plan tasks of the caller's scope that the filter selects, soonest due first. */
    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    @Transactional(readOnly = true)
    public List<ContactTask> open(ContactTaskFilter filter, int offset, int limit) {
        return store.open(currentUser.scope(), filter, currentUser.require().id(), offset, limit);
    }

    /** How many open plan tasks of the caller's scope the filter selects. */
    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    @Transactional(readOnly = true)
    public long countOpen(ContactTaskFilter filter) {
        return store.countOpen(currentUser.scope(), filter, currentUser.require().id());
    }

    /** One open plan task in the caller's scope (a link from the task inbox); empty when done, cancelled or not theirs. */
    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    @Transactional(readOnly = true)
    public java.util.Optional<ContactTask> openTask(long taskId) {
        return store.find(taskId, currentUser.scope()).filter(t -> t.status() == ContactTask.Status.OPEN);
    }

    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    @Transactional(readOnly = true)
    public List<ContactTask> forClient(long clientId) {
        return store.forClient(clientId, currentUser.scope());
    }

    /**
     * Records the contact for the task's client. @return the task afterwards
     * @throws IllegalStateException when the task is no longer open (done or cancelled meanwhile)
     */
    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    @Transactional
    public ContactTask recordContact(long taskId, NewContact contact) {
        ContactTask task = require(taskId);
        if (task.status() != ContactTask.Status.OPEN) {
            throw new IllegalStateException("contact task " + taskId + " is " + task.status());
        }
        long contactId = contacts.recordAdvisorContact(task.clientId(), contact);
        boolean saved = contact.reached()
                ? store.done(task, contactId, clock.instant(), currentUser.usernameOrSystem())
                : store.attempt(task);
        if (!saved) {
            throw new OptimisticLockingFailureException("contact task " + taskId + " was changed meanwhile");
        }
        if (contact.reached()) {
            store.fulfilOthers(task, contactId, clock.instant(), currentUser.usernameOrSystem());
        }
        auditLog.record(contact.reached() ? "CONTACT_TASK_DONE" : "CONTACT_TASK_ATTEMPT", "CONTACT_TASK",
                Long.toString(taskId), AuditText.of("contactRecorded", task.clientId(), contactId,
                        AuditText.word("channel." + contact.channel())));
        return require(taskId);
    }

    private ContactTask require(long taskId) {
        return store.find(taskId, currentUser.scope())
                .orElseThrow(() -> new AccessDeniedException("contact task not found or not permitted"));
    }
}
