package com.marginportal.client;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.marginportal.client.domain.AccountBalances;
import com.marginportal.client.domain.Holding;
import com.marginportal.client.domain.MarginCalculator;
import com.marginportal.client.domain.MarginFigures;
import com.marginportal.client.domain.PositionSide;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes the stored latest valuation (total assets, debt, maintenance ratio) of every account
 * from positions and latest prices, in chunks of accounts: two queries and one batch update per chunk,
 * never one query per account.
 */
@Service
public class AccountValuationService {

    private static final Logger log = LoggerFactory.getLogger(AccountValuationService.class);
    private static final int CHUNK = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final TransactionTemplate tx;
    private final Clock clock;

    AccountValuationService(JdbcClient jdbc, JdbcTemplate jdbcTemplate, TransactionTemplate tx, Clock clock) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.tx = tx;
        this.clock = clock;
    }

    private record AccountRow(long id, AccountBalances balances) {
    }

    /** @return the number of accounts valued */
    public int revalueAll() {
        long started = System.nanoTime();
        long afterId = Long.MIN_VALUE;
        int total = 0;
        List<AccountRow> chunk;
        do {
            long from = afterId;
            chunk = tx.execute(s -> revalueChunk(from));
            total += chunk.size();
            afterId = chunk.isEmpty() ? afterId : chunk.get(chunk.size() - 1).id();
        } while (chunk.size() == CHUNK);
        log.info("Valued {} credit accounts in {} ms", total, (System.nanoTime() - started) / 1_000_000);
        return total;
    }

    private List<AccountRow> revalueChunk(long afterId) {
        List<AccountRow> accounts = jdbc.sql("""
                SELECT id, cash, interest_and_fees, credit_limit, financing_margin_ratio, short_margin_ratio
                  FROM credit_account WHERE id > :after ORDER BY id LIMIT :limit""")
                .param("after", afterId).param("limit", CHUNK)
                .query((rs, i) -> new AccountRow(rs.getLong(1), new AccountBalances(rs.getBigDecimal(2),
                        rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6))))
                .list();
        if (accounts.isEmpty()) {
            return accounts;
        }
        Map<Long, List<Holding>> holdings = holdings(accounts.get(0).id(), accounts.get(accounts.size() - 1).id());
        Timestamp now = Timestamp.valueOf(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        List<Object[]> updates = new ArrayList<>(accounts.size());
        for (AccountRow account : accounts) {
            MarginFigures f = MarginCalculator.calculate(account.balances(),
                    holdings.getOrDefault(account.id(), List.of()));
            updates.add(new Object[] {f.totalAssets(), f.totalDebt(), f.maintenanceRatio(), now, account.id()});
        }
        jdbcTemplate.batchUpdate("""
                UPDATE credit_account SET total_assets = ?, total_debt = ?, maintenance_ratio = ?, valued_at = ?
                 WHERE id = ?""", updates);
        return accounts;
    }

    private Map<Long, List<Holding>> holdings(long first, long last) {
        Map<Long, List<Holding>> byAccount = new HashMap<>();
        jdbc.sql("""
                SELECT p.account_id, p.security_code, p.side, p.quantity, pr.price, s.conversion_rate,
                       p.financed_quantity, p.financed_amount, p.short_proceeds
                  FROM holding p
                  JOIN security s ON s.code = p.security_code
                  JOIN security_price pr ON pr.code = p.security_code
                 WHERE p.account_id BETWEEN :first AND :last""")
                .param("first", first).param("last", last)
                .query(rs -> {
                    byAccount.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Holding(
                            rs.getString(2), PositionSide.valueOf(rs.getString(3)), rs.getLong(4), rs.getBigDecimal(5),
                            rs.getBigDecimal(6), rs.getLong(7), rs.getBigDecimal(8), rs.getBigDecimal(9)));
                });
        return byAccount;
    }
}
