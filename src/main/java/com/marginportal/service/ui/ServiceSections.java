package com.marginportal.service.ui;

import java.time.Clock;

import com.marginportal.service.ClientTimeline;
import com.marginportal.service.ServiceProperties;
import com.marginportal.service.ServiceRequests;
import com.marginportal.shell.DetailSection;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The client 360 view's service requests tab and its timeline tab, contributed without the view knowing this feature. */
@Configuration(proxyBeanMethods = false)
class ServiceSections {

    @Bean
    DetailSection clientServiceRequestsSection(ServiceRequests requests, ServiceProperties settings, Clock clock) {
        return new DetailSection(DetailSection.CLIENT, 40, "service.tab.requests",
                clientId -> new ClientRequestsPanel(requests, settings, clock, clientId));
    }

    @Bean
    DetailSection clientTimelineSection(ClientTimeline timeline) {
        return new DetailSection(DetailSection.CLIENT, 60, "timeline.tab",
                clientId -> new TimelinePanel(timeline.forClient(clientId)));
    }
}
