package com.marginportal.workflow;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.flowable.bpmn.model.ExtensionElement;
import org.flowable.bpmn.model.Process;
import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flowable.engine.impl.history.DefaultHistoryConfigurationSettings;
import org.flowable.engine.impl.persistence.entity.ExecutionEntity;
import org.flowable.engine.impl.util.ProcessDefinitionUtil;
import org.flowable.engine.runtime.ActivityInstance;
import org.flowable.variable.service.impl.persistence.entity.VariableInstanceEntity;

/**
 * Flowable's history at the engine's level (audit), except where a process definition asks for less with
 * {@code <portal:activityHistory>false</portal:activityHistory>} (no historic activity instances: the case view
 * reads a running process's steps from the runtime and an ended one's from {@code case_process.steps}) and
 * {@code <portal:variableHistory>name …</portal:variableHistory>} (only these variables are kept in history: those
 * the case view shows after the end). Tasks, their groups and the process instance keep their full history (the
 * case history and the resolution record read them). Issue 14: the breach process wrote 71 engine rows per start,
 * 25 of them history that nothing read.
 */
class BreachHistorySettings extends DefaultHistoryConfigurationSettings {

    static final String ACTIVITY_HISTORY = "activityHistory";
    static final String VARIABLE_HISTORY = "variableHistory";

    /** What a definition keeps; {@code variables} null = every variable. */
    record Policy(boolean activities, Set<String> variables) {
        static final Policy AUDIT = new Policy(true, null);
    }

    private final ProcessEngineConfigurationImpl engine;
    private final Map<String, Policy> policies = new ConcurrentHashMap<>();

    BreachHistorySettings(ProcessEngineConfigurationImpl engine) {
        super(engine);
        this.engine = engine;
    }

    @Override
    public boolean isHistoryEnabledForActivity(ActivityInstance activityInstance) {
        return policy(activityInstance.getProcessDefinitionId()).activities() && super.isHistoryEnabledForActivity(activityInstance);
    }

    @Override
    public boolean isHistoryEnabledForActivity(String processDefinitionId, String activityId) {
        return policy(processDefinitionId).activities() && super.isHistoryEnabledForActivity(processDefinitionId, activityId);
    }

    @Override
    public boolean isHistoryEnabledForVariableInstance(VariableInstanceEntity variable) {
        String processDefinitionId = null;
        if (variable.getProcessInstanceId() != null) {
            ExecutionEntity process = engine.getExecutionEntityManager().findById(variable.getProcessInstanceId());
            processDefinitionId = process == null ? null : process.getProcessDefinitionId();
        }
        return isHistoryEnabledForVariableInstance(processDefinitionId, variable);
    }

    @Override
    public boolean isHistoryEnabledForVariableInstance(String processDefinitionId, VariableInstanceEntity variable) {
        Set<String> kept = policy(processDefinitionId).variables();
        return (kept == null || kept.contains(variable.getName()))
                && super.isHistoryEnabledForVariableInstance(processDefinitionId, variable);
    }

    Policy policy(String processDefinitionId) {
        if (processDefinitionId == null) {
            return Policy.AUDIT;
        }
        return policies.computeIfAbsent(processDefinitionId, BreachHistorySettings::read);
    }

    private static Policy read(String processDefinitionId) {
        Process process = ProcessDefinitionUtil.getProcess(processDefinitionId);
        if (process == null) {
            return Policy.AUDIT;
        }
        String activities = text(process, ACTIVITY_HISTORY);
        String variables = text(process, VARIABLE_HISTORY);
        return new Policy(activities == null || Boolean.parseBoolean(activities), variables == null ? null
                : Arrays.stream(variables.trim().split("\\s+")).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet()));
    }

    private static String text(Process process, String name) {
        var elements = process.getExtensionElements().get(name);
        if (elements == null || elements.isEmpty()) {
            return null;
        }
        ExtensionElement element = elements.get(0);
        return element.getElementText();
    }
}
