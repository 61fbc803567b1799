package com.marginportal.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import com.marginportal.client.AccountSummary.ContractState;

import org.junit.jupiter.api.Test;

/** A margin contract is called out from 30 days before its expiry, and as expired from the day after. */
class AccountSummaryTest {

    @Test
    void aContractIsExpiringFromThirtyDaysBeforeItsEndAndExpiredAfterIt() {
        assertThat(expiringIn(31).contractState()).isEqualTo(ContractState.IN_FORCE);
        assertThat(expiringIn(30).contractState()).isEqualTo(ContractState.EXPIRING);
        assertThat(expiringIn(0).contractState()).as("its last day").isEqualTo(ContractState.EXPIRING);
        assertThat(expiringIn(-1).contractState()).isEqualTo(ContractState.EXPIRED);
    }

    private static AccountSummary expiringIn(long days) {
        LocalDate today = LocalDate.of(2026, 12, 6);
        return new AccountSummary(1, null, null, null, null, today.minusYears(1), today.plusDays(days), days,
                null, null, null);
    }
}
