package com.marginportal.importing;

import java.util.List;

/**
 * The first rows of a file as it will be read (after charset decoding and header detection), or the
 * file-level problem that stops it from being read at all.
 */
public record ImportPreview(List<String> header, List<List<String>> rows, String problem) {

    public ImportPreview {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }

    public boolean readable() {
        return problem == null;
    }
}
