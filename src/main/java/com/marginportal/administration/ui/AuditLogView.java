package com.marginportal.administration.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.marginportal.security.AuditFilter;
import com.marginportal.security.AuditRecord;
import com.marginportal.security.AuditSearch;
import com.marginportal.security.Role;
import com.marginportal.shell.ClampedText;
import com.marginportal.shell.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;

import jakarta.annotation.security.RolesAllowed;

/**
 * For admins: the audit trail, newest first, loaded page by page; filtered by user, action, object and dates,
 * actions and objects in words, details as recorded (before → after where the action has them), the system's own
 * wording in the reader's language; CSV of the filter.
 */
@Route("admin/audit")
@RolesAllowed(Role.Names.ADMIN)
public class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<AuditRecord> grid = new Grid<>(AuditRecord.class, false);

    public AuditLogView(AuditSearch search, Clock clock) {
        setSizeFull();
        grid.setId("audit-grid");
        grid.setEmptyStateText(getTranslation("audit.empty"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(r -> Formats.dateTime(r.occurredAt())).setHeader(getTranslation("audit.col.time")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditRecord::username).setHeader(getTranslation("users.col.username")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> AuditWords.action(this, r.action())).setHeader(getTranslation("audit.col.action")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> AuditWords.entity(this, r.entityType()) + (r.entityId() == null ? "" : " " + r.entityId()))
                .setHeader(getTranslation("audit.col.entity")).setAutoWidth(true).setFlexGrow(0);
        // what was done, to whom and when take what they need; the details (the longest text) the rest, whole on hover
        grid.addComponentColumn(r -> new ClampedText(AuditWords.details(this, r))).setKey("details")
                .setHeader(getTranslation("audit.col.details"))
                .setFlexGrow(1);

        ConfigurableFilterDataProvider<AuditRecord, Void, AuditFilter> entries = new CallbackDataProvider<AuditRecord, AuditFilter>(
                q -> search.page(q.getFilter().orElse(AuditFilter.NONE), q.getOffset(), q.getLimit()).stream(),
                q -> (int) search.count(q.getFilter().orElse(AuditFilter.NONE))).withConfigurableFilter();
        grid.setItems(entries);
        AuditFilterBar filters = new AuditFilterBar(search, entries::setFilter);

        // words resolved here, in the UI's request: the download runs in a request of its own
        Map<String, String> words = new HashMap<>();
        search.objectTypes().forEach(code -> words.put(code, AuditWords.entity(this, code)));
        search.actions().forEach(code -> words.put(code, AuditWords.action(this, code)));
        List<String> header = List.of(getTranslation("audit.col.time"), getTranslation("users.col.username"),
                getTranslation("audit.col.action"), getTranslation("audit.col.code"),
                getTranslation("audit.col.entity"), getTranslation("audit.col.details"));
        java.util.Locale locale = getLocale();
        com.vaadin.flow.i18n.I18NProvider i18n = com.vaadin.flow.server.VaadinService.getCurrent().getInstantiator()
                .getI18NProvider();
        DownloadHandler csv = event -> {
            event.setFileName("audit-" + LocalDate.now(clock) + ".csv");
            event.setContentType("text/csv;charset=UTF-8");
            search.writeCsv(filters.value(), header, code -> code == null ? "" : words.getOrDefault(code, code),
                    r -> AuditWords.details(r, (key, args) -> i18n.getTranslation(key, locale, args)),
                    event.getOutputStream());
        };
        Anchor download = new Anchor(csv, AttachmentType.DOWNLOAD, "");
        download.setId("audit-export");
        download.add(new Button(getTranslation("audit.export"), VaadinIcon.DOWNLOAD.create()));
        add(new H2(getTranslation("audit.title")), filters, download, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " | " + getTranslation("app.title");
    }
}
