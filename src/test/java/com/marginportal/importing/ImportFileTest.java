package com.marginportal.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bytes to rows: charsets, byte-order marks, CSV quoting and XLSX cells. */
class ImportFileTest {

    private static final Charset GBK = Charset.forName("GBK");
    private static final String CHINESE = "code,name\n600519.SH,贵州茅台\n000001.SZ,\"平安银行, 深圳\"\n";

    private static List<SourceRow> read(byte[] bytes, String charset) throws IOException {
        try (ImportFile file = new ImportFile(() -> new ByteArrayInputStream(bytes), charset);
             TableReader reader = file.open()) {
            List<SourceRow> rows = new ArrayList<>();
            rows.add(reader.header());
            for (SourceRow row = reader.next(); row != null; row = reader.next()) {
                rows.add(row);
            }
            return rows;
        }
    }

    @Test
    void readsUtf8WithAndWithoutByteOrderMark() throws IOException {
        byte[] plain = CHINESE.getBytes(StandardCharsets.UTF_8);
        byte[] bom = ("\uFEFF" + CHINESE).getBytes(StandardCharsets.UTF_8);
        assertThat(read(plain, null)).isEqualTo(read(bom, null));
        List<SourceRow> rows = read(bom, "UTF-8");
        assertThat(rows.get(0).cells()).containsExactly("code", "name");
        assertThat(rows.get(2)).isEqualTo(new SourceRow(3, List.of("000001.SZ", "平安银行, 深圳")));
    }

    @Test
    void readsGbkWhenTheCharsetIsGiven() throws IOException {
        assertThat(read(CHINESE.getBytes(GBK), "GBK").get(1).cells()).containsExactly("600519.SH", "贵州茅台");
    }

    @Test
    void rejectsGbkReadAsUtf8NamingTheRowAndTheCharset() {
        String csv = "code,name\n510300.SH,300ETF\n600519.SH,贵州茅台\n";
        assertThatThrownBy(() -> read(csv.getBytes(GBK), null)).isInstanceOf(FileRejected.class)
                .hasMessage("the file is not valid UTF-8: row 3 contains bytes that are not UTF-8 (b9 f3 d6 dd c3 a9 cc a8)"
                        + "; give the file's charset, e.g. charset=GBK");
    }

    @Test
    void rejectsUtf8WithByteOrderMarkDeclaredAsGbk() {
        byte[] bom = ("\uFEFF" + CHINESE).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> read(bom, "GBK")).isInstanceOf(FileRejected.class)
                .hasMessageContaining("UTF-8 byte-order mark but charset GBK was given");
    }

    @Test
    void rejectsUnknownCharsetsEmptyFilesAndLegacyExcel() {
        assertThatThrownBy(() -> read(new byte[0], "klingon")).hasMessageStartingWith("unknown charset 'klingon'");
        assertThatThrownBy(() -> read(new byte[0], null)).hasMessageContaining("the file is empty");
        assertThatThrownBy(() -> read(new byte[] {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, 0}, null))
                .hasMessageContaining(".xls");
    }

    @Test
    void skipsBlankLinesButKeepsSpreadsheetRowNumbers() throws IOException {
        List<SourceRow> rows = read("a,b\n\n1,2\n , \n3,4\n".getBytes(StandardCharsets.UTF_8), null);
        assertThat(rows).extracting(SourceRow::number).containsExactly(1, 3, 5);
    }

    @Test
    void readsTheFirstSheetOfAnXlsxWithNumbersDatesAndText() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(out, "test", "1.0")) {
            Worksheet ws = wb.newWorksheet("positions");
            ws.value(0, 0, "code");
            ws.value(0, 1, "price");
            ws.value(0, 2, "price_date");
            ws.value(0, 3, "flag");
            ws.value(2, 0, "600519.SH");
            ws.value(2, 1, 1520.5);
            ws.value(2, 2, LocalDate.of(2026, 11, 25));
            ws.style(2, 2).format("yyyy-mm-dd").set();
            ws.value(2, 3, true);
            ws.value(3, 0, "000001.SZ");
            ws.value(3, 1, 12);
        }
        List<SourceRow> rows = read(out.toByteArray(), "GBK"); // the charset does not apply to XLSX
        assertThat(rows).containsExactly(new SourceRow(1, List.of("code", "price", "price_date", "flag")),
                new SourceRow(3, List.of("600519.SH", "1520.5", "2026-11-25", "true")),
                new SourceRow(4, List.of("000001.SZ", "12")));
    }
}
