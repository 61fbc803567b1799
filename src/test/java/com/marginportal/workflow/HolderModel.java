package com.marginportal.workflow;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.marginportal.workflow.CaseHolderLists.Advisor;

/**
 * The holder rule of docs/workflow.md ("Who holds a case"), written out on its own for the scenario to compare the
 * application with: a case follows its client's advisor unless a person gave it to another advisor; given to the
 * client's own advisor, or reached by the client's move to that advisor, it follows the client again.
 */
final class HolderModel {

    private final Map<Long, Advisor> clientAdvisor = new HashMap<>();
    private final Map<Long, Long> clientOfCase = new HashMap<>();
    private final Map<Long, Advisor> holder = new HashMap<>();
    private final Set<Long> chosen = new HashSet<>();

    void opened(long caseId, long clientId, Advisor advisor) {
        clientAdvisor.put(clientId, advisor);
        clientOfCase.put(caseId, clientId);
        holder.put(caseId, advisor);
    }

    /** A person gives the case to an advisor (board, handover's case part, a task taken from the pool). */
    void given(long caseId, Advisor advisor) {
        holder.put(caseId, advisor);
        if (advisor.equals(clientAdvisor.get(clientOfCase.get(caseId)))) {
            chosen.remove(caseId);
        } else {
            chosen.add(caseId);
        }
    }

    /** The client moved to another advisor (bulk reassignment, the handover's client part). */
    void clientMoved(long clientId, Advisor advisor) {
        clientAdvisor.put(clientId, advisor);
        clientOfCase.forEach((caseId, client) -> {
            if (client != clientId) {
                return;
            }
            if (!chosen.contains(caseId)) {
                holder.put(caseId, advisor);
            } else if (holder.get(caseId).equals(advisor)) {
                chosen.remove(caseId);
            }
        });
    }

    Advisor holder(long caseId) {
        return holder.get(caseId);
    }

    Advisor clientAdvisor(long clientId) {
        return clientAdvisor.get(clientId);
    }

    List<Long> cases() {
        return clientOfCase.keySet().stream().sorted().toList();
    }

    List<Long> clientsOf(Advisor advisor) {
        return clientAdvisor.entrySet().stream().filter(e -> e.getValue().equals(advisor)).map(Map.Entry::getKey)
                .sorted().toList();
    }

    List<Long> casesHeldBy(Advisor advisor) {
        return cases().stream().filter(c -> holder.get(c).equals(advisor)).toList();
    }

    long clientOf(long caseId) {
        return clientOfCase.get(caseId);
    }

    Map<Advisor, Long> openCasesBy(List<Advisor> advisors) {
        Map<Advisor, Long> counts = new HashMap<>();
        advisors.forEach(a -> counts.put(a, (long) casesHeldBy(a).size()));
        return counts;
    }
}
