package com.marginportal.classification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.marginportal.classification.domain.Reason;
import com.marginportal.classification.domain.SuitabilityFacts;
import com.marginportal.classification.domain.SuitabilityRules;
import com.marginportal.client.ClientActivity;

import org.springframework.stereotype.Component;

/**
 * Checks every client's suitability during the classification pass (same data, same chunks), so the list's
 * "suitability issues only" filter and the 360 view's warning read the same stored result.
 */
@Component
class SuitabilityCheck {

    private final SuitabilityRules rules;
    private final SuitabilityStore store;
    private final Clock clock;

    SuitabilityCheck(SuitabilityProperties properties, SuitabilityStore store, Clock clock) {
        this.rules = new SuitabilityRules(properties.criteria());
        this.store = store;
        this.clock = clock;
    }

    Batch batch() {
        return new Batch(LocalDate.now(clock));
    }

    /** The issues of one chunk of clients, written when the chunk is. */
    final class Batch {

        private final LocalDate today;
        private final Map<Long, List<Reason>> issues = new LinkedHashMap<>();

        private Batch(LocalDate today) {
            this.today = today;
        }

        void add(ClientActivity a) {
            List<Reason> found = rules.issues(new SuitabilityFacts(a.riskTolerance(), a.birthDate(), a.tradingSince(),
                    a.openedOn()), today);
            if (!found.isEmpty()) {
                issues.put(a.clientId(), found);
            }
        }

        void flush(long firstClientId, long lastClientId, Instant at) {
            flush(ClientSpan.range(firstClientId, lastClientId), at);
        }

        void flush(ClientSpan span, Instant at) {
            store.replace(span, issues, at);
            issues.clear();
        }
    }
}
