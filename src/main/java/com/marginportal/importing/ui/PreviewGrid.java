package com.marginportal.importing.ui;

import java.util.List;

import com.marginportal.importing.ImportPreview;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

/** The first rows of the uploaded file under its own header, as the import will read them. */
class PreviewGrid extends Grid<List<String>> {

    PreviewGrid() {
        setId("import-preview");
        setEmptyStateText(getTranslation("imports.preview.empty"));
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        setAllRowsVisible(true);
    }

    void show(ImportPreview preview) {
        removeAllColumns();
        List<String> header = preview.header();
        for (int i = 0; i < header.size(); i++) {
            int column = i;
            addColumn(row -> column < row.size() ? row.get(column) : "").setHeader(header.get(i)).setAutoWidth(true);
        }
        setItems(preview.rows());
    }
}
