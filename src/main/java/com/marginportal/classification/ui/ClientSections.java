package com.marginportal.classification.ui;

import com.marginportal.classification.ClassificationService;
import com.marginportal.classification.RecommendationService;
import com.marginportal.classification.SuitabilityService;
import com.marginportal.classification.TradingBehaviourService;
import com.marginportal.security.CurrentUser;
import com.marginportal.security.Role;
import com.marginportal.security.UserDirectory;
import com.marginportal.shell.DetailSection;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The classification's part of the client 360 view, contributed without the view knowing this feature: the
 * suitability check in the profile, the classification and recommendations panels, the trading behaviour tab.
 */
@Configuration(proxyBeanMethods = false)
class ClientSections {

    @Bean
    DetailSection clientSuitability(SuitabilityService suitability) {
        return new DetailSection(DetailSection.CLIENT_PROFILE, 10, "client.suitability",
                clientId -> new SuitabilityNote(suitability.issuesOf(clientId)));
    }

    /** Managers and admins may override a class. */
    @Bean
    DetailSection clientClassification(ClassificationService classifications, CurrentUser currentUser) {
        return new DetailSection(DetailSection.CLIENT_PANEL, 10, "client.section.classification",
                clientId -> new ClassificationPanel(classifications, clientId, is(currentUser, Role.MANAGER, Role.ADMIN)));
    }

    /** Advisors and managers record answers. */
    @Bean
    DetailSection clientRecommendations(RecommendationService recommendations, UserDirectory users,
                                        CurrentUser currentUser) {
        return new DetailSection(DetailSection.CLIENT_PANEL, 20, "client.section.recommendations",
                clientId -> new RecommendationsPanel(recommendations, users, clientId,
                        is(currentUser, Role.ADVISOR, Role.MANAGER)));
    }

    /** After the trades, before the contact and service history. */
    @Bean
    DetailSection clientBehaviour(TradingBehaviourService behaviour) {
        return new DetailSection(DetailSection.CLIENT, DetailSection.CLIENT_HISTORY_ORDER - 10, "client.tab.behaviour",
                clientId -> new BehaviourTab(behaviour, clientId));
    }

    private static boolean is(CurrentUser currentUser, Role one, Role other) {
        Role role = currentUser.require().role();
        return role == one || role == other;
    }
}
