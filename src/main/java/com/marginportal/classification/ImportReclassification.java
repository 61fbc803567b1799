package com.marginportal.classification;

import java.util.EnumSet;
import java.util.Set;

import com.marginportal.importing.DataImported;
import com.marginportal.importing.ImportKind;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Imports of data the rules read reclassify every client, after the import's risk scan (order 20 after the
 * scan's 10) so that the latest valuation is used.
 */
@Component
class ImportReclassification {

    private static final Set<ImportKind> AFFECT_CLASSES = EnumSet.of(ImportKind.CLIENTS, ImportKind.POSITIONS,
            ImportKind.PRICES, ImportKind.BALANCES, ImportKind.TRADES, ImportKind.SECURITIES);

    private final ClassificationService classifications;

    ImportReclassification(ClassificationService classifications) {
        this.classifications = classifications;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    @Order(20)
    void afterImport(DataImported imported) {
        if (AFFECT_CLASSES.contains(imported.kind())) {
            classifications.recalculateAll();
        }
    }
}
