package com.marginportal.workflow;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Rows out to a stream as CSV (UTF-8 with BOM, Excel dialect) or XLSX (fastexcel, flushed as it goes). */
abstract class TableWriter {

    abstract void row(List<?> values) throws IOException;

    abstract void finish() throws IOException;

    static TableWriter of(ExportFormat format, String sheet, OutputStream out) throws IOException {
        return format == ExportFormat.CSV ? new Csv(out) : new Xlsx(sheet, out);
    }

    /** A cell Excel would read as a formula (=, +, -, @) is written as text. */
    static String text(String value) {
        return value != null && !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static final class Csv extends TableWriter {

        private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        private final CSVPrinter printer;

        Csv(OutputStream out) throws IOException {
            out.write(BOM);
            printer = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)),
                    CSVFormat.EXCEL);
        }

        @Override
        void row(List<?> values) throws IOException {
            printer.printRecord(values.stream().map(v -> v == null ? "" : v instanceof String s ? text(s)
                    : v instanceof BigDecimal d ? d.toPlainString() : v.toString()).toList());
        }

        @Override
        void finish() throws IOException {
            printer.flush();
        }
    }

    private static final class Xlsx extends TableWriter {

        private static final int FLUSH_EVERY = 1000;
        private final Workbook workbook;
        private final Worksheet sheet;
        private int rowNo;

        Xlsx(String name, OutputStream out) {
            workbook = new Workbook(out, "MarginPortal", "1.0");
            sheet = workbook.newWorksheet(name);
        }

        @Override
        void row(List<?> values) throws IOException {
            for (int c = 0; c < values.size(); c++) {
                Object v = values.get(c);
                if (v instanceof Number n) {
                    sheet.value(rowNo, c, n);
                } else if (v != null) {
                    sheet.value(rowNo, c, v.toString());
                }
            }
            if (++rowNo % FLUSH_EVERY == 0) {
                sheet.flush();
            }
        }

        @Override
        void finish() throws IOException {
            workbook.finish();
        }
    }
}
