package com.marginportal.workflow.ui;

import java.util.function.Supplier;

import com.marginportal.workflow.BoardFilter;
import com.marginportal.workflow.CaseExport;
import com.marginportal.workflow.ExportFormat;
import com.marginportal.workflow.ExportText;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.streams.DownloadHandler;

/**
 * The board's exports: the filtered board as CSV or XLSX (the filter shown when the link is used), and the
 * resolution records by date range and outcome (a dialog). Streamed straight into the response; the service
 * checks role and scope and audits each export.
 */
class ExportLinks extends HorizontalLayout {

    ExportLinks(CaseExport export, Supplier<BoardFilter> filter) {
        setId("board-exports");
        setSpacing(true);
        ExportText text = text(this);
        for (ExportFormat format : ExportFormat.values()) {
            add(link("board-export-" + format.extension(), getTranslation("export.board." + format.extension()),
                    event -> {
                        event.setFileName(export.fileName("board", format));
                        event.setContentType(format.contentType());
                        export.writeBoard(filter.get(), format, text, event.getOutputStream());
                    }));
        }
        Button resolutions = new Button(getTranslation("export.resolutions"), VaadinIcon.ARCHIVE.create(),
                e -> new ResolutionExportDialog(export, text).open());
        resolutions.setId("resolution-export");
        resolutions.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add(resolutions);
    }

    static Anchor link(String id, String label, DownloadHandler handler) {
        Button button = new Button(label, VaadinIcon.DOWNLOAD.create());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Anchor anchor = new Anchor(handler, AttachmentType.DOWNLOAD, "");
        anchor.setId(id);
        anchor.add(button);
        return anchor;
    }

    /** The export's words in the user's language; holds provider and locale, not the UI (downloads run outside it). */
    static ExportText text(Component host) {
        var i18n = VaadinService.getCurrent().getInstantiator().getI18NProvider();
        var locale = host.getUI().map(UI::getLocale).orElseGet(() -> UI.getCurrent().getLocale());
        return key -> i18n.getTranslation(key, locale);
    }
}
