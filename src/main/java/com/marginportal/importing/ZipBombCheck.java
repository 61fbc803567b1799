package com.marginportal.importing;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.springframework.util.unit.DataSize;

/**
 * Inflates every part of an XLSX once, counting real bytes (the sizes a zip declares can lie), and refuses the
 * file as soon as a limit of {@link XlsxLimits} is passed: memory stays at one buffer and a bomb is stopped after
 * about a hundred times its own size. Reads the zip the way the XLSX reader does (central directory, Commons
 * Compress), so both see the same parts.
 */
final class ZipBombCheck {

    private static final long RATIO_FLOOR = 1 << 20; // tiny files inflate a lot relative to their size; harmless

    private ZipBombCheck() {
    }

    static void check(File xlsx, XlsxLimits limits) throws IOException {
        long fileSize = Math.max(1, xlsx.length());
        long maxEntry = limits.maxEntrySize().toBytes();
        long maxTotal = limits.maxTotalSize().toBytes();
        long maxExpanded = Math.max(RATIO_FLOOR, fileSize * limits.maxCompressionRatio());
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        try (ZipFile zip = ZipFile.builder().setFile(xlsx).get()) {
            for (Enumeration<ZipArchiveEntry> entries = zip.getEntries(); entries.hasMoreElements(); ) {
                ZipArchiveEntry entry = entries.nextElement();
                if (entry.isDirectory()) {
                    continue;
                }
                long size = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
                        size += n;
                        total += n;
                        if (size > maxEntry) {
                            throw new FileRejected("the XLSX part '" + entry.getName() + "' expands to more than "
                                    + human(limits.maxEntrySize()) + " (per-part limit, portal.import.xlsx.max-entry-size = "
                                    + human(limits.maxEntrySize()) + "): refused as a possible zip bomb");
                        }
                        if (total > maxTotal) {
                            throw new FileRejected("the XLSX file expands to more than " + human(limits.maxTotalSize())
                                    + " in total (total limit, portal.import.xlsx.max-total-size = "
                                    + human(limits.maxTotalSize()) + "): refused as a possible zip bomb");
                        }
                        if (total > maxExpanded) {
                            throw new FileRejected("the XLSX file (" + fileSize + " bytes) expands to more than "
                                    + limits.maxCompressionRatio() + " times its size (compression ratio limit, "
                                    + "portal.import.xlsx.max-compression-ratio = " + limits.maxCompressionRatio()
                                    + "): refused as a possible zip bomb");
                        }
                    }
                }
            }
        } catch (FileRejected e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new FileRejected("the file is not a readable XLSX workbook: " + e.getMessage(), e);
        }
    }

    private static String human(DataSize size) {
        long bytes = size.toBytes();
        if (bytes % (1L << 30) == 0) {
            return (bytes >> 30) + " GB";
        }
        if (bytes % (1L << 20) == 0) {
            return (bytes >> 20) + " MB";
        }
        return bytes + " bytes";
    }
}
