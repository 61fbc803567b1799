package com.marginportal.notification;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a margin call asked of the client, read from the notice's own snapshot — the figures the client was sent,
 * not figures computed again — so that the advisor who calls them quotes the same target, amount and deadline.
 * {@code financingRatioLine} is set when the notice also asked for the financing ratio back to its line (the amount
 * covers both), null otherwise.
 */
public record NoticeDemand(BigDecimal topUpTarget, BigDecimal topUpAmount, Instant deadline,
                           BigDecimal financingRatioLine) {

    /** Amounts as written, digit for digit (a double would round a large amount). */
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /**
     * The demand of a written margin call or extension (the new deadline); empty for other notices and for one that
     * could not be written.
     */
    public static Optional<NoticeDemand> of(NoticeRecord notice) {
        if (!notice.type().demandsTopUp() || !notice.written() || notice.snapshotJson() == null) {
            return Optional.empty();
        }
        try {
            JsonNode s = JSON.readTree(notice.snapshotJson());
            JsonNode deadline = s.path("topUpDeadline");
            boolean financingCrossed = false;
            for (JsonNode crossed : s.path("crossedLines")) {
                financingCrossed |= NoticeCrossedLine.Kind.FINANCING_RATIO.name().equals(crossed.path("kind").asText());
            }
            return Optional.of(new NoticeDemand(decimal(s.path("lines").path("topUpTarget")), decimal(s.path("topUpAmount")),
                    deadline.isTextual() ? OffsetDateTime.parse(deadline.asText()).toInstant() : null,
                    financingCrossed ? decimal(s.path("lines").path("financingRatio")) : null));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable snapshot of notice " + notice.id(), e);
        }
    }

    private static BigDecimal decimal(JsonNode n) {
        return n.isNumber() ? n.decimalValue() : n.isTextual() ? new BigDecimal(n.asText()) : null;
    }
}
