package com.marginportal.classification.ui;

import java.util.EnumMap;
import java.util.Map;

import com.marginportal.classification.SegmentLabels;
import com.marginportal.classification.SegmentMatrix;
import com.marginportal.classification.SegmentParameters;
import com.marginportal.classification.domain.Dimension;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.router.QueryParameters;

/**
 * The segment matrix: one row per value of the row dimension, one column per value of the column dimension,
 * totals on the right and at the bottom. Every count opens the client list filtered to that segment.
 */
class SegmentMatrixTable extends NativeTable {

    SegmentMatrixTable(SegmentMatrix m) {
        setId("segment-matrix");
        addClassName("segment-matrix");
        NativeTableRow head = new NativeTableRow();
        head.add(header(new Text(getTranslation(SegmentLabels.dimensionKey(m.rows())) + " \\ "
                + getTranslation(SegmentLabels.dimensionKey(m.columns())))));
        m.columnValues().forEach(c -> head.add(header(new Text(label(m.columns(), c)))));
        head.add(header(new Text(getTranslation("segments.total"))));
        getHead().add(head);

        for (String r : m.rowValues()) {
            NativeTableRow row = new NativeTableRow();
            row.add(header(new Text(label(m.rows(), r))));
            for (String c : m.columnValues()) {
                row.add(cell(m.count(r, c), segment(m, r, c), "cell-" + r + "-" + c,
                        getTranslation("segments.cellTitle", label(m.rows(), r), label(m.columns(), c), m.count(r, c))));
            }
            row.add(total(cell(m.rowTotal(r), segment(m, r, null), "row-" + r, null)));
            getBody().add(row);
        }
        NativeTableRow totals = new NativeTableRow();
        totals.add(header(new Text(getTranslation("segments.total"))));
        m.columnValues().forEach(c -> totals.add(total(cell(m.columnTotal(c), segment(m, null, c), "column-" + c, null))));
        totals.add(total(cell(m.total(), segment(m, null, null), "total", null)));
        getFoot().add(totals);
    }

    private String label(Dimension d, String value) {
        return getTranslation(SegmentLabels.valueKey(d, value));
    }

    private static Map<Dimension, String> segment(SegmentMatrix m, String row, String column) {
        Map<Dimension, String> segment = new EnumMap<>(Dimension.class);
        if (row != null) {
            segment.put(m.rows(), row);
        }
        if (column != null) {
            segment.put(m.columns(), column);
        }
        return segment;
    }

    /** A count that opens the client list of its segment; zero stays plain text (nothing to open). */
    private static NativeTableCell cell(long count, Map<Dimension, String> segment, String id, String title) {
        NativeTableCell cell = new NativeTableCell();
        cell.addClassName("count");
        if (count == 0) {
            cell.addClassName("zero");
            cell.add(new Text("0"));
            return cell;
        }
        Button open = new Button(String.format("%,d", count), e -> e.getSource().getUI().ifPresent(ui ->
                ui.navigate("clients", QueryParameters.simple(SegmentParameters.write(segment, false)))));
        open.setId(id);
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        if (title != null) {
            open.setTooltipText(title);
        }
        cell.add(open);
        return cell;
    }

    private static NativeTableCell header(Component content) {
        NativeTableCell cell = new NativeTableCell(content);
        cell.addClassName("label");
        return cell;
    }

    private static NativeTableCell total(NativeTableCell cell) {
        cell.addClassName("total");
        return cell;
    }
}
