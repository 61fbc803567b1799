package com.marginportal.importing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

/**
 * An import file that can be read more than once: recognises XLSX by its zip signature (copied once to a
 * temporary file, which the XLSX reader needs), otherwise reads CSV in the declared charset, skipping a
 * UTF-8 byte-order mark. An XLSX is checked against {@link XlsxLimits} before it is parsed.
 */
final class ImportFile implements AutoCloseable {

    enum Format { CSV, XLSX }

    private static final byte[] ZIP = {0x50, 0x4b, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0};
    private static final byte[] UTF8_BOM = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};

    private final ImportInput input;
    private final Charset charset;
    private final Format format;
    private final XlsxLimits limits;
    private Path xlsxCopy;

    ImportFile(ImportInput input, String charsetName) throws IOException {
        this(input, charsetName, XlsxLimits.defaults());
    }

    ImportFile(ImportInput input, String charsetName, XlsxLimits limits) throws IOException {
        this.input = input;
        this.limits = limits;
        this.charset = charset(charsetName);
        byte[] head = head(4);
        if (Arrays.equals(head, OLE2)) {
            throw new FileRejected("legacy Excel files (.xls) are not supported: save the sheet as .xlsx or CSV");
        }
        this.format = Arrays.equals(head, ZIP) ? Format.XLSX : Format.CSV;
    }

    Format format() {
        return format;
    }

    Charset charset() {
        return charset;
    }

    TableReader open() throws IOException {
        if (format == Format.XLSX) {
            if (xlsxCopy == null) {
                xlsxCopy = Files.createTempFile("import-", ".xlsx");
                try (InputStream in = input.open()) {
                    Files.copy(in, xlsxCopy, StandardCopyOption.REPLACE_EXISTING);
                }
                ZipBombCheck.check(xlsxCopy.toFile(), limits); // once, before any XML is parsed
            }
            return new XlsxTableReader(xlsxCopy.toFile(), limits);
        }
        PushbackInputStream in = new PushbackInputStream(new BufferedInputStream(input.open(), 1 << 16), 3);
        byte[] bom = in.readNBytes(3);
        if (!Arrays.equals(bom, UTF8_BOM)) {
            in.unread(bom);
        } else if (!charset.equals(StandardCharsets.UTF_8)) {
            in.close();
            throw new FileRejected("the file starts with a UTF-8 byte-order mark but charset " + charset.name()
                    + " was given: it is a UTF-8 file, import it with charset=UTF-8");
        }
        try {
            return new CsvTableReader(in, charset, new CharsetProbe(input));
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    private byte[] head(int n) throws IOException {
        try (InputStream in = input.open()) {
            return in.readNBytes(n);
        }
    }

    private static Charset charset(String name) {
        if (name == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new FileRejected("unknown charset '" + name + "': use UTF-8, GBK or GB18030");
        }
    }

    @Override
    public void close() throws IOException {
        if (xlsxCopy != null) {
            Files.deleteIfExists(xlsxCopy);
        }
    }
}
