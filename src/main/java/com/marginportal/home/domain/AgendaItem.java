package com.marginportal.home.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One piece of work on the advisor's day: a breach task, a contact a plan asks for, or a client's service request.
 *
 * @param kind     what it is
 * @param titleKey the i18n key naming the step (e.g. {@code task.contactClient})
 * @param level    the breach level of a breach task (null otherwise)
 * @param reason   the indicator its case crossed ({@code MAINTENANCE_RATIO}, {@code FINANCING_RATIO}; null otherwise)
 * @param ratio    the client's latest maintenance ratio where the item concerns a breach (null otherwise)
 * @param link     the portal route that opens it
 */
public record AgendaItem(Kind kind, String titleKey, long clientId, String level, String reason, BigDecimal ratio,
                         Instant due, String link) {

    public enum Kind { BREACH_TASK, CONTACT_PLAN, SERVICE_REQUEST }

    public AgendaItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(titleKey, "titleKey");
        Objects.requireNonNull(link, "link");
    }
}
