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
 * caller's role is checked there too): clients by advisor, open service work, and open risk cases — for an advisor the ones whose
 * open task waits on them or whose process names them as the advisor.
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
        return new Workload(held, openCasesWaitingOn(user).size(), service.requests() + service.contactTasks());
    }

    /** Branch: every client of it, every open case of it. */
    Workload ofBranch(long branchId) {
        return new Workload(clients.count(new ClientFilter(null, null, branchId, null)),
                board.count(openCases(branchId)), 0);
    }

    /** Open cases whose task waits on the advisor (the ones a leaving advisor must hand over). */
    List<BoardRow> openCasesWaitingOn(UserAccount advisor) {
        return board.search(openCases(advisor.branchId()), 0, Integer.MAX_VALUE).stream()
                .filter(r -> advisor.username().equals(r.assignee()))
                .toList();
    }

    /** Open cases the advisor is on: their task, or their name on the case for the tasks to come. */
    List<BoardRow> openCasesOf(UserAccount advisor) {
        return board.search(openCases(advisor.branchId()), 0, Integer.MAX_VALUE).stream()
                .filter(r -> advisor.username().equals(r.assignee())
                        || (r.assignee() == null && Long.valueOf(advisor.id()).equals(r.advisorId())))
                .toList();
    }

    private static BoardFilter openCases(Long branchId) {
        return new BoardFilter(branchId, null, null, null, null, null, null, null, 0);
    }
}
