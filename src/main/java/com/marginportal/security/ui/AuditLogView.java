package com.marginportal.security.ui;

import com.marginportal.security.AuditLog;
import com.marginportal.security.AuditRecord;
import com.marginportal.security.Role;
import com.marginportal.shell.Formats;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** For admins: the audit trail, newest first, loaded page by page. */
@Route("admin/audit")
@RolesAllowed(Role.Names.ADMIN)
public class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    public AuditLogView(AuditLog auditLog) {
        setSizeFull();
        Grid<AuditRecord> grid = new Grid<>(AuditRecord.class, false);
        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(r -> Formats.dateTime(r.occurredAt())).setHeader(getTranslation("audit.col.time")).setAutoWidth(true);
        grid.addColumn(AuditRecord::username).setHeader(getTranslation("users.col.username")).setAutoWidth(true);
        grid.addColumn(AuditRecord::action).setHeader(getTranslation("audit.col.action")).setAutoWidth(true);
        grid.addColumn(r -> r.entityType() + (r.entityId() == null ? "" : " " + r.entityId()))
                .setHeader(getTranslation("audit.col.entity")).setAutoWidth(true);
        grid.addColumn(AuditRecord::details).setHeader(getTranslation("audit.col.details")).setFlexGrow(1);
        grid.setItems(q -> auditLog.page(q.getOffset(), q.getLimit()).stream(), q -> (int) auditLog.count());
        add(new H2(getTranslation("audit.title")), grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " | " + getTranslation("app.title");
    }
}
