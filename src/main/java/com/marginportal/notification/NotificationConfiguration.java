package com.marginportal.notification;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Wiring of the notification feature. Scheduling is enabled here too, so dispatch does not hinge on another feature. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationProperties.class)
@EnableScheduling
class NotificationConfiguration {

    @Bean
    NoticeRenderer noticeRenderer() {
        return new NoticeRenderer();
    }
}
