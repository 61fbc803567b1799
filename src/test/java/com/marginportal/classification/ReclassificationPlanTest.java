package com.marginportal.classification;

import com.marginportal.classification.ReclassificationPlan.Scope;
import com.marginportal.importing.AffectedClients;
import com.marginportal.importing.ImportKind;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Deciding what an import reclassifies: its clients, everyone, or no one. */
class ReclassificationPlanTest {

    @Test
    void theClientsAnImportChangedAreReclassified() {
        ReclassificationPlan plan = ReclassificationPlan.after(ImportKind.POSITIONS, AffectedClients.of(7, 3, 7), () -> 1000);
        assertThat(plan.scope()).isEqualTo(Scope.CLIENTS);
        assertThat(plan.clientIds()).containsExactly(3, 7);
        for (ImportKind kind : new ImportKind[] {ImportKind.PRICES, ImportKind.TRADES, ImportKind.CLIENTS,
                ImportKind.BALANCES, ImportKind.SECURITIES}) {
            assertThat(ReclassificationPlan.after(kind, AffectedClients.of(1), () -> 1000).scope()).isEqualTo(Scope.CLIENTS);
        }
    }

    @Test
    void anImportThatCannotTellReclassifiesEveryone() {
        assertThat(ReclassificationPlan.after(ImportKind.PRICES, AffectedClients.all(), () -> 1000).scope())
                .isEqualTo(Scope.ALL);
    }

    @Test
    void anImportTouchingMostClientsMakesOneFullPass() {
        assertThat(ReclassificationPlan.after(ImportKind.PRICES, AffectedClients.of(1, 2, 3), () -> 4).scope())
                .isEqualTo(Scope.ALL);
        assertThat(ReclassificationPlan.after(ImportKind.PRICES, AffectedClients.of(1, 2), () -> 4).scope())
                .isEqualTo(Scope.CLIENTS);
    }

    @Test
    void dataTheRulesDoNotReadOrNoClientsChangeNothing() {
        assertThat(ReclassificationPlan.after(ImportKind.HOLIDAYS, AffectedClients.all(), () -> 10).scope())
                .isEqualTo(Scope.NONE);
        assertThat(ReclassificationPlan.after(ImportKind.PRICES, AffectedClients.of(), () -> {
            throw new AssertionError("no need to count");
        }).scope()).isEqualTo(Scope.NONE);
    }
}
