package com.marginportal.workflow.ui;

import com.marginportal.workflow.CaseExport;
import com.marginportal.workflow.ExportFormat;
import com.marginportal.workflow.ExportText;
import com.marginportal.workflow.ResolutionFilter;
import com.marginportal.workflow.ResolutionOutcome;
import com.vaadin.flow.component.button.Button;
import com.marginportal.shell.DatePickers;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;

/** Resolution records of a date range and outcome, as CSV or XLSX. */
class ResolutionExportDialog extends Dialog {

    private final DatePicker from = DatePickers.of();
    private final DatePicker to = DatePickers.of();
    private final Select<ResolutionOutcome> outcome = new Select<>();

    ResolutionExportDialog(CaseExport export, ExportText text) {
        setHeaderTitle(getTranslation("export.resolutions"));
        from.setId("resolution-export-from");
        from.setLabel(getTranslation("export.resolvedFrom"));
        to.setId("resolution-export-to");
        to.setLabel(getTranslation("export.resolvedTo"));
        outcome.setId("resolution-export-outcome");
        outcome.setLabel(getTranslation("export.outcome"));
        outcome.setItems(ResolutionOutcome.values());
        outcome.setEmptySelectionAllowed(true);
        outcome.setEmptySelectionCaption(getTranslation("filter.any"));
        outcome.setItemLabelGenerator(o -> o == null ? getTranslation("filter.any") : getTranslation("outcome." + o.name()));
        add(new HorizontalLayout(from, to, outcome));
        for (ExportFormat format : ExportFormat.values()) {
            getFooter().add(ExportLinks.link("resolution-export-" + format.extension(),
                    getTranslation("export.file." + format.extension()), event -> {
                        event.setFileName(export.fileName("resolutions", format));
                        event.setContentType(format.contentType());
                        export.writeResolutions(filter(), format, text, event.getOutputStream());
                    }));
        }
        getFooter().add(new Button(getTranslation("export.close"), e -> close()));
    }

    /** The range as entered; a range that ends before it starts counts as open-ended at the end. */
    ResolutionFilter filter() {
        boolean ok = from.isEmpty() || to.isEmpty() || !to.getValue().isBefore(from.getValue());
        return new ResolutionFilter(from.getValue(), ok ? to.getValue() : null, outcome.getValue());
    }
}
