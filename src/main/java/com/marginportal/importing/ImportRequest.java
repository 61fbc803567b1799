package com.marginportal.importing;

import java.util.Objects;

/**
 * One import: what the file holds, where it came from, its name (for the log) and, for CSV, its charset
 * name ({@code null} means UTF-8; ignored for XLSX).
 */
public record ImportRequest(ImportKind kind, ImportSource source, String fileName, String charset) {

    public ImportRequest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        fileName = fileName == null || fileName.isBlank() ? "(unnamed)" : fileName.strip();
        charset = charset == null || charset.isBlank() ? null : charset.strip();
    }
}
