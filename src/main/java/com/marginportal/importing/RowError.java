package com.marginportal.importing;

/**
 * A problem with one cell (or a whole row or the header when {@code column} is null). Row numbers count
 * as a spreadsheet shows them: the header is row 1, the first data row is row 2.
 */
public record RowError(int row, String column, String value, String reason) {

    /** e.g. {@code row 17, column price: '12,3a' is not a decimal number}. */
    public String message() {
        StringBuilder s = new StringBuilder("row ").append(row);
        if (column != null) {
            s.append(", column ").append(column);
        }
        s.append(": ");
        if (value != null) {
            s.append('\'').append(value).append("' ");
        }
        return s.append(reason).toString();
    }
}
