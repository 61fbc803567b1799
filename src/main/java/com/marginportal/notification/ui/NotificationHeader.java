package com.marginportal.notification.ui;

import com.marginportal.notification.InAppMessages;
import com.marginportal.shell.HeaderItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class NotificationHeader {

    @Bean
    HeaderItem messagesBell(InAppMessages messages) {
        return new HeaderItem(10, () -> new MessagesBell(messages));
    }
}
