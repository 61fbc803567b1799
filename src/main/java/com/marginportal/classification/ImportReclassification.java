package com.marginportal.classification;

import com.marginportal.importing.DataImported;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Imports of data the rules read reclassify the clients they changed (see {@link ReclassificationPlan}). Called by
 * the risk feature's import follow-up (risk.ImportRescan, through {@link ClassificationRiskClasses}) after the
 * import's valuation, so the latest figures are used, and before its risk scan, so the scan applies the new
 * classes' lines.
 */
@Component
class ImportReclassification {

    private static final Logger log = LoggerFactory.getLogger(ImportReclassification.class);

    private final RecalculationPass pass;
    private final ClassificationFacts facts;

    ImportReclassification(RecalculationPass pass, ClassificationFacts facts) {
        this.pass = pass;
        this.facts = facts;
    }

    void afterImport(DataImported imported) {
        ReclassificationPlan plan = ReclassificationPlan.after(imported.kind(), imported.clients(), facts::count);
        String by = "import " + imported.batchId();
        switch (plan.scope()) {
            case NONE -> log.debug("import {} ({}) changes no classification", imported.batchId(), imported.kind());
            case CLIENTS -> pass.clients(plan.clientIds(), RunTrigger.IMPORT, by);
            case ALL -> pass.all(RunTrigger.IMPORT, by);
        }
    }
}
