package com.marginportal.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.marginportal.calendar.TradingCalendar;
import com.marginportal.classification.ClassificationService;
import com.marginportal.client.ClientContactStatus;
import com.marginportal.client.ContactStatus;
import com.marginportal.security.AuditLog;
import com.marginportal.service.domain.PlanDecision;
import com.marginportal.service.domain.PlanDraft;
import com.marginportal.service.domain.PlanRule;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One run of every contact plan at a given time: for each client of a plan's segment whose last reached contact is
 * at least the interval ago, an open task for their advisor (never a second one: see {@link ContactTaskStore}).
 * An open task whose client has been reached since (for another plan, or the client called) is done; open tasks of
 * clients who left the plan (other class, ratio recovered, plan switched off) are cancelled. Running twice at the
 * same time changes nothing the second time.
 */
@Component
class ContactPlanRun {

    private static final Logger log = LoggerFactory.getLogger(ContactPlanRun.class);

    private final ContactPlanStore plans;
    private final ContactTaskStore tasks;
    private final ClassificationService classifications;
    private final ClientContactStatus clients;
    private final RequestDueDates dueDates;
    private final AuditLog auditLog;

    ContactPlanRun(ContactPlanStore plans, ContactTaskStore tasks, ClassificationService classifications,
                   ClientContactStatus clients, RequestDueDates dueDates, AuditLog auditLog) {
        this.plans = plans;
        this.tasks = tasks;
        this.classifications = classifications;
        this.clients = clients;
        this.dueDates = dueDates;
        this.auditLog = auditLog;
    }

    PlanRunResult runAt(Instant now) {
        Clock at = Clock.fixed(now, TradingCalendar.DEFAULT_MARKET_ZONE);
        int created = 0;
        int cancelled = 0;
        int done = 0;
        int count = 0;
        for (ContactPlan plan : plans.all()) {
            count++;
            Map<Long, Long> open = tasks.openByClient(plan.id());
            Set<Long> stayOpen = new HashSet<>();
            List<Long> fulfilled = new ArrayList<>();
            PlanDraft d = plan.definition();
            if (d.active()) {
                PlanRule rule = d.rule();
                Instant due = dueDates.planTask(now, rule).toInstant();
                for (ContactStatus c : clients.of(classifications.clientsWithEffective(d.dimension(), d.value()))) {
                    PlanDecision decision = rule.decide(c.lastReachedContact(), c.maintenanceRatio(),
                            open.containsKey(c.clientId()), at);
                    if (decision == PlanDecision.CREATE_TASK && tasks.open(plan.id(), c, now, due)) {
                        created++;
                    }
                    if (decision == PlanDecision.TASK_FULFILLED) {
                        fulfilled.add(open.get(c.clientId()));
                    }
                    if (decision != PlanDecision.OUT_OF_PLAN) {
                        stayOpen.add(c.clientId());
                    }
                }
            }
            done += tasks.fulfilled(fulfilled, now);
            open.keySet().removeAll(stayOpen);
            cancelled += tasks.cancel(open.values(), now);
        }
        PlanRunResult result = new PlanRunResult(count, created, done, cancelled);
        if (created > 0 || done > 0 || cancelled > 0) {
            auditLog.recordAs("system", "CONTACT_PLANS_RUN", "CONTACT_PLAN", null, result.auditText());
            log.info("Contact plans: {} tasks created, {} fulfilled by other contacts, {} cancelled", created, done,
                    cancelled);
        }
        return result;
    }
}
