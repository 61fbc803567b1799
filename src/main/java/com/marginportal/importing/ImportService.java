package com.marginportal.importing;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.sql.DataSource;

import com.marginportal.security.AuditLog;
import com.marginportal.security.AuditText;
import com.marginportal.security.CurrentUser;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a CSV or XLSX file of one {@link ImportKind}; the upload view and the REST API both call this.
 * All-or-nothing: any bad row and nothing is written. Every import is logged ({@code import_batch}) and
 * audited; a successful one publishes {@link DataImported}.
 * JdbcClient, not JPA: a streaming JdbcTemplate (fetch size 1,000) reads the reference ids of a whole import.
 */
@Service
public class ImportService {

    public static final int MAX_REPORTED_ERRORS = 1000;
    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    private final Map<ImportKind, KindImport<?>> kinds;
    private final ImportBatchLog batches;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final WriteApis writeApis;
    private final JdbcTemplate streaming;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final XlsxLimits limits;
    private final MeterRegistry meters;

    ImportService(ImportProperties properties, XlsxLimits limits, MeterRegistry meters, ImportBatchLog batches,
                  AuditLog audit, CurrentUser currentUser, ApplicationEventPublisher events, WriteApis writeApis,
                  DataSource dataSource, TransactionTemplate tx, Clock clock) {
        this.kinds = Stream.of(new SecuritiesImport(), new PricesImport(), new PositionsImport(), new BalancesImport(),
                        new ClientsImport(properties), new TradesImport(), new HolidaysImport())
                .collect(Collectors.toMap(KindImport::kind, Function.identity()));
        this.batches = batches;
        this.audit = audit;
        this.currentUser = currentUser;
        this.events = events;
        this.writeApis = writeApis;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(1000); // MariaDB streams the reference ids instead of buffering them
        this.tx = tx;
        this.clock = clock;
        this.limits = limits;
        this.meters = meters;
    }

    /** The columns a file of this kind may have, in the order a template lists them. */
    @PreAuthorize("hasAnyRole('ADMIN','INTEGRATION')")
    public List<Column> columns(ImportKind kind) {
        return kinds.get(kind).columns();
    }

    @PreAuthorize("hasAnyRole('ADMIN','INTEGRATION')")
    public ImportResult importFile(ImportRequest request, ImportInput input) {
        String username = currentUser.usernameOrSystem();
        long batchId = batches.start(request, request.charset(), username, clock.instant());
        long started = System.nanoTime();
        ImportResult result = run(batchId, request, input);
        batches.finish(result, clock.instant());
        audit.record("IMPORT", "import_batch", String.valueOf(batchId), AuditText.of("imported",
                AuditText.word("importKind." + request.kind()), AuditText.word("enum.ImportSource." + request.source()),
                request.fileName(), result.rows(), AuditText.word("enum.ImportStatus." + result.status()),
                result.errorCount()));
        long nanos = System.nanoTime() - started;
        Timer.builder("portal.import.duration").description("Duration of an import, both passes")
                .tags("kind", request.kind().name(), "outcome", result.status().name()).register(meters)
                .record(nanos, TimeUnit.NANOSECONDS);
        if (result.status() == ImportStatus.SUCCEEDED) { // rows per second: rate(portal_import_rows_total[5m])
            Counter.builder("portal.import.rows").description("Rows imported").tag("kind", request.kind().name())
                    .register(meters).increment(result.rows());
        }
        log.info("import {} {} '{}': {} rows, {} in {} ms", batchId, request.kind(), request.fileName(), result.rows(),
                result.status(), (System.nanoTime() - started) / 1_000_000);
        return result;
    }

    /** The latest entries of the import log, newest first. */
    @PreAuthorize("hasAnyRole('ADMIN','INTEGRATION')")
    public List<ImportBatchRecord> latestBatches(int limit) {
        return batches.latest(Math.max(1, Math.min(limit, 500)));
    }

    private ImportResult run(long batchId, ImportRequest request, ImportInput input) {
        ErrorCollector errors = new ErrorCollector(MAX_REPORTED_ERRORS);
        int rows = 0;
        try (ImportFile file = new ImportFile(input, request.charset(), limits)) {
            ImportPipeline<?> pipeline = new ImportPipeline<>(kinds.get(request.kind()), file, errors);
            long started = System.nanoTime();
            rows = pipeline.validate(new JdbcReferences(streaming));
            long validated = System.nanoTime();
            if (!errors.isEmpty()) {
                return result(batchId, request, ImportStatus.REJECTED, rows, errors, errors.count()
                        + (errors.count() == 1 ? " error" : " errors") + " found: nothing was imported");
            }
            int written = rows;
            Writes writes = writeApis.at(clock.instant());
            pipeline.write(tx, writes, affected -> events.publishEvent(new DataImported(request.kind(), batchId, written, affected)));
            log.info("import {}: pass 1 (read and check) {} ms, pass 2 (write) {} ms", batchId,
                    (validated - started) / 1_000_000, (System.nanoTime() - validated) / 1_000_000);
            return result(batchId, request, ImportStatus.SUCCEEDED, rows, errors, rows + " rows imported");
        } catch (FileRejected e) {
            return result(batchId, request, ImportStatus.REJECTED, rows, errors, e.getMessage() + ": nothing was imported");
        } catch (IOException e) {
            return result(batchId, request, ImportStatus.REJECTED, rows, errors,
                    "the file could not be read (" + e.getMessage() + "): nothing was imported");
        } catch (RuntimeException e) {
            log.warn("import {} of {} failed while writing", batchId, request.kind(), e);
            return result(batchId, request, ImportStatus.FAILED, rows, errors,
                    "writing failed and was rolled back, nothing was imported: " + rootMessage(e));
        } catch (Error e) {
            // e.g. OutOfMemoryError: the import's objects are unreachable once we are here, so the batch can still
            // be marked; it must never stay RUNNING
            log.error("import {} of {} stopped on an unexpected error", batchId, request.kind(), e);
            return result(batchId, request, ImportStatus.FAILED, rows, errors, "the import stopped on an unexpected error ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + "), rolled back: nothing was imported");
        }
    }

    private static ImportResult result(long batchId, ImportRequest request, ImportStatus status, int rows,
                                       ErrorCollector errors, String message) {
        return new ImportResult(batchId, request.kind(), status, rows, errors.count(), errors.kept(), message);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
