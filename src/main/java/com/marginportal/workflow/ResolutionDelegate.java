package com.marginportal.workflow;

import static com.marginportal.workflow.ProcessVariables.*;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marginportal.risk.CaseFacts;
import com.marginportal.risk.CaseSnapshots;
import com.marginportal.risk.RiskCases;
import com.marginportal.security.StaffContacts;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Write resolution record" (async, so every earlier step is in the history): outcome, who decided (user and
 * display name), ratios, notices, contacts and the timeline: the case history ({@link CaseHistories}) up to the
 * closing, so the record lists exactly the events of the case. Sets {@code outcome} for the resolution notice. Written once per case.
 */
@Component("resolutionDelegate")
class ResolutionDelegate implements JavaDelegate {

    static final String OUTCOME = "outcome";

    private final ResolutionStore store;
    private final CaseContactStore contacts;
    private final CaseDueDates dueDates;
    private final ObjectMapper json;
    private final CaseSnapshots snapshots;
    private final CaseHistories histories;
    private final StaffContacts staff;
    private final RiskCases riskCases;
    private final BreachAssignees assignees;
    private final ProcessCases cases;

    ResolutionDelegate(ResolutionStore store, CaseContactStore contacts, CaseHistories histories, StaffContacts staff,
                       CaseDueDates dueDates, ObjectMapper json, CaseSnapshots snapshots, RiskCases riskCases,
                       BreachAssignees assignees, ProcessCases cases) {
        this.cases = cases;
        this.assignees = assignees;
        this.snapshots = snapshots;
        this.riskCases = riskCases;
        this.store = store;
        this.contacts = contacts;
        this.histories = histories;
        this.staff = staff;
        this.dueDates = dueDates;
        this.json = json;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, Object> v = execution.getVariables();
        long caseId = ProcessCases.caseId(execution);
        CaseFacts facts = snapshots.of(caseId).orElseThrow(() -> new IllegalStateException("no risk case " + caseId));
        ResolutionOutcome outcome = outcome(v, facts);
        execution.setVariable(OUTCOME, outcome.name());
        if (outcome.decidedState() != null) { // the case's one state says what the manager decided (idempotent)
            riskCases.closeByDecision(caseId, outcome.decidedState(), dueDates.now(), (String) v.get(DECIDED_BY));
        }
        if (store.exists(caseId)) {
            return; // a retried job: the record stands as first written
        }
        boolean decided = outcome == ResolutionOutcome.FORCED_LIQUIDATION || outcome == ResolutionOutcome.CLOSED_BY_MANAGER;
        String decider = decided ? (String) v.get(DECIDED_BY) : null;
        Instant now = dueDates.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS); // as precise as the history
        java.math.BigDecimal endRatio = facts.restored() != null ? facts.restored().maintenanceRatio()
                : facts.latestRatio();
        String ids = (String) v.get(NOTICE_IDS);
        store.insert(new ResolutionRecord(caseId, facts.accountId(), cases.of(caseId).clientId(),
                ((Number) v.get(BRANCH_ID)).longValue(),
                assignees.forCase(caseId).map(BreachAssignees.Assignee::advisorId).orElse(null), outcome,
                (String) v.get(LEVEL), decider,
                decider == null ? null : staff.displayNames(List.of(decider)).getOrDefault(decider, decider),
                decided ? (String) v.get(DECISION_REASON) : null,
                facts.opened() == null ? null : facts.opened().maintenanceRatio(), endRatio, BreachSettings.count(v.get(EXTENSIONS)),
                ids == null || ids.isEmpty() ? List.of() : Arrays.stream(ids.split(",")).map(Long::valueOf).toList(),
                CaseHistoryJson.write(histories.atClose(caseId, execution.getProcessInstanceId(), now, outcome)),
                write(contacts.forCase(caseId)), execution.getProcessInstanceId(),
                openedAt(v, facts), now));
    }

    /** A process started before issue 14 has its own copy; the case's OPENED snapshot is where it came from. */
    private static Instant openedAt(Map<String, Object> v, CaseFacts facts) {
        Object copy = v.get(OPENED_AT);
        return copy != null ? Instant.parse(copy.toString()) : facts.opened().valuedAt();
    }

    static ResolutionOutcome outcome(Map<String, Object> v, CaseFacts facts) {
        int extensions = BreachSettings.count(v.get(EXTENSIONS));
        if (Boolean.TRUE.equals(v.get(RESTORED))) {
            return ResolutionOutcome.restored(figures(facts.opened()), figures(facts.restored()), extensions);
        }
        return ManagerDecision.Kind.FORCED_LIQUIDATION.name().equals(v.get(DECISION))
                ? ResolutionOutcome.FORCED_LIQUIDATION : ResolutionOutcome.CLOSED_BY_MANAGER;
    }

    private static CaseFigures figures(com.marginportal.risk.AccountSnapshot snapshot) {
        return snapshot == null ? null : CaseFigures.of(snapshot);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("resolution record cannot be written as JSON", e);
        }
    }
}
