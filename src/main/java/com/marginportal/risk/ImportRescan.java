package com.marginportal.risk;

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
 * New prices, positions, balances or securities change ratios: scan as soon as the import is committed.
 * NOT_SUPPORTED leaves the finished import transaction behind, so the scan commits in its own transactions.
 */
@Component
class ImportRescan {

    private static final Set<ImportKind> AFFECT_RATIOS = EnumSet.of(ImportKind.PRICES, ImportKind.POSITIONS,
            ImportKind.BALANCES, ImportKind.SECURITIES, ImportKind.CLIENTS);

    private final RiskScanService scanner;

    ImportRescan(RiskScanService scanner) {
        this.scanner = scanner;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    @Order(10) // before reclassification, which reads this scan's valuation
    void afterImport(DataImported imported) {
        if (AFFECT_RATIOS.contains(imported.kind())) {
            scanner.scan(ScanTrigger.IMPORT);
        }
    }
}
