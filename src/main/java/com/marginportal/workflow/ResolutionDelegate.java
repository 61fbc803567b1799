package com.marginportal.workflow;

import static com.marginportal.workflow.ProcessVariables.*;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marginportal.risk.CaseFacts;
import com.marginportal.risk.CaseSnapshots;
import com.marginportal.risk.RiskCases;

import org.flowable.engine.HistoryService;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.flowable.engine.history.HistoricActivityInstance;
import org.springframework.stereotype.Component;

/**
 * "Write resolution record" (async, so every earlier step is in the history): outcome, who decided, ratios,
 * notices, contacts and the timeline. Sets {@code outcome} for the resolution notice. Written once per case.
 */
@Component("resolutionDelegate")
class ResolutionDelegate implements JavaDelegate {

    static final String OUTCOME = "outcome";

    private final ResolutionStore store;
    private final CaseContactStore contacts;
    private final HistoryService history;
    private final CaseDueDates dueDates;
    private final ObjectMapper json;
    private final CaseSnapshots snapshots;
    private final RiskCases riskCases;

    ResolutionDelegate(ResolutionStore store, CaseContactStore contacts, HistoryService history,
                       CaseDueDates dueDates, ObjectMapper json, CaseSnapshots snapshots, RiskCases riskCases) {
        this.snapshots = snapshots;
        this.riskCases = riskCases;
        this.store = store;
        this.contacts = contacts;
        this.history = history;
        this.dueDates = dueDates;
        this.json = json;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, Object> v = execution.getVariables();
        long caseId = ((Number) v.get(CASE_ID)).longValue();
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
        java.math.BigDecimal endRatio = facts.restored() != null ? facts.restored().maintenanceRatio()
                : facts.latestRatio();
        String ids = (String) v.get(NOTICE_IDS);
        store.insert(new ResolutionRecord(caseId, ((Number) v.get(ACCOUNT_ID)).longValue(),
                ((Number) v.get(CLIENT_ID)).longValue(), ((Number) v.get(BRANCH_ID)).longValue(),
                v.get(ADVISOR_ID) == null ? null : ((Number) v.get(ADVISOR_ID)).longValue(), outcome,
                (String) v.get(LEVEL), decided ? (String) v.get(DECIDED_BY) : null,
                decided ? (String) v.get(DECISION_REASON) : null,
                facts.opened() == null ? null : facts.opened().maintenanceRatio(), endRatio, ((Number) v.get(EXTENSIONS)).intValue(),
                ids == null || ids.isEmpty() ? List.of() : Arrays.stream(ids.split(",")).map(Long::valueOf).toList(),
                write(timeline(execution.getProcessInstanceId())), write(contacts.forCase(caseId)),
                execution.getProcessInstanceId(), Instant.parse((String) v.get(OPENED_AT)), dueDates.now()));
    }

    static ResolutionOutcome outcome(Map<String, Object> v, CaseFacts facts) {
        int extensions = ((Number) v.get(EXTENSIONS)).intValue();
        if (Boolean.TRUE.equals(v.get(RESTORED))) {
            return ResolutionOutcome.restored(figures(facts.opened()), figures(facts.restored()), extensions);
        }
        return ManagerDecision.Kind.FORCED_LIQUIDATION.name().equals(v.get(DECISION))
                ? ResolutionOutcome.FORCED_LIQUIDATION : ResolutionOutcome.CLOSED_BY_MANAGER;
    }

    private static CaseFigures figures(com.marginportal.risk.AccountSnapshot snapshot) {
        return snapshot == null ? null : CaseFigures.of(snapshot);
    }

    private List<Map<String, Object>> timeline(String processInstanceId) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
                .orderByHistoricActivityInstanceStartTime().asc().list().stream()
                .filter(a -> !"sequenceFlow".equals(a.getActivityType()))
                .map(ResolutionDelegate::step).toList();
    }

    private static Map<String, Object> step(HistoricActivityInstance a) {
        Map<String, Object> step = new LinkedHashMap<>();
        step.put("activityId", a.getActivityId());
        step.put("name", a.getActivityName());
        step.put("type", a.getActivityType());
        step.put("assignee", a.getAssignee());
        step.put("start", a.getStartTime().toInstant().toString());
        step.put("end", a.getEndTime() == null ? null : a.getEndTime().toInstant().toString());
        return step;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("resolution record cannot be written as JSON", e);
        }
    }
}
