package com.marginportal.service;

import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Map;

import com.marginportal.service.domain.DueDateRule;
import com.marginportal.service.domain.RequestType;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Client service settings ({@code portal.service.*}).
 *
 * @param dueTradingDays   per request type, the trading days until a request is due (complaints 1, information 2,
 *                         products and account changes 3, other 5); types left out keep their default
 * @param dayEnd           the end of the service day (Asia/Shanghai) at which requests and plan tasks fall due
 * @param planTaskDueDays  trading days an advisor has for a contact a plan asks for
 */
@ConfigurationProperties("portal.service")
public record ServiceProperties(Map<RequestType, Integer> dueTradingDays, LocalTime dayEnd, Integer planTaskDueDays) {

    private static final Map<RequestType, Integer> DEFAULT_DUE = Map.of(RequestType.COMPLAINT, 1,
            RequestType.INFORMATION, 2, RequestType.PRODUCT, 3, RequestType.ACCOUNT_CHANGE, 3, RequestType.OTHER, 5);

    public ServiceProperties {
        Map<RequestType, Integer> merged = new EnumMap<>(DEFAULT_DUE);
        if (dueTradingDays != null) {
            merged.putAll(dueTradingDays);
        }
        dueTradingDays = Map.copyOf(merged);
        dayEnd = dayEnd == null ? LocalTime.of(17, 0) : dayEnd;
        planTaskDueDays = planTaskDueDays == null ? 2 : planTaskDueDays;
        if (planTaskDueDays < 0) {
            throw new IllegalArgumentException("portal.service.plan-task-due-days must not be negative");
        }
        new DueDateRule(dueTradingDays, dayEnd); // fails at start-up on a bad setting, not on the first request
    }

    DueDateRule dueDateRule() {
        return new DueDateRule(dueTradingDays, dayEnd);
    }
}
