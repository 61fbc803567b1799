package com.marginportal.importing;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * The first sheet of an XLSX file, streamed. Cells become the text a CSV would hold: numbers in plain
 * notation, date-formatted numbers as ISO dates (or date-times), booleans as true/false.
 */
final class XlsxTableReader implements TableReader {

    /** A number format that shows a date: has y or d outside quoted text and is not elapsed time. */
    private static final Pattern DATE_FORMAT = Pattern.compile("(?i)^(?:[^\"]|\"[^\"]*\")*[yd].*");

    private final ReadableWorkbook workbook;
    private final Stream<Row> stream;
    private final Iterator<Row> rows;
    private final XlsxLimits limits;
    private SourceRow header;
    private int read;

    XlsxTableReader(File file, XlsxLimits limits) throws IOException {
        this.limits = limits;
        try {
            this.workbook = new ReadableWorkbook(file, new ReadingOptions(true, false));
            this.stream = workbook.getFirstSheet().openStream();
            this.rows = stream.iterator();
        } catch (ExcelReaderException | IOException e) {
            throw new FileRejected("the file is not a readable XLSX workbook: " + e.getMessage(), e);
        }
    }

    @Override
    public SourceRow header() {
        if (header == null) {
            header = next();
            if (header == null) {
                throw new FileRejected("the first sheet is empty: expected a header row");
            }
        }
        return header;
    }

    @Override
    public SourceRow next() {
        try {
            while (rows.hasNext()) {
                Row row = rows.next();
                if (++read > limits.maxRows() || row.getRowNum() > limits.maxRows()) {
                    throw new FileRejected("the sheet has more than " + limits.maxRows()
                            + " rows (row limit, portal.import.xlsx.max-rows = " + limits.maxRows() + ")");
                }
                List<String> cells = new ArrayList<>(row.getCellCount());
                for (int i = 0; i < row.getCellCount(); i++) {
                    String text = text(row.getCell(i));
                    if (text.length() > limits.maxCellLength()) {
                        throw new FileRejected("row " + row.getRowNum() + ": a cell holds " + text.length()
                                + " characters, more than " + limits.maxCellLength()
                                + " (cell length limit, portal.import.xlsx.max-cell-length = " + limits.maxCellLength() + ")");
                    }
                    cells.add(text);
                }
                if (!SourceRow.blank(cells)) {
                    return new SourceRow(row.getRowNum(), cells);
                }
            }
            return null;
        } catch (ExcelReaderException e) {
            throw new FileRejected("the XLSX sheet cannot be read: " + e.getMessage(), e);
        }
    }

    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getType()) {
            case EMPTY -> "";
            case NUMBER -> number(cell);
            case BOOLEAN -> String.valueOf(cell.asBoolean());
            case STRING -> cell.asString().strip();
            default -> cell.getRawValue() == null ? "" : cell.getRawValue().strip(); // formula result, error
        };
    }

    private static String number(Cell cell) {
        String format = cell.getDataFormatString();
        if (format != null && DATE_FORMAT.matcher(format).matches()) {
            LocalDateTime value = cell.asDate();
            return value.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                    ? value.toLocalDate().toString() : value.toString().replace('T', ' ');
        }
        return new BigDecimal(cell.getRawValue()).stripTrailingZeros().toPlainString();
    }

    @Override
    public void close() throws IOException {
        stream.close();
        workbook.close();
    }
}
