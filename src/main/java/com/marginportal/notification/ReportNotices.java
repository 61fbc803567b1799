package com.marginportal.notification;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * System API of the periodic report job: a client's monthly report into the outbox, rendered in the client's
 * language with the figures it states kept as the snapshot; sent by {@link NoticeDispatcher} like every notice.
 */
@Service
public class ReportNotices {

    static final String CREATED_BY = "system";

    private final NoticeStore notices;
    private final NoticeRenderer renderer;
    private final ObjectMapper json;
    private final Clock clock;

    ReportNotices(NoticeStore notices, NoticeRenderer renderer, ObjectMapper json, Clock clock) {
        this.notices = notices;
        this.renderer = renderer;
        this.json = json;
        this.clock = clock;
    }

    /** Enqueues the report once per client and month; a repeat returns the first one's id and adds nothing. */
    @Transactional
    public long enqueue(PeriodicReportRequest request) {
        Optional<Long> existing = notices.idForDedupKey(request.dedupKey(), false);
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            return notices.insert(NoticeHeader.of(request), renderer.render(request), snapshot(request),
                    clock.instant(), CREATED_BY);
        } catch (DuplicateKeyException raced) { // another node enqueued the same month just now
            return notices.idForDedupKey(request.dedupKey(), true).orElseThrow(() -> raced);
        }
    }

    private String snapshot(PeriodicReportRequest r) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("period", r.period().toString());
        doc.put("valuedAt", r.valuedAt() == null ? null : r.valuedAt().toString());
        doc.put("maskedAccountNumber", r.maskedAccountNumber());
        doc.put("maintenanceRatio", r.maintenanceRatio());
        doc.put("totalAssets", r.totalAssets());
        doc.put("totalDebt", r.totalDebt());
        doc.put("cash", r.cash());
        doc.put("tradesInPeriod", r.tradesInPeriod());
        doc.put("recommendations", r.recommendations());
        doc.put("advisorName", r.advisorName());
        try {
            return json.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("report snapshot cannot be written as JSON", e);
        }
    }
}
