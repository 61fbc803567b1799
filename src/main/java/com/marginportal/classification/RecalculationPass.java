package com.marginportal.classification;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.marginportal.classification.domain.Classification;
import com.marginportal.classification.domain.ClassificationRules;
import com.marginportal.classification.domain.ClientFacts;
import com.marginportal.client.ClientActivity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One classification pass — every client (one streaming statement, written in chunks by client-number range) or
 * some clients (a statement and a write per chunk of their ids) — with the same rules and the same stored result
 * per client either way. Recorded in {@code classification_run}, progress after every chunk.
 */
@Component
class RecalculationPass {

    static final int CHUNK = 1000;
    /**
     * Clients per statement of a pass over some clients: below MariaDB's in_predicate_conversion_threshold (1,000),
     * which would turn the id lists into table value constructors joined by a slow semi-join.
     */
    static final int ID_CHUNK = 500;
    private static final Logger log = LoggerFactory.getLogger(RecalculationPass.class);

    private final ClassificationFacts facts;
    private final ThresholdStore thresholds;
    private final ClassificationStore store;
    private final SuitabilityCheck suitability;
    private final ClassificationRunLog runs;
    private final Clock clock;

    RecalculationPass(ClassificationFacts facts, ThresholdStore thresholds, ClassificationStore store,
                      SuitabilityCheck suitability, ClassificationRunLog runs, Clock clock) {
        this.facts = facts;
        this.thresholds = thresholds;
        this.store = store;
        this.suitability = suitability;
        this.runs = runs;
        this.clock = clock;
    }

    /** Records a full pass as started (running, with the number of clients to do); run it with {@link #all(long)}. */
    long open(RunTrigger trigger, String by) {
        return runs.start(trigger, true, by, facts.count(), clock.instant());
    }

    /** A full pass, recorded. @return clients classified */
    int all(RunTrigger trigger, String by) {
        return all(open(trigger, by));
    }

    /** Runs the full pass of a run opened with {@link #open}. */
    int all(long runId) {
        return recorded(runId, chunks -> {
            facts.forEach((activity, f) -> {
                if (chunks.add(activity, f) % CHUNK == 0) {
                    chunks.flush(null);
                }
            });
            chunks.flush(null);
        });
    }

    /** Only these clients (e.g. those an import changed), recorded. @return clients processed */
    int clients(long[] clientIds, RunTrigger trigger, String by) {
        long[] ids = Arrays.stream(clientIds).sorted().distinct().toArray();
        long runId = runs.start(trigger, false, by, ids.length, clock.instant());
        return recorded(runId, chunks -> {
            for (int from = 0; from < ids.length; from += ID_CHUNK) {
                long[] part = Arrays.copyOfRange(ids, from, Math.min(ids.length, from + ID_CHUNK));
                facts.forEach(part, chunks::add);
                chunks.flush(part);
            }
        });
    }

    private int recorded(long runId, java.util.function.Consumer<Chunks> pass) {
        long started = System.nanoTime();
        Chunks chunks = new Chunks(runId, thresholds.current());
        try {
            pass.accept(chunks);
        } catch (RuntimeException e) {
            runs.finish(runId, ClassificationRun.Status.FAILED, chunks.processed, chunks.changed,
                    e.getClass().getSimpleName() + ": " + e.getMessage(), clock.instant());
            throw e;
        }
        runs.finish(runId, ClassificationRun.Status.SUCCEEDED, chunks.processed, chunks.changed, null, clock.instant());
        log.info("Classified {} clients (run {}, thresholds v{}, {} changed) in {} ms ({} ms writing)", chunks.processed,
                runId, chunks.version, chunks.changed, (System.nanoTime() - started) / 1_000_000, chunks.writeNanos / 1_000_000);
        return chunks.processed;
    }

    /** The pass's state: the chunk being filled, and counts for the run's progress. */
    private final class Chunks {

        private final long runId;
        private final int version;
        private final ClassificationRules rules;
        private final Instant now = clock.instant();
        private final List<ClassificationStore.Computed> chunk = new ArrayList<>(CHUNK * 4);
        private final SuitabilityCheck.Batch suitable = suitability.batch();
        private int streamed;
        private int processed;
        private int changed;
        private long writeNanos;

        Chunks(long runId, ThresholdStore.Versioned thresholds) {
            this.runId = runId;
            this.version = thresholds.version();
            this.rules = new ClassificationRules(thresholds.thresholds());
        }

        int add(ClientActivity activity, ClientFacts f) {
            for (Classification c : rules.classify(f)) {
                chunk.add(new ClassificationStore.Computed(activity.clientId(), c));
            }
            suitable.add(activity);
            return ++streamed;
        }

        /** Writes the chunk: for the given ids (empty chunk too), or for the range of its clients (full pass). */
        void flush(long[] ids) {
            if (ids == null && chunk.isEmpty()) {
                return;
            }
            ClientSpan span = ids != null ? ClientSpan.of(ids)
                    : ClientSpan.range(chunk.get(0).clientId(), chunk.get(chunk.size() - 1).clientId());
            long writing = System.nanoTime();
            changed += store.replace(chunk, span, now, version);
            suitable.flush(span, now);
            writeNanos += System.nanoTime() - writing;
            processed = ids != null ? processed + ids.length : streamed;
            chunk.clear();
            runs.progress(runId, processed, changed, clock.instant());
        }
    }
}
