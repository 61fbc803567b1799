package com.marginportal.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * RFC 4180 CSV decoded strictly: a byte sequence that is not valid in the declared charset raises an
 * error instead of becoming U+FFFD, so a GBK file read as UTF-8 is rejected, never silently garbled.
 * The caller has already skipped a UTF-8 byte-order mark.
 */
final class CsvTableReader implements TableReader {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final Charset charset;
    private final CharsetProbe probe;
    private SourceRow header;

    /** @param probe finds the exact line of an undecodable byte when decoding fails */
    CsvTableReader(InputStream in, Charset charset, CharsetProbe probe) throws IOException {
        this.charset = charset;
        this.probe = probe;
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
        this.parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
        this.records = parser.iterator();
    }

    @Override
    public SourceRow header() {
        if (header == null) {
            header = next();
            if (header == null) {
                throw new FileRejected("the file is empty: expected a header row");
            }
        }
        return header;
    }

    @Override
    public SourceRow next() {
        try {
            while (records.hasNext()) {
                CSVRecord record = records.next();
                List<String> cells = new ArrayList<>(record.size());
                for (String value : record) {
                    cells.add(value.strip());
                }
                if (!SourceRow.blank(cells)) {
                    return new SourceRow((int) record.getRecordNumber(), cells);
                }
            }
            return null;
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new FileRejected(probe.describe(charset), e);
            }
            throw new FileRejected("the file is not valid CSV near row " + (parser.getRecordNumber() + 1)
                    + ": " + e.getCause().getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
