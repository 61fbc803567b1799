package com.marginportal.workflow;

import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
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
    @Bean
    EngineConfigurationConfigurer<SpringProcessEngineConfiguration> breachWorkflowEngineConfigurer() {
        return configuration -> configuration.setEnableSafeBpmnXml(false);
    }
}
