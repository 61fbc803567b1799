package com.marginportal.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import com.marginportal.client.domain.AccountBalances;
import com.marginportal.client.domain.MarginCalculator;
import com.marginportal.client.domain.MarginFigures;
import com.marginportal.support.ClientFixture;
import com.marginportal.support.ModuleSlice;
import com.marginportal.support.StaffFixture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * The set-based valuation in SQL gives exactly the figures of the Java calculator, for every account. A slice of the
 * client module on generated portfolios of the test's own (seeded, replayable with {@code -Dvaluation.seed=N}): cash,
 * fees, long positions partly or wholly financed, financed amounts without financed shares, shorts, and accounts
 * without positions or debt; then every price moved, some down by half and some nearly doubled, so that financed
 * parts and shorts are both at a gain and at a loss.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, verifyAutomatically = false)
class AccountValuationModuleIT extends ModuleSlice {

    private static final long SEED = Long.getLong("valuation.seed", 20261207L);
    private static final AtomicLong NEXT_SECURITY = new AtomicLong(1);
    private static final int ACCOUNTS = 40;

    @Autowired
    private AccountValuationService valuation;
    @Autowired
    private CreditAccountRepository accounts;
    @Autowired
    private AccountReader reader;
    @Autowired
    private JdbcClient jdbc;

    private final List<String> securities = new ArrayList<>();
    private Set<Long> generated;

