package com.marginportal.importing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on XLSX files ({@code portal.import.xlsx.*}), checked before the sheet is parsed: an XLSX is a zip, and
 * a small file can expand to gigabytes (a zip bomb). The defaults fit Excel's own maximums (1,048,576 rows,
 * 32,767 characters per cell) and leave room for a million-row positions sheet (~200 MB of sheet XML).
 *
 * @param maxEntrySize        the most one part of the zip (e.g. the sheet XML) may expand to
 * @param maxTotalSize        the most all parts together may expand to
 * @param maxCompressionRatio how many times its own size the file may expand to (checked past the first MiB)
 * @param maxCellLength       the longest cell text, in characters
 * @param maxRows             the most rows the sheet may have (header included)
 */
@ConfigurationProperties("portal.import.xlsx")
public record XlsxLimits(
        @DefaultValue("512MB") DataSize maxEntrySize,
        @DefaultValue("1GB") DataSize maxTotalSize,
        @DefaultValue("100") int maxCompressionRatio,
        @DefaultValue("32767") int maxCellLength,
        @DefaultValue("1048576") int maxRows) {

    /** The defaults, for code that runs without Spring (unit tests). */
    public static XlsxLimits defaults() {
        return new XlsxLimits(DataSize.ofMegabytes(512), DataSize.ofGigabytes(1), 100, 32767, 1_048_576);
    }
}
