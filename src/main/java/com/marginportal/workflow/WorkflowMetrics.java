package com.marginportal.workflow;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.flowable.engine.HistoryService;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Breach processes as metrics (process starts from Flowable's history, so every node reports the cluster's count;
 * dead-letter jobs) and the health of Flowable's job executor, which runs every timer and async step.
 */
@Component("flowableJobExecutor")
class WorkflowMetrics implements MeterBinder, HealthIndicator {

    private final HistoryService history;
    private final ManagementService management;
    private final ProcessEngineConfiguration engine;

    WorkflowMetrics(HistoryService history, ManagementService management, ProcessEngine engine) {
        this.history = history;
        this.management = management;
        this.engine = engine.getProcessEngineConfiguration();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        FunctionCounter.builder("portal.workflow.process.starts", this, m -> m.history.createHistoricProcessInstanceQuery().count())
                .description("Breach processes started (all nodes, from the process history)").register(registry);
        Gauge.builder("portal.workflow.dead.letter.jobs", this, m -> m.management.createDeadLetterJobQuery().count())
                .description("Jobs that failed all their retries").register(registry);
    }

    @Override
    public Health health() {
        boolean active = engine.getAsyncExecutor() != null && engine.getAsyncExecutor().isActive();
        return (active ? Health.up() : Health.down())
                .withDetail("asyncExecutorActive", active)
                .withDetail("deadLetterJobs", management.createDeadLetterJobQuery().count())
                .build();
    }
}
