package com.marginportal.support;

import com.marginportal.client.ExportLabels;

/** Client-export labels that write codes (column names, class codes, true/false): exports compared by value. */
public final class CodeExportLabels implements ExportLabels {

    public static final ExportLabels CODES = new CodeExportLabels();

    private CodeExportLabels() {
    }

    @Override
    public String header(Column column) {
        return column.name();
    }

    @Override
    public String dimension(String dimension) {
        return dimension;
    }

    @Override
    public String value(String dimension, String value) {
        return value;
    }

    @Override
    public String yesNo(boolean value) {
        return String.valueOf(value);
    }
}
