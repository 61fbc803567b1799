package com.marginportal.home;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import com.marginportal.client.ClientDirectory;
import com.marginportal.home.domain.Attention;
import com.marginportal.home.domain.AttentionItem;
import com.marginportal.security.UserDirectory;
import com.marginportal.workflow.BoardFilter;
import com.marginportal.workflow.BoardRow;
import com.marginportal.workflow.CaseBoard;
import com.marginportal.workflow.SlaState;
import com.marginportal.workflow.TaskInbox;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * "What needs me now?" for a manager: the decisions waiting at the branch's cases and the branch's overdue work,
 * read from the managers' board (its scope: manager their branch, admin all; the first {@value #SHOWN} of each, the
 * counts from the database) and linked to the decision task the manager can act on in their inbox (its scope; asked
 * for the shown cases only), else to the case.
 */
@Service
public class ManagerDay {

    public static final String DECISION_STEP = "managerDecision";
    static final int SHOWN = 50;

    private final CaseBoard board;
    private final TaskInbox inbox;
    private final ClientDirectory clients;
    private final UserDirectory users;
    private final Clock clock;

    ManagerDay(CaseBoard board, TaskInbox inbox, ClientDirectory clients, UserDirectory users, Clock clock) {
        this.board = board;
        this.inbox = inbox;
        this.clients = clients;
        this.users = users;
        this.clock = clock;
    }

    /** Open cases waiting at the manager's decision. */
    public static BoardFilter decisions() {
        return BoardFilter.DEFAULT.openOnly().withStep(DECISION_STEP);
    }

    /** Open cases whose current task is past due. */
    public static BoardFilter overdue() {
        return new BoardFilter(null, null, null, null, SlaState.OVERDUE, null, null, null, 0);
    }

    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    public ManagerDaySummary today() {
        List<BoardRow> waiting = board.search(decisions(), 0, SHOWN);
        // case → the decision task this manager may take, asked for the shown cases only
        Map<Long, String> decisionTasks = inbox.decisionTasks(waiting.stream().map(BoardRow::caseId).toList());
        List<AttentionItem> decisions = waiting.stream()
                .map(r -> item(AttentionItem.Kind.DECISION, r, decisionTasks.containsKey(r.caseId())
                        ? "tasks?task=" + decisionTasks.get(r.caseId()) : caseLink(r))).toList();
        List<AttentionItem> late = board.search(overdue(), 0, SHOWN).stream()
                .map(r -> item(AttentionItem.Kind.OVERDUE, r, caseLink(r))).toList();
        List<AttentionItem> items = Attention.order(decisions, late);
        Set<Long> clientIds = new HashSet<>();
        items.forEach(i -> clientIds.add(i.clientId()));
        Set<String> holders = items.stream().map(AttentionItem::holder).filter(Objects::nonNull).collect(Collectors.toSet());
        return new ManagerDaySummary(items, board.count(decisions()), board.count(overdue()),
                clients.clientNames(clientIds), users.displayNames(holders), clock.instant());
    }

    private static AttentionItem item(AttentionItem.Kind kind, BoardRow r, String link) {
        return new AttentionItem(kind, r.caseId(), r.clientId(), r.level(), r.reason(), r.ratio(), r.dueAt(),
                r.step() == null ? "starting" : r.step(), r.assignee(), link);
    }

    private static String caseLink(BoardRow r) {
        return "board/case/" + r.caseId();
    }
}
