package com.marginportal.client;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import com.marginportal.client.domain.AccountBalances;
import com.marginportal.client.domain.Holding;
import com.marginportal.client.domain.MarginCalculator;
import com.marginportal.client.domain.MarginFigures;
import com.marginportal.client.domain.PositionSide;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The set-based valuation also runs on the embedded demo database (H2, regular mode) and gives the calculator's
 * figures there, in every branch of the margin-credit formula: financed part at a gain and at a loss, a financed
 * amount without financed shares, a short at a gain and at a loss, an account without positions.
 */
class ValuationH2Test {

    private static final String[][] SECURITIES = {{"600001", "10.000", "0.7000"}, {"600002", "4.250", "0.5000"},
            {"000003", "31.170", "0.6500"}};
    /** account, security, side, quantity, financed quantity, financed amount, short proceeds */
    private static final Object[][] HOLDINGS = {
            {1L, "600001", "LONG", 1000L, 500L, "3000.00", "0"},     // financed part at a gain
            {1L, "600002", "LONG", 2000L, 2000L, "12000.00", "0"},   // financed part at a loss
            {1L, "000003", "SHORT", 300L, 0L, "0", "12000.00"},     // short at a gain
            {2L, "600001", "LONG", 800L, 0L, "0", "0"},             // paid in full
            {2L, "600002", "LONG", 100L, 0L, "150.00", "0"},        // amount without financed shares
            {2L, "000003", "SHORT", 500L, 0L, "0", "9000.00"}};     // short at a loss

    @Test
    void valuesEveryAccountOnH2LikeTheCalculator() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:valuation;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.update("INSERT INTO branch (id, code, name, city) VALUES (1, 'SH01', '上海', '上海')");
        for (long id = 1; id <= 3; id++) {
            jdbc.update("""
                    INSERT INTO client (id, name, gender, birth_date, id_number, phone, phone_tail, branch_id,
                           risk_tolerance, investment_preference, investment_horizon, opened_on)
                    VALUES (?, '客户', 'F', DATE '1980-01-01', '110101198001010000', '13800000000', '0000', 1,
                           'C3', 'BALANCED', 'MEDIUM', DATE '2020-01-01')""", id);
            jdbc.update("""
                    INSERT INTO credit_account (id, client_id, cash, interest_and_fees, credit_limit,
                           financing_margin_ratio, short_margin_ratio, contract_start, contract_expiry)
                    VALUES (?, ?, ?, 35.50, 200000.00, 1.0000, 0.5000, DATE '2024-01-01', DATE '2027-01-01')""",
                    id, id, new BigDecimal(id * 1000 + ".00"));
        }
        for (String[] s : SECURITIES) {
            jdbc.update("""
                    INSERT INTO security (code, name, board, security_type, conversion_rate) VALUES (?, ?, 'MAIN',
                           'STOCK', ?)""", s[0], "S" + s[0], new BigDecimal(s[2]));
            jdbc.update("INSERT INTO security_price (code, price, price_date, updated_at) VALUES (?, ?, "
                    + "CURRENT_DATE, CURRENT_TIMESTAMP)", s[0], new BigDecimal(s[1]));
        }
        for (Object[] h : HOLDINGS) {
            jdbc.update("""
                    INSERT INTO holding (account_id, security_code, side, quantity, cost_price, financed_quantity,
                           financed_amount, short_proceeds) VALUES (?, ?, ?, ?, 1.000, ?, ?, ?)""",
                    h[0], h[1], h[2], h[3], h[4], new BigDecimal((String) h[5]), new BigDecimal((String) h[6]));
        }
        AccountValuationService valuation = new AccountValuationService(JdbcClient.create(dataSource), jdbc,
                new DataSourceTransactionManager(dataSource), Clock.systemUTC());

        ValuationRun run = valuation.valueAll();

        assertThat(run.accounts()).isEqualTo(3);
        List<AccountValuation> rows = new ArrayList<>();
        valuation.forEachValuation(run.id(), rows::add);
        for (AccountValuation v : rows) {
            MarginFigures f = MarginCalculator.calculate(new AccountBalances(v.cash(), new BigDecimal("35.50"),
                    new BigDecimal("200000.00"), BigDecimal.ONE, new BigDecimal("0.5000")), holdings(v.accountId()));
            String which = "account " + v.accountId();
            assertThat(v.availableMargin()).as(which).isEqualByComparingTo(f.availableMargin());
            assertThat(v.totalAssets()).as(which).isEqualByComparingTo(f.totalAssets());
            assertThat(v.totalDebt()).as(which).isEqualByComparingTo(f.totalDebt());
            same(which + " ratio", v.maintenanceRatio(), f.maintenanceRatio());
            same(which + " financing ratio", v.financingRatio(), f.financingRatio());
            same(which + " top-1", v.top1Concentration(), f.top1Concentration());
        }
        List<Long> checked = new ArrayList<>();
        valuation.forEachValuationToCheck(run.id(), new BigDecimal("1.4000"), null, v -> checked.add(v.accountId()));
        assertThat(checked).as("the ratio filter on H2").isNotEmpty().doesNotContain(3L);
    }

    private static void same(String what, BigDecimal sql, BigDecimal java) {
        if (java == null) {
            assertThat(sql).as(what).isNull();
        } else {
            assertThat(sql).as(what).isEqualByComparingTo(java);
        }
    }

    private static List<Holding> holdings(long accountId) {
        List<Holding> holdings = new ArrayList<>();
        for (Object[] h : HOLDINGS) {
            if ((Long) h[0] == accountId) {
                String[] s = java.util.Arrays.stream(SECURITIES).filter(x -> x[0].equals(h[1])).findFirst().orElseThrow();
                holdings.add(new Holding((String) h[1], PositionSide.valueOf((String) h[2]), (Long) h[3],
                        new BigDecimal(s[1]), new BigDecimal(s[2]), (Long) h[4], new BigDecimal((String) h[5]),
                        new BigDecimal((String) h[6])));
            }
        }
        return holdings;
    }
}
