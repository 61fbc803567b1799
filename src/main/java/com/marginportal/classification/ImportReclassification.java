package com.marginportal.classification;

import com.marginportal.importing.DataImported;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Imports of data the rules read reclassify the clients they changed (see {@link ReclassificationPlan}), after the
 * import's risk scan (order 20 after the scan's 10) so that the latest valuation is used.
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

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    @Order(20)
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
