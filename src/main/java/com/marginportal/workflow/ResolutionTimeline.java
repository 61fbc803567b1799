package com.marginportal.workflow;

import java.util.List;

import com.marginportal.service.TimelineEntry;
import com.marginportal.service.TimelineKind;
import com.marginportal.service.TimelineSource;

import org.springframework.stereotype.Component;

/** The client's resolution records on their timeline, in the caller's scope. */
@Component
class ResolutionTimeline implements TimelineSource {

    private final ResolutionRecords records;

    ResolutionTimeline(ResolutionRecords records) {
        this.records = records;
    }

    @Override
    public List<TimelineEntry> entries(long clientId) {
        return records.forClient(clientId).stream().map(ResolutionTimeline::entry).toList();
    }

    private static TimelineEntry entry(ResolutionRecord r) {
        return new TimelineEntry(r.resolvedAt(), TimelineKind.RESOLUTION, "timeline.resolution",
                List.of(Long.toString(r.caseId()), new TimelineEntry.Code("outcome." + r.outcome().name())),
                r.reason(), r.decider());
    }
}
