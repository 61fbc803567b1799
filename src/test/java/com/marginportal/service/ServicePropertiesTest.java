package com.marginportal.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.Map;

import com.marginportal.service.domain.RequestType;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** portal.service.* as written in application.yml: types left out keep their defaults, bad values stop the start. */
class ServicePropertiesTest {

    @Test
    void defaultsWithoutAnySetting() {
        ServiceProperties p = bind(Map.of());
        assertThat(p.dueTradingDays()).containsEntry(RequestType.COMPLAINT, 1).containsEntry(RequestType.OTHER, 5)
                .hasSize(RequestType.values().length);
        assertThat(p.dayEnd()).isEqualTo(LocalTime.of(17, 0));
        assertThat(p.planTaskDueDays()).isEqualTo(2);
    }

    @Test
    void oneTypeChangedTheOthersKeepTheirDefault() {
        ServiceProperties p = bind(Map.of("portal.service.due-trading-days.account-change", "4",
                "portal.service.due-trading-days.complaint", "0", "portal.service.day-end", "16:30"));
        assertThat(p.dueTradingDays()).containsEntry(RequestType.ACCOUNT_CHANGE, 4).containsEntry(RequestType.COMPLAINT, 0)
                .containsEntry(RequestType.PRODUCT, 3);
        assertThat(p.dayEnd()).isEqualTo(LocalTime.of(16, 30));
    }

    @Test
    void aNegativeDueTimeIsRefused() {
        assertThatThrownBy(() -> bind(Map.of("portal.service.due-trading-days.complaint", "-1")))
                .isInstanceOf(BindException.class).hasRootCauseMessage("due days of COMPLAINT must be 0 to 60, not -1");
    }

    private static ServiceProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("portal.service", ServiceProperties.class);
    }
}
