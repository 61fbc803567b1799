package com.marginportal.home;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;

import com.marginportal.notification.NotificationService;
import com.marginportal.notification.UndeliveredNotices;
import com.marginportal.security.AccountAdministration;
import com.marginportal.security.UserSummary;
import com.marginportal.workflow.WorkflowIncidents;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * What needs the administrator now: accounts locked out by failed sign-ins (only an admin can unlock them, and a
 * locked advisor cannot work their cases), risk notices that used up their attempts or are still being retried
 * (a client was not told: the mail server refuses them or cannot be reached),
 * and workflow steps that failed for good (a case stands still). Each read through its own service and scope.
 */
@Service
public class Operations {

    private final AccountAdministration accounts;
    private final NotificationService notifications;
    private final WorkflowIncidents incidents;
    private final Clock clock;

    Operations(AccountAdministration accounts, NotificationService notifications, WorkflowIncidents incidents,
               Clock clock) {
        this.accounts = accounts;
        this.notifications = notifications;
        this.incidents = incidents;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public OperationsSummary now() {
        List<UserSummary> locked = accounts.accounts().stream().filter(a -> a.lockedAt(clock.instant()))
                .sorted(Comparator.comparing(UserSummary::lockedUntil).reversed()).toList(); // the newest lock first
        return new OperationsSummary(locked, notifications.countUndeliveredNotices(), incidents.countDeadLetterJobs());
    }

    /** Locked accounts (name, role, until when), notices not delivered (being retried, failed) and dead-letter jobs. */
    public record OperationsSummary(List<UserSummary> lockedAccounts, UndeliveredNotices notices, long incidents) {

        public boolean anything() {
            return !lockedAccounts.isEmpty() || notices.total() > 0 || incidents > 0;
        }
    }
}
