package com.marginportal.administration;

import java.util.List;

import com.marginportal.client.ClientBulkActions;
import com.marginportal.client.ClientFilter;
import com.marginportal.security.AccountAdministration;
import com.marginportal.security.AuditLog;
import com.marginportal.security.AuditText;
import com.marginportal.security.Role;
import com.marginportal.security.UserAccount;
import com.marginportal.security.UserDirectory;
import com.marginportal.service.AdvisorServiceWork;
import com.marginportal.workflow.BoardRow;
import com.marginportal.workflow.CaseActions;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An advisor leaves: all their clients (the client feature's bulk reassign, which takes the clients' cases in handling
 * along) and every other open risk case they hold (the board's reassign: their open task and the tasks to come) and
 * their open service requests and contact-plan tasks go to another active advisor of the same branch, in one
 * transaction with one audit entry; optionally the leaver's account is disabled in the same step.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class AdvisorHandover {

    private final UserDirectory users;
    private final AdvisorWorkload workload;
    private final ClientBulkActions clients;
    private final CaseActions cases;
    private final AccountAdministration accounts;
    private final AdvisorServiceWork serviceWork;
    private final AuditLog audit;

    AdvisorHandover(UserDirectory users, AdvisorWorkload workload, ClientBulkActions clients, CaseActions cases,
                    AdvisorServiceWork serviceWork, AccountAdministration accounts, AuditLog audit) {
        this.serviceWork = serviceWork;
        this.users = users;
        this.workload = workload;
        this.clients = clients;
        this.cases = cases;
        this.accounts = accounts;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public HandoverPreview preview(long leaverId) {
        UserAccount leaver = advisor(leaverId);
        return new HandoverPreview(leaver, workload.of(leaverId).clients(), workload.openCasesOf(leaver).size(),
                serviceWork.heldBy(leaverId), successors(leaver));
    }

    /** @return what was moved; the counts equal the preview's unless something changed meanwhile */
    @Transactional
    public HandoverPreview handOver(long leaverId, long successorId, boolean disableLeaver) {
        UserAccount leaver = advisor(leaverId);
        if (leaverId == successorId) {
            throw new HandoverRejected(HandoverRejected.Problem.SAME_ADVISOR, leaver.username());
        }
        UserAccount successor = successors(leaver).stream().filter(u -> u.id() == successorId).findFirst()
                .orElseThrow(() -> new HandoverRejected(HandoverRejected.Problem.NO_SUCCESSOR, successorId, leaver.branchId()));
        long heldClients = workload.of(leaverId).clients();
        List<BoardRow> openCases = workload.openCasesOf(leaver);
        AdvisorServiceWork.Held service = serviceWork.heldBy(leaverId);
        if (heldClients == 0 && openCases.isEmpty() && service.isEmpty() && !disableLeaver) {
            throw new HandoverRejected(HandoverRejected.Problem.NOTHING_TO_HAND_OVER, leaver.username());
        }
        long moved = heldClients == 0 ? 0 : clients.reassignAdvisor(new ClientFilter(null, null, null, leaverId), successorId);
        // the clients' cases and open service work went with them; what the leaver still holds (cases a person gave
        // her, requests of clients who are no longer hers) is given on
        workload.openCasesOf(leaver).forEach(row -> cases.reassign(row.caseId(), successorId));
        serviceWork.moveAll(leaverId, successorId);
        if (disableLeaver) {
            accounts.setEnabled(leaverId, false);
        }
        audit.record("ADVISOR_HANDOVER", "USER", leaver.username(), AuditText.of(
                disableLeaver ? "advisorHandoverDisabled" : "advisorHandover", moved, openCases.size(),
                service.requests(), service.contactTasks(), leaver.username(), successor.username()));
        return new HandoverPreview(leaver, moved, openCases.size(), service, List.of(successor));
    }

    private UserAccount advisor(long id) {
        return users.user(id).filter(u -> u.role() == Role.ADVISOR && u.branchId() != null)
                .orElseThrow(() -> new HandoverRejected(HandoverRejected.Problem.NOT_AN_ADVISOR, id));
    }

    private List<UserAccount> successors(UserAccount leaver) {
        return users.allUsers().stream()
                .filter(u -> u.role() == Role.ADVISOR && u.enabled() && u.id() != leaver.id()
                        && leaver.branchId().equals(u.branchId()))
                .sorted((a, b) -> com.marginportal.security.NaturalOrder.INSTANCE.compare(a.username(), b.username()))
                .toList();
    }
}
