package com.marginportal.importing.ui;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.marginportal.importing.Column;
import com.marginportal.importing.ImportKind;
import com.marginportal.importing.ImportService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;

/**
 * What a file of the chosen kind must look like, where the admin is about to upload it: its columns (required ones
 * marked, the Chinese headers also accepted) and a template file with the headers, in the user's language.
 */
class ImportFormatHint extends Div {

    private final ImportService imports;
    private final Paragraph columns = new Paragraph();
    private final Anchor template = new Anchor();

    ImportFormatHint(ImportService imports) {
        this.imports = imports;
        setId("import-format");
        columns.setId("import-columns");
        columns.getStyle().set("margin", "0");
        template.setId("import-template");
        Button button = new Button(getTranslation("imports.template"), VaadinIcon.DOWNLOAD.create());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        template.add(button);
        add(columns, template);
        setVisible(false);
    }

    void show(ImportKind kind) {
        setVisible(kind != null);
        if (kind == null) {
            return;
        }
        List<Column> list = imports.columns(kind);
        columns.setText(getTranslation("imports.columns", list.stream().map(this::describe)
                .collect(Collectors.joining(getTranslation("imports.columns.separator")))));
        boolean chinese = Locale.CHINESE.getLanguage().equals(getLocale().getLanguage());
        byte[] csv = Column.csvTemplate(list, chinese);
        DownloadHandler download = event -> {
            event.setFileName(kind.pathName() + "-template.csv");
            event.setContentType("text/csv;charset=UTF-8");
            event.getOutputStream().write(csv);
        };
        template.setHref(download, AttachmentType.DOWNLOAD);
    }

    private String describe(Column c) {
        String header = c.aliases().isEmpty() ? c.name() : c.name() + " / " + String.join(" / ", c.aliases());
        return c.required() ? header + " *" : header;
    }
}
