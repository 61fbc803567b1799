package com.marginportal.risk;

import java.util.EnumSet;
import java.util.Set;

import com.marginportal.client.AccountValuationService;
import com.marginportal.client.ValuationRun;
import com.marginportal.importing.DataImported;
import com.marginportal.importing.ImportKind;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What follows a committed import, in this order, in one place: (1) value every account (new prices, positions,
 * balances, securities or clients change ratios), (2) reclassify the clients the import changed from those figures
 * (the classification feature, through {@link RiskClassSource#reclassifyAfter}), (3) the risk scan on the same
 * valuation, which holds each account without a case to the lines of its class as just computed. Scanning before
 * reclassifying held a new high-risk client to the default lines first and to its class's lines at the next import
 * (a second case, process and notice for the same figures). NOT_SUPPORTED leaves the finished import transaction
 * behind, so each step commits in its own transactions. The event is stored with the import's commit (Event
 * Publication Registry) and completed when this returns: a node that stops before then leaves it outstanding, and it
 * runs again later (com.marginportal.OutstandingEvents), as valuing, reclassifying and scanning again are harmless.
 * The id names the publications' listener in the table: keep it.
 */
@Component
class ImportRescan {

    private static final Logger log = LoggerFactory.getLogger(ImportRescan.class);
    private static final Set<ImportKind> AFFECT_RATIOS = EnumSet.of(ImportKind.PRICES, ImportKind.POSITIONS,
            ImportKind.BALANCES, ImportKind.SECURITIES, ImportKind.CLIENTS);

    private final AccountValuationService valuation;
    private final ObjectProvider<RiskClassSource> riskClasses;
    private final RiskScanService scanner;

    ImportRescan(AccountValuationService valuation, ObjectProvider<RiskClassSource> riskClasses,
                 RiskScanService scanner) {
        this.valuation = valuation;
        this.riskClasses = riskClasses;
        this.scanner = scanner;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, id = "risk.import-rescan")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void afterImport(DataImported imported) {
        boolean ratios = AFFECT_RATIOS.contains(imported.kind());
        ValuationRun run = ratios ? valuation.valueAll() : null;
        try {
            riskClasses.ifAvailable(source -> source.reclassifyAfter(imported));
        } catch (RuntimeException e) { // the scan must run all the same: the accounts keep their stored classes
            log.error("Reclassification after import {} failed; scanning with the stored classes", imported.batchId(), e);
        }
        if (ratios) {
            scanner.scan(ScanTrigger.IMPORT, run);
        }
    }
}
