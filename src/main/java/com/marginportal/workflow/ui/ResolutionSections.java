package com.marginportal.workflow.ui;

import java.util.List;

import com.marginportal.shell.DetailSection;
import com.marginportal.workflow.CaseAcknowledgements;
import com.marginportal.workflow.ResolutionRecord;
import com.marginportal.workflow.ResolutionRecords;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Resolution records in the client 360 view (all of the client's) and in a risk case's details (its own). */
@Configuration(proxyBeanMethods = false)
class ResolutionSections {

    @Bean
    DetailSection clientResolutions(ResolutionRecords records, CaseAcknowledgements acknowledgements) {
        return new DetailSection(DetailSection.CLIENT, 50, "resolution.tab",
                clientId -> panels(records.forClient(clientId), acknowledgements));
    }

    @Bean
    DetailSection caseResolution(ResolutionRecords records, CaseAcknowledgements acknowledgements) {
        return new DetailSection(DetailSection.RISK_CASE, 50, "resolution.tab",
                caseId -> panels(records.forCase(caseId).map(List::of).orElse(List.of()), acknowledgements));
    }

    /** Records come from the caller's scope, so their cases' acknowledgements may be shown beside them. */
    private static Component panels(List<ResolutionRecord> records, CaseAcknowledgements acknowledgements) {
        Div all = new Div();
        all.addClassName("resolution-records");
        if (records.isEmpty()) {
            Span none = new Span(all.getTranslation("resolution.none"));
            none.addClassName("muted");
            all.add(none);
        }
        records.forEach(r -> all.add(new ResolutionPanel(r, acknowledgements.forCase(r.caseId()))));
        return all;
    }
}
