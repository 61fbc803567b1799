package com.marginportal.classification.ui;

import com.marginportal.shell.MenuEntry;
import com.vaadin.flow.component.icon.VaadinIcon;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClassificationMenu {

    @Bean
    MenuEntry segmentsMenuEntry() {
        return new MenuEntry(12, "nav.segments", SegmentMatrixView.class, VaadinIcon.TABLE);
    }

    @Bean
    MenuEntry thresholdsMenuEntry() {
        return new MenuEntry(82, "nav.thresholds", ThresholdsView.class, VaadinIcon.CLUSTER);
    }

    @Bean
    MenuEntry recommendationsMenuEntry() {
        return new MenuEntry(83, "nav.recommendations", RecommendationsView.class, VaadinIcon.LIGHTBULB);
    }
}
