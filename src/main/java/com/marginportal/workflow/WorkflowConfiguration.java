package com.marginportal.workflow;

import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.context.annotation.Configuration;

/**
 * The breach workflow. MariaDB and the embedded H2 (regular mode) need nothing special; processes are deployed
 * from {@code classpath*:/bpmn/} (application.yml). Tasks record who completed them in explicit variables, so
 * Flowable's Spring Security bridge is not needed.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WorkflowProperties.class)
class WorkflowConfiguration {

    /**
     * Flowable's "safe BPMN XML" mode turns DTD support off on the JDK's StAX reader; on JDK 17 that reader then
     * reports the indentation between elements as text, and the BPMN 2.0 XSD check rejects every indented process
     * file ("Element 'subProcess' cannot have character [children]"). Process files come from our own classpath
     * only (never from users), so the mode is off while the XSD validation stays on.
     */
    /**
     * Where risk events are turned into process actions: one background thread (order per case kept), or the
     * caller's thread when {@code portal.workflow.async-events=false} (tests that assert right after a scan).
     */
    @Bean
    TaskExecutor workflowEvents(@Value("${portal.workflow.async-events:true}") boolean async) {
        if (!async) {
            return new SyncTaskExecutor();
        }
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setThreadNamePrefix("workflow-events-");
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(30);
        executor.initialize();
        return executor;
    }

    @Bean
    EngineConfigurationConfigurer<SpringProcessEngineConfiguration> breachWorkflowEngineConfigurer(
            CaseBoardListener board) {
        return configuration -> {
            configuration.setEnableSafeBpmnXml(false);
            configuration.setEventListeners(java.util.List.of(board));
        };
    }
}
