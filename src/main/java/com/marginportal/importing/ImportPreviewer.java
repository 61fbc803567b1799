package com.marginportal.importing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Reads the first rows of an upload for the preview, with the same readers the import uses. Writes nothing. */
@Service
public class ImportPreviewer {

    private final XlsxLimits limits;

    ImportPreviewer(XlsxLimits limits) {
        this.limits = limits;
    }

    @PreAuthorize("hasAnyRole('ADMIN','INTEGRATION')")
    public ImportPreview preview(ImportInput input, String charset, int maxRows) {
        try (ImportFile file = new ImportFile(input, charset, limits); TableReader reader = file.open()) {
            SourceRow header = reader.header();
            if (header == null) {
                return new ImportPreview(List.of(), List.of(), "the file is empty");
            }
            List<List<String>> rows = new ArrayList<>();
            for (SourceRow row = reader.next(); row != null && rows.size() < maxRows; row = reader.next()) {
                rows.add(row.cells());
            }
            return new ImportPreview(header.cells(), rows, null);
        } catch (FileRejected e) {
            return new ImportPreview(List.of(), List.of(), e.getMessage());
        } catch (IOException | RuntimeException e) {
            return new ImportPreview(List.of(), List.of(), "the file could not be read (" + e.getMessage() + ")");
        }
    }
}
