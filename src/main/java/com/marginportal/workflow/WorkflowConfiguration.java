package com.marginportal.workflow;

import java.util.List;

import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;

import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The breach workflow. MariaDB and the embedded H2 (regular mode) need nothing special; processes are deployed
 * from {@code classpath*:/bpmn/} (application.yml). Tasks record who completed them in explicit variables, so
 * Flowable's Spring Security bridge is not needed.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WorkflowProperties.class)
class WorkflowConfiguration {

    /**
     * Where risk events are turned into process actions: {@code portal.workflow.start-threads} lanes (a case always
     * on the same one), or the caller's thread when {@code portal.workflow.async-events=false} (tests that assert
     * right after a scan).
     */
    @Bean(destroyMethod = "close")
    CaseLanes workflowEvents(@Value("${portal.workflow.async-events:true}") boolean async, WorkflowProperties properties,
                             BreachProcesses processes) {
        CaseLanes.Starter starter = CaseLanes.Starter.of(processes::start, processes::startAll);
        return new CaseLanes(async ? properties.startThreads() : 0, properties.startBatch(), starter);
    }

    /**
     * The threads of Flowable's async job executor, named {@code taskExecutor} as Flowable's auto-configuration
     * looks for it. Explicit, because any other task executor bean in the context would otherwise be taken for it.
     */
    @Bean("taskExecutor")
    ThreadPoolTaskExecutor flowableJobThreads(WorkflowProperties properties) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(properties.jobThreads());
        executor.setMaxPoolSize(properties.jobThreads());
        executor.setQueueCapacity(properties.jobQueue());
        executor.setThreadNamePrefix("flowable-jobs-");
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(30);
        executor.initialize();
        return executor;
    }

    /**
     * Flowable's "safe BPMN XML" mode turns DTD support off on the JDK's StAX reader; on JDK 17 that reader then
     * reports the indentation between elements as text, and the BPMN 2.0 XSD check rejects every indented process
     * file ("Element 'subProcess' cannot have character [children]"). Process files come from our own classpath
     * only (never from users), so the mode is off while the XSD validation stays on. History: at the engine's level,
     * less where a definition asks for it ({@link BreachHistorySettings}).
     */
    @Bean
    EngineConfigurationConfigurer<SpringProcessEngineConfiguration> breachWorkflowEngineConfigurer(
            CaseBoardListener board) {
        return configuration -> {
            configuration.setEnableSafeBpmnXml(false);
            configuration.setEventListeners(List.of(board));
            configuration.setHistoryConfigurationSettings(new BreachHistorySettings(configuration));
            pinDatatypeFactory();
        };
    }

    /**
     * Flowable creates a {@link DatatypeFactory} for every timer it schedules (a start schedules one or two), and JAXP
     * then looks for the implementation in every jar's META-INF/services, holding each jar's lock: in the crash-day
     * thread dumps (issue 14) the start lanes waited on one another there. Naming the class that lookup finds, once,
     * makes JAXP take it directly: the same implementation, without the scan. A value set from outside is kept.
     */
    static void pinDatatypeFactory() {
        if (System.getProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY) == null) {
            try {
                System.setProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY,
                        DatatypeFactory.newInstance().getClass().getName());
            } catch (DatatypeConfigurationException e) {
                throw new IllegalStateException("no javax.xml.datatype.DatatypeFactory: Flowable's timers need one", e);
            }
        }
    }
}
