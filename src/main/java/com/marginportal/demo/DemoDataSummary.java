package com.marginportal.demo;

/** Row counts written by one run of the demo data generator. */
public record DemoDataSummary(
        int branches,
        int users,
        int securities,
        int clients,
        int accounts,
        long positions,
        long trades,
        long contacts) {

    DemoDataSummary plus(int moreClients, int moreAccounts, long morePositions, long moreTrades, long moreContacts) {
        return new DemoDataSummary(branches, users, securities, clients + moreClients, accounts + moreAccounts,
                positions + morePositions, trades + moreTrades, contacts + moreContacts);
    }
}
