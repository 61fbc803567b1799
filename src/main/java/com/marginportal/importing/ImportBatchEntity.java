package com.marginportal.importing;

import static com.marginportal.UtcColumns.stored;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An import_batch row: RUNNING from the start of an import, completed at its end by the import that wrote it (one
 * writer per row, so no version).
 */
@Entity
@Table(name = "import_batch")
class ImportBatchEntity {

    private static final int MAX_MESSAGE = 1000;
    private static final int MAX_FILE_NAME = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private ImportKind kind;
    @Enumerated(EnumType.STRING)
    private ImportSource source;
    @Column(name = "file_name")
    private String fileName;
    @Column(name = "charset_name")
    private String charset;
    private String status;
    @Column(name = "row_total")
    private int rows;
    @Column(name = "error_count")
    private int errorCount;
    @Column(name = "detail")
    private String message;
    @Column(name = "started_at")
    private Instant startedAt;
    @Column(name = "finished_at")
    private Instant finishedAt;
    private String username;

    protected ImportBatchEntity() {
    }

    ImportBatchEntity(ImportRequest request, String charset, String username, Instant now) {
        this.kind = request.kind();
        this.source = request.source();
        this.fileName = truncate(request.fileName(), MAX_FILE_NAME);
        this.charset = charset;
        this.status = "RUNNING";
        this.startedAt = stored(now);
        this.username = username;
    }

    void finish(ImportResult result, Instant now) {
        status = result.status().name();
        rows = result.rows();
        errorCount = result.errorCount();
        message = truncate(result.message(), MAX_MESSAGE);
        finishedAt = stored(now);
    }

    long getId() {
        return id;
    }

    ImportBatchRecord toRecord() {
        return new ImportBatchRecord(id, kind, source, fileName, charset, status, rows, errorCount, message, startedAt,
                finishedAt, username);
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
