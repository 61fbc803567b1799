package com.marginportal.notification;

import java.util.Objects;

/**
 * A case's risk notice as far as it is known before it is written: its place in the outbox (type, case, dedup key)
 * and who may see it (client, branch). What a notice that could not be written is stored with.
 */
public record NoticeSlot(NoticeType type, long caseId, long clientId, long branchId, String dedupKey) {

    public NoticeSlot {
        Objects.requireNonNull(type, "type");
        dedupKey = NoticeFields.text(dedupKey, "dedupKey", 100);
    }
}
