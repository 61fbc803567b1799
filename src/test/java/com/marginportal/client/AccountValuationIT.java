package com.marginportal.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.marginportal.client.domain.AccountBalances;
import com.marginportal.client.domain.MarginCalculator;
import com.marginportal.client.domain.MarginFigures;
import com.marginportal.support.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The set-based valuation in SQL gives exactly the figures of the Java calculator, for every account. */
class AccountValuationIT extends IntegrationTest {

    @Autowired
    private AccountValuationService valuation;
    @Autowired
    private CreditAccountRepository accounts;
    @Autowired
    private AccountReader reader;

    @Autowired
    private JdbcClient jdbc;

    @Test
    void sqlAndJavaAgreeOnEveryAccount() {
        ValuationRun run = valuation.valueAll();
        List<AccountValuation> rows = agreeWithCalculator(run);
        assertThat(valuation.history(rows.get(0).accountId(), 10)).isNotEmpty();
    }

    /** Every branch of the margin credit: financed parts and shorts at a loss as well as at a gain. */
    @Test
    void sqlAndJavaAgreeAfterPricesMoveBothWays() {
        List<Map<String, Object>> prices = jdbc.sql("SELECT code, price FROM security_price").query().listOfRows();
        try {
            jdbc.sql("UPDATE security_price SET price = CASE WHEN RIGHT(code, 1) IN ('0', '2', '4', '6', '8') "
                    + "THEN ROUND(price * 0.45, 3) ELSE ROUND(price * 1.9, 3) END").update();
            agreeWithCalculator(valuation.valueAll());
        } finally {
            for (Map<String, Object> p : prices) {
                jdbc.sql("UPDATE security_price SET price = ? WHERE code = ?").params(p.get("price"), p.get("code"))
                        .update();
            }
        }
    }

    private List<AccountValuation> agreeWithCalculator(ValuationRun run) {
        assertThat(run.accounts()).isGreaterThanOrEqualTo(DEMO_CLIENTS);
        List<AccountValuation> rows = new ArrayList<>();
        valuation.forEachValuation(run.id(), rows::add);
        assertThat(rows).hasSize(run.accounts());
        for (AccountValuation v : rows) {
            CreditAccount account = accounts.findById(v.accountId()).orElseThrow();
            MarginFigures f = MarginCalculator.calculate(new AccountBalances(account.getCash(),
                            account.getInterestAndFees(), account.getCreditLimit(), account.getFinancingMarginRatio(),
                            account.getShortMarginRatio()),
                    reader.holdings(v.accountId()).stream().map(AccountReader::toHolding).toList());
            String which = "account " + v.accountId();
            assertThat(v.totalAssets()).as(which).isEqualByComparingTo(f.totalAssets());
            assertThat(v.longMarketValue()).as(which).isEqualByComparingTo(f.longMarketValue());
            assertThat(v.financingDebt()).as(which).isEqualByComparingTo(f.financingDebt());
            assertThat(v.shortLiability()).as(which).isEqualByComparingTo(f.shortLiability());
            assertThat(v.totalDebt()).as(which).isEqualByComparingTo(f.totalDebt());
            assertThat(v.availableMargin()).as(which).isEqualByComparingTo(f.availableMargin());
            if (f.maintenanceRatio() == null) {
                assertThat(v.maintenanceRatio()).as(which).isNull();
            } else {
                assertThat(v.maintenanceRatio()).as(which).isEqualByComparingTo(f.maintenanceRatio());
            }
            assertSame(which + " financing ratio", v.financingRatio(), f.financingRatio());
            assertSame(which + " top-1 concentration", v.top1Concentration(), f.top1Concentration());
            assertSame(which + " credit-limit usage", v.creditLimitUsage(), f.creditLimitUsage());
            assertThat(account.getValuedAt()).isNotNull();
        }
        return rows;
    }

    private static void assertSame(String what, java.math.BigDecimal sql, java.math.BigDecimal java) {
        if (java == null) {
            assertThat(sql).as(what).isNull();
        } else {
            assertThat(sql).as(what).isEqualByComparingTo(java);
        }
    }
}
