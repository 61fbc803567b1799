package com.marginportal.importing;

import java.io.IOException;

/** Streams the rows of one table file: first the header, then data rows, blank rows skipped. */
interface TableReader extends AutoCloseable {

    /** The header row (row 1 unless blank rows precede it). */
    SourceRow header();

    /** The next non-blank data row, or {@code null} at the end. */
    SourceRow next();

    @Override
    void close() throws IOException;
}
