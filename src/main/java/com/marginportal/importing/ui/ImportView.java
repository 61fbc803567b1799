package com.marginportal.importing.ui;

import java.io.File;
import java.nio.file.Files;
import java.util.List;

import com.marginportal.importing.ImportBatchRecord;
import com.marginportal.importing.ImportStatus;
import com.marginportal.importing.ImportKind;
import com.marginportal.importing.ImportPreview;
import com.marginportal.importing.ImportPreviewer;
import com.marginportal.importing.ImportRequest;
import com.marginportal.importing.ImportResult;
import com.marginportal.importing.ImportService;
import com.marginportal.importing.ImportSource;
import com.marginportal.importing.RowError;
import com.marginportal.security.Role;
import com.marginportal.shell.EnumLabels;
import com.marginportal.shell.Formats;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;

/**
 * For admins: upload a CSV or XLSX file, see its first rows as they will be read, then import it —
 * all-or-nothing, with every bad row listed (row, column, value, reason).
 */
@Route("admin/imports")
@RolesAllowed(Role.Names.ADMIN)
public class ImportView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final int PREVIEW_ROWS = 10;

    private final ImportService imports;
    private final ImportPreviewer previewer;
    private final ComboBox<ImportKind> kind = new ComboBox<>();
    private final Select<String> charset = new Select<>();
    private final PreviewGrid preview = new PreviewGrid();
    private final Paragraph outcome = new Paragraph();
    private final Grid<RowError> errors = new Grid<>(RowError.class, false);
    private final Grid<ImportBatchRecord> batches = new Grid<>(ImportBatchRecord.class, false);
    private final Button importButton = new Button();
    private final ImportFormatHint format;
    private File uploaded;
    private String uploadedName;

    private final long maxFileSize;

    public ImportView(ImportService imports, ImportPreviewer previewer, MultipartProperties multipart) {
        this.imports = imports;
        this.previewer = previewer;
        // the browser refuses a larger file before sending it, with the limit in words (not a bare 413)
        this.maxFileSize = Math.min(Integer.MAX_VALUE, multipart.getMaxFileSize().toBytes());
        kind.setId("import-kind");
        kind.setLabel(getTranslation("imports.kind"));
        kind.setPlaceholder(getTranslation("imports.kind.placeholder")); // the first choice, named where it is made
        kind.setItems(ImportKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("importKind." + k.name()));
        format = new ImportFormatHint(imports);
        kind.addValueChangeListener(e -> format.show(e.getValue()));
        charset.setId("import-charset");
        charset.setLabel(getTranslation("imports.charset"));
        charset.setItems("UTF-8", "GBK", "GB18030");
        charset.setValue("UTF-8");
        charset.setHelperText(getTranslation("imports.charset.help"));
        charset.addValueChangeListener(e -> showPreview());

        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.toTempFile((metadata, file) -> ui.access(() -> {
            uploaded = file;
            uploadedName = metadata.fileName();
            showPreview();
        })));
        upload.setId("import-upload");
        upload.setI18n(uploadI18n());
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) maxFileSize);
        upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        importButton.setText(getTranslation("imports.run"));
        importButton.setId("import-run");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        importButton.addClickListener(e -> runImport());
        outcome.setId("import-outcome");

        errors.setId("import-errors");
        errors.setEmptyStateText(getTranslation("imports.errors.empty"));
        errors.addThemeVariants(GridVariant.LUMO_COMPACT);
        errors.addColumn(RowError::row).setHeader(getTranslation("imports.col.row")).setAutoWidth(true).setFlexGrow(0);
        errors.addColumn(RowError::column).setHeader(getTranslation("imports.col.column")).setAutoWidth(true);
        errors.addColumn(RowError::value).setHeader(getTranslation("imports.col.value")).setAutoWidth(true);
        errors.addColumn(e -> RowErrorText.of(e.reason(), this::getTranslation)).setHeader(getTranslation("imports.col.reason"))
                .setFlexGrow(1);
        errors.setVisible(false);
        errors.setHeight("18em");

        configureBatches();
        HorizontalLayout choose = new HorizontalLayout(kind, charset, upload);
        choose.setAlignItems(FlexComponent.Alignment.BASELINE);
        choose.setWrap(true);
        add(new H2(getTranslation("imports.title")), new Paragraph(getTranslation("imports.intro")), choose, format,
                preview, importButton, outcome, errors, new H3(getTranslation("imports.log")), batches);
        preview.setVisible(false);
        refreshBatches();
    }

    private void showPreview() {
        if (uploaded == null) {
            return;
        }
        ImportPreview p = previewer.preview(() -> Files.newInputStream(uploaded.toPath()), charset.getValue(), PREVIEW_ROWS);
        preview.setVisible(p.readable());
        if (p.readable()) {
            preview.show(p);
            outcome.setText(getTranslation("imports.previewOf", uploadedName, p.rows().size()));
        } else {
            outcome.setText(getTranslation("imports.unreadable", p.problem()));
        }
        importButton.setEnabled(p.readable());
        errors.setVisible(false);
    }

    private void runImport() {
        if (kind.isEmpty()) {
            kind.setErrorMessage(getTranslation("imports.kind.required"));
            kind.setInvalid(true);
            return;
        }
        kind.setInvalid(false);
        ImportResult result = imports.importFile(new ImportRequest(kind.getValue(), ImportSource.UPLOAD, uploadedName,
                charset.getValue()), () -> Files.newInputStream(uploaded.toPath()));
        // row problems are listed below; a file-level problem (e.g. a wrong charset) only in the message
        String detail = result.errors().isEmpty() && !result.succeeded() ? result.message() : "";
        outcome.setText(getTranslation(result.succeeded() ? "imports.done" : "imports.rejected", result.rows(),
                result.errorCount(), detail));
        errors.setItems(result.errors());
        errors.setVisible(!result.errors().isEmpty());
        // at 1280×800 the row errors start below the fold, under the columns and the preview: bring them up
        (result.errors().isEmpty() ? outcome : errors).scrollIntoView();
        importButton.setEnabled(false);
        refreshBatches();
    }

    private UploadI18N uploadI18n() {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("imports.upload.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("imports.upload.drop")));
        i18n.setError(new UploadI18N.Error().setIncorrectFileType(getTranslation("imports.upload.type"))
                .setTooManyFiles(getTranslation("imports.upload.one")).setFileIsTooBig(getTranslation("imports.upload.big", maxFileSize >> 20)));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting("…").setHeld("…").setProcessing("…").setStalled("…"))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix("").setUnknown(""))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(getTranslation("imports.upload.failed"))
                        .setUnexpectedServerError(getTranslation("imports.upload.failed"))
                        .setForbidden(getTranslation("imports.upload.failed"))));
        i18n.setUnits(new UploadI18N.Units(java.util.List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB")));
        return i18n;
    }

    private void configureBatches() {
        batches.setId("import-batches");
        batches.setEmptyStateText(getTranslation("imports.log.empty"));
        batches.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        batches.addColumn(b -> Formats.dateTime(b.startedAt())).setHeader(getTranslation("audit.col.time")).setAutoWidth(true);
        batches.addColumn(b -> getTranslation("importKind." + b.kind().name())).setHeader(getTranslation("imports.kind")).setAutoWidth(true);
        batches.addColumn(ImportBatchRecord::fileName).setHeader(getTranslation("imports.col.file")).setAutoWidth(true);
        batches.addColumn(b -> EnumLabels.of(this, b.source())).setHeader(getTranslation("imports.col.source")).setAutoWidth(true);
        batches.addColumn(this::status).setHeader(getTranslation("imports.col.status")).setAutoWidth(true);
        batches.addColumn(ImportBatchRecord::rows).setHeader(getTranslation("imports.col.rows")).setAutoWidth(true);
        batches.addColumn(ImportBatchRecord::errorCount).setHeader(getTranslation("imports.col.errors")).setAutoWidth(true);
        batches.addColumn(ImportBatchRecord::username).setHeader(getTranslation("users.col.username")).setAutoWidth(true);
        batches.setHeight("16em");
    }

    /** RUNNING while under way, else the {@link ImportStatus} in words. */
    private String status(ImportBatchRecord b) {
        return "RUNNING".equals(b.status()) ? getTranslation("imports.status.RUNNING")
                : EnumLabels.of(this, ImportStatus.valueOf(b.status()));
    }

    private void refreshBatches() {
        List<ImportBatchRecord> latest = imports.latestBatches(50);
        batches.setItems(latest);
    }

    /** {@code ?kind=holidays} (the calendar's warning, the first steps): that kind chosen, its columns shown. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("kind").flatMap(ImportKind::fromPathName)
                .ifPresent(kind::setValue);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("imports.title") + " | " + getTranslation("app.title");
    }
}
