package com.marginportal.administration;

import java.util.List;

import com.marginportal.client.ClientDirectory;
import com.marginportal.client.ClientFilter;
import com.marginportal.security.StaffWorkload;
import com.marginportal.security.UserAccount;
import com.marginportal.security.UserDirectory;
import com.marginportal.service.AdvisorServiceWork;
import com.marginportal.workflow.BoardFilter;
import com.marginportal.workflow.BoardRow;
import com.marginportal.workflow.CaseBoard;

import org.springframework.stereotype.Component;

/**
 * What a person or a branch still holds, read through the client and workflow features' own services (so the
 * caller's role is checked there too): clients by advisor, open service work, and open risk cases — the cases they
 * hold (the case's advisor, docs/workflow.md "Who holds a case") and any whose open task waits on them (a manager's
 * claimed decision, an administrator stepping in for an advisor's task).
 */
@Component
class AdvisorWorkload implements StaffWorkload {

    private final ClientDirectory clients;
    private final CaseBoard board;
    private final UserDirectory users;
    private final AdvisorServiceWork serviceWork;

    AdvisorWorkload(ClientDirectory clients, CaseBoard board, UserDirectory users, AdvisorServiceWork serviceWork) {
        this.serviceWork = serviceWork;
        this.clients = clients;
        this.board = board;
        this.users = users;
    }

    @Override
    public Workload of(long userId) {
        UserAccount user = users.user(userId).orElse(null);
        if (user == null) {
            return Workload.NONE;
        }
        long held = clients.count(new ClientFilter(null, null, null, userId));
        AdvisorServiceWork.Held service = serviceWork.heldBy(userId);
        return new Workload(held, openCasesOf(user).size(), service.requests() + service.contactTasks());
    }

    /** Branch: every client of it, every open case of it. */
    Workload ofBranch(long branchId) {
        return new Workload(clients.count(new ClientFilter(null, null, branchId, null)),
                board.count(openCases(branchId)), 0);
    }

    /** Open cases the person holds or whose open task waits on them: what a handover moves, what disabling refuses. */
    List<BoardRow> openCasesOf(UserAccount user) {
        return board.search(openCases(user.branchId()), 0, Integer.MAX_VALUE).stream().filter(BoardRow::isOpen)
                .filter(r -> Long.valueOf(user.id()).equals(r.advisorId()) || user.username().equals(r.assignee()))
                .toList();
    }

    private static BoardFilter openCases(Long branchId) {
        return new BoardFilter(branchId, null, null, null, null, null, null, null, 0);
    }
}
