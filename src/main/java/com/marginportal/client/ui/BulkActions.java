package com.marginportal.client.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.marginportal.client.ClientBulkActions;
import com.marginportal.client.ClientDirectory;
import com.marginportal.client.ClientExport;
import com.marginportal.client.ClientFilter;
import com.marginportal.client.segment.SegmentVocabulary;
import com.marginportal.security.UserAccount;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.streams.DownloadHandler;

/**
 * Managers' and admins' actions on the filtered list: reassign the advisor, export CSV. The view adds this bar
 * only for those roles; the services check again, so hiding it is not what protects the actions.
 */
class BulkActions extends HorizontalLayout {

    BulkActions(ClientBulkActions bulk, ClientExport export, ClientDirectory directory, List<UserAccount> advisors,
                Map<Long, String> branchNames, Supplier<ClientFilter> filter, Runnable onChanged, Clock clock,
                SegmentVocabulary segments) {
        setId("bulk-actions");
        setSpacing(true);
        Button reassign = new Button(getTranslation("bulk.reassign"), VaadinIcon.EXCHANGE.create(),
                e -> new ReassignDialog(bulk, filter.get(), directory.count(filter.get()), advisors, branchNames,
                        onChanged).open());
        reassign.setId("bulk-reassign");
        reassign.addThemeVariants(ButtonVariant.LUMO_SMALL);

        CsvLabels labels = new CsvLabels(VaadinService.getCurrent().getInstantiator().getI18NProvider(),
                getLocale(), segments);
        // streamed straight from the database into the response; the filter is the one shown when the link is used
        DownloadHandler csv = event -> {
            event.setFileName("clients-" + LocalDate.now(clock) + ".csv");
            event.setContentType("text/csv;charset=UTF-8");
            export.writeCsv(filter.get(), labels, event.getOutputStream());
        };
        Button exportButton = new Button(getTranslation("bulk.export"), VaadinIcon.DOWNLOAD.create());
        exportButton.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Anchor download = new Anchor(csv, AttachmentType.DOWNLOAD, "");
        download.setId("bulk-export");
        download.add(exportButton);
        add(reassign, download);
    }
}
