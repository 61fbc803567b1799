package com.marginportal.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Control characters in cells, and the XLSX limits against zip bombs, each named in its refusal. */
class ImportHygieneTest {

    @Test
    void aControlCharacterIsAnErrorOfItsCellShownEscaped() {
        Fixtures.Validation v = Fixtures.validate(new PricesImport(),
                "code,price,price_date\n\"600519\r\n.SH\",1,2026-11-25\n000001.SZ,2\u0000,2026-11-25\n510300.SH,3,2026-11-25\n");
        assertThat(v.errors().count()).isEqualTo(2);
        assertThat(v.messages()).contains(
                "column code: '600519\\r\\n.SH' contains the control character U+000D (carriage return) (not allowed in a single-line value)",
                "column price: '2\\0' contains the control character U+0000 (NUL) (not allowed in a single-line value)");
    }

    @Test
    void aCellLongerThanTheLimitIsRefused() throws IOException {
        byte[] xlsx = xlsx(3, "x".repeat(40));
        assertThatThrownBy(() -> validate(xlsx, new XlsxLimits(DataSize.ofMegabytes(10), DataSize.ofMegabytes(10), 100, 30, 100)))
                .isInstanceOf(FileRejected.class)
                .hasMessageContaining("40 characters, more than 30 (cell length limit, portal.import.xlsx.max-cell-length = 30)");
    }

    @Test
    void moreRowsThanTheLimitAreRefused() throws IOException {
        byte[] xlsx = xlsx(10, "1");
        assertThatThrownBy(() -> validate(xlsx, new XlsxLimits(DataSize.ofMegabytes(10), DataSize.ofMegabytes(10), 100, 100, 5)))
                .isInstanceOf(FileRejected.class)
                .hasMessage("the sheet has more than 5 rows (row limit, portal.import.xlsx.max-rows = 5)");
    }

    @Test
    void aPartOrAFileExpandingPastItsLimitIsRefused(@TempDir Path dir) throws IOException {
        Path bomb = dir.resolve("bomb.xlsx");
        XlsxBombIT.writeBomb(bomb, 4L << 20);
        byte[] bytes = Files.readAllBytes(bomb);
        assertThatThrownBy(() -> validate(bytes, new XlsxLimits(DataSize.ofMegabytes(1), DataSize.ofMegabytes(100), 100_000, 100, 10_000_000)))
                .isInstanceOf(FileRejected.class)
                .hasMessage("the XLSX part 'xl/worksheets/sheet1.xml' expands to more than 1 MB (per-part limit, "
                        + "portal.import.xlsx.max-entry-size = 1 MB): refused as a possible zip bomb");
        assertThatThrownBy(() -> validate(bytes, new XlsxLimits(DataSize.ofMegabytes(100), DataSize.ofMegabytes(2), 100_000, 100, 10_000_000)))
                .isInstanceOf(FileRejected.class)
                .hasMessageContaining("expands to more than 2 MB in total (total limit, portal.import.xlsx.max-total-size = 2 MB)");
        assertThatThrownBy(() -> validate(bytes, XlsxLimits.defaults()))
                .isInstanceOf(FileRejected.class)
                .hasMessageContaining("times its size (compression ratio limit, portal.import.xlsx.max-compression-ratio = 100)");
    }

    @Test
    void anOrdinaryWorkbookPassesTheDefaults() throws IOException {
        ErrorCollector errors = validate(xlsx(1, "600519.SH"), XlsxLimits.defaults());
        assertThat(errors.isEmpty()).as(errors.kept().toString()).isTrue();
    }

    private static ErrorCollector validate(byte[] xlsx, XlsxLimits limits) throws IOException {
        ErrorCollector errors = new ErrorCollector(10);
        try (ImportFile file = new ImportFile(() -> new ByteArrayInputStream(xlsx), null, limits)) {
            new ImportPipeline<>(new PricesImport(), file, errors).validate(Fixtures.REFERENCES);
        }
        return errors;
    }

    private static byte[] xlsx(int rows, String code) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("prices");
        sheet.value(0, 0, "code");
        sheet.value(0, 1, "price");
        sheet.value(0, 2, "price_date");
        for (int r = 1; r <= rows; r++) {
            sheet.value(r, 0, code);
            sheet.value(r, 1, 1);
            sheet.value(r, 2, "2026-11-25");
        }
        workbook.finish();
        return out.toByteArray();
    }
}
