package com.marginportal.client;

import java.time.Instant;

public record ContactLine(Instant contactedAt, String channel, String direction, boolean reached,
                          String subject, String note, Long advisorId) {
}
