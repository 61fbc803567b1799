package com.marginportal.client;

import java.math.BigDecimal;
import java.time.Instant;

import com.marginportal.client.segment.SegmentValues;

/** One row of the client list; the phone is already masked. {@code segments} are the effective classifications. */
public record ClientListItem(long clientId, long accountId, String name, String maskedPhone, long branchId,
                             Long advisorId, String riskTolerance, BigDecimal totalAssets,
                             BigDecimal maintenanceRatio, Instant valuedAt, SegmentValues segments) {

    ClientListItem withSegments(SegmentValues values) {
        return new ClientListItem(clientId, accountId, name, maskedPhone, branchId, advisorId, riskTolerance,
                totalAssets, maintenanceRatio, valuedAt, values);
    }
}
