package com.marginportal.classification;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.IntSupplier;

import com.marginportal.importing.AffectedClients;
import com.marginportal.importing.ImportKind;

/**
 * What an import means for the classification: nothing (the rules read none of its data, or it touched no
 * client), the clients it changed, or everyone — when it cannot tell, or when it touched so many clients that one
 * streaming pass over all is cheaper than a statement per thousand of them.
 */
record ReclassificationPlan(Scope scope, long[] clientIds) {

    enum Scope { NONE, CLIENTS, ALL }

    /** Imports of data the rules read (client data, positions, prices, balances, trades, the securities master). */
    static final Set<ImportKind> AFFECT_CLASSES = EnumSet.of(ImportKind.CLIENTS, ImportKind.POSITIONS,
            ImportKind.PRICES, ImportKind.BALANCES, ImportKind.TRADES, ImportKind.SECURITIES);

    /** Above this share of all clients a full pass is done instead. */
    static final double FULL_PASS_SHARE = 0.5;

    static ReclassificationPlan after(ImportKind kind, AffectedClients affected, IntSupplier totalClients) {
        if (!AFFECT_CLASSES.contains(kind)) {
            return new ReclassificationPlan(Scope.NONE, new long[0]);
        }
        if (affected.isAll()) {
            return new ReclassificationPlan(Scope.ALL, new long[0]);
        }
        if (affected.size() == 0) {
            return new ReclassificationPlan(Scope.NONE, new long[0]);
        }
        if (affected.size() > totalClients.getAsInt() * FULL_PASS_SHARE) {
            return new ReclassificationPlan(Scope.ALL, new long[0]);
        }
        return new ReclassificationPlan(Scope.CLIENTS, affected.ids());
    }
}