    @BeforeEach
    void generatedPortfolios() {
        Random random = new Random(SEED);
        for (int i = 0; i < 8; i++) {
            String code = "V" + NEXT_SECURITY.getAndIncrement();
            jdbc.sql("INSERT INTO security (code, name, board, security_type, conversion_rate) VALUES (?, ?, 'MAIN', 'STOCK', ?)")
                    .params(code, "估值证券" + code, new BigDecimal(40 + random.nextInt(31)).movePointLeft(2)).update();
            jdbc.sql("INSERT INTO security_price (code, price, price_date, updated_at) VALUES (?, ?, CURRENT_DATE, CURRENT_TIMESTAMP)")
                    .params(code, money(random, 1, 120, 3)).update();
            securities.add(code);
        }
        StaffFixture.Branch branch = new StaffFixture(jdbc).branch(1);
        ClientFixture clients = new ClientFixture(jdbc);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < ACCOUNTS; i++) {
            long account = clients.accountOf(clients.client(branch.id(), branch.advisor(1)));
            jdbc.sql("UPDATE credit_account SET cash = ?, interest_and_fees = ? WHERE id = ?")
                    .params(money(random, 0, 300_000, 2), random.nextInt(4) == 0 ? BigDecimal.ZERO : money(random, 0, 5_000, 2),
                            account).update();
            int positions = i % 10 == 0 ? 0 : 1 + random.nextInt(4); // every tenth account holds nothing
            List<String> held = new ArrayList<>(securities);
            java.util.Collections.shuffle(held, random);
            for (String code : held.subList(0, positions)) {
                hold(random, account, code);
            }
            ids.add(account);
        }
        generated = Set.copyOf(ids);
    }

    /** A long position (paid, partly or wholly financed, or a financed amount without financed shares) or a short. */
    private void hold(Random random, long account, String code) {
        long quantity = 100L * (1 + random.nextInt(200));
        BigDecimal cost = money(random, 1, 120, 3);
        boolean isShort = random.nextInt(4) == 0;
        long financedQuantity = 0;
        BigDecimal financed = BigDecimal.ZERO;
        BigDecimal proceeds = BigDecimal.ZERO;
        if (isShort) {
            proceeds = cost.multiply(BigDecimal.valueOf(quantity)).setScale(2, RoundingMode.HALF_UP);
        } else {
            switch (random.nextInt(4)) {
                case 0 -> { } // paid in full
                case 1 -> financedQuantity = quantity;
                case 2 -> financedQuantity = quantity / 2;
                default -> { } // an amount without financed shares (left after a sale)
            }
            financed = financedQuantity > 0
                    ? cost.multiply(BigDecimal.valueOf(financedQuantity)).setScale(2, RoundingMode.HALF_UP)
                    : random.nextBoolean() ? money(random, 100, 5_000, 2) : BigDecimal.ZERO;
        }
        jdbc.sql("""
                INSERT INTO holding (account_id, security_code, side, quantity, cost_price, financed_quantity,
                       financed_amount, short_proceeds) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(account, code, isShort ? "SHORT" : "LONG", quantity, cost, financedQuantity, financed, proceeds)
                .update();
    }

    @Test
    void sqlAndJavaAgreeOnEveryAccount() {
        List<AccountValuation> rows = agreeWithCalculator(valuation.valueAll());
        assertThat(rows).as("the generated accounts, each valued").hasSize(ACCOUNTS);
        assertThat(rows).as("some without debt, some with").anyMatch(v -> v.maintenanceRatio() == null)
                .anyMatch(v -> v.maintenanceRatio() != null);
        assertThat(valuation.history(rows.get(0).accountId(), 10)).isNotEmpty();
    }

    /** Every branch of the margin credit: financed parts and shorts at a loss as well as at a gain. */
    @Test
    void sqlAndJavaAgreeAfterPricesMoveBothWays() {
        for (int i = 0; i < securities.size(); i++) {
            jdbc.sql("UPDATE security_price SET price = ROUND(price * ?, 3) WHERE code = ?")
                    .params(i % 2 == 0 ? new BigDecimal("0.45") : new BigDecimal("1.9"), securities.get(i)).update();
        }
        assertThat(agreeWithCalculator(valuation.valueAll())).hasSize(ACCOUNTS);
    }

    private List<AccountValuation> agreeWithCalculator(ValuationRun run) {
        List<AccountValuation> rows = new ArrayList<>();
        valuation.forEachValuation(run.id(), v -> {
            if (generated.contains(v.accountId())) {
                rows.add(v);
            }
        });
        for (AccountValuation v : rows) {
            CreditAccount account = accounts.findById(v.accountId()).orElseThrow();
            MarginFigures f = MarginCalculator.calculate(new AccountBalances(account.getCash(),
                            account.getInterestAndFees(), account.getCreditLimit(), account.getFinancingMarginRatio(),
                            account.getShortMarginRatio()),
                    reader.holdings(v.accountId()).stream().map(AccountReader::toHolding).toList());
            String which = "account " + v.accountId() + " (seed " + SEED + ")";
            assertThat(v.totalAssets()).as(which).isEqualByComparingTo(f.totalAssets());
            assertThat(v.longMarketValue()).as(which).isEqualByComparingTo(f.longMarketValue());
            assertThat(v.financingDebt()).as(which).isEqualByComparingTo(f.financingDebt());
            assertThat(v.shortLiability()).as(which).isEqualByComparingTo(f.shortLiability());
            assertThat(v.totalDebt()).as(which).isEqualByComparingTo(f.totalDebt());
            assertThat(v.availableMargin()).as(which).isEqualByComparingTo(f.availableMargin());
            assertSame(which + " ratio", v.maintenanceRatio(), f.maintenanceRatio());
            assertSame(which + " financing ratio", v.financingRatio(), f.financingRatio());
            assertSame(which + " top-1 concentration", v.top1Concentration(), f.top1Concentration());
            assertSame(which + " credit-limit usage", v.creditLimitUsage(), f.creditLimitUsage());
            assertThat(account.getValuedAt()).isNotNull();
        }
        return rows;
    }

    private static BigDecimal money(Random random, int min, int max, int scale) {
        long units = (long) Math.pow(10, scale);
        long value = min * units + (long) (random.nextDouble() * (max - min) * units);
        return BigDecimal.valueOf(value, scale);
    }

    private static void assertSame(String what, BigDecimal sql, BigDecimal java) {
        if (java == null) {
            assertThat(sql).as(what).isNull();
        } else {
            assertThat(sql).as(what).isEqualByComparingTo(java);
        }
    }
}
