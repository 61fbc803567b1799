package com.marginportal.client;

import java.sql.ResultSet;
import java.sql.Statement;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/** For benchmarks on MariaDB: the valuation statement's SELECT alone (no history row written), to time that part. */
public final class ValuationProbe {

    private ValuationProbe() {
    }

    /**
     * Runs the valuation's SELECT of every account, as the MariaDB run does (per-security rows in the session's
     * temporary table first, on the same connection), and counts its rows.
     */
    public static long selectOnly(JdbcTemplate jdbc) {
        String statement = ValuationSql.VALUE_ALL_MARIADB;
        String select = statement.substring(statement.indexOf("SELECT :run")).replace(":run", "0");
        return jdbc.execute((ConnectionCallback<Long>) c -> {
            try (Statement s = c.createStatement()) {
                s.execute(ValuationSql.DROP_PRICED_MARIADB);
                s.execute(ValuationSql.CREATE_PRICED_MARIADB);
                long rows;
                try (ResultSet rs = s.executeQuery("SET STATEMENT optimizer_switch='split_materialized=off' FOR "
                        + "SELECT COUNT(*) FROM (" + select + ") x0")) {
                    rs.next();
                    rows = rs.getLong(1);
                }
                s.execute(ValuationSql.DROP_PRICED_MARIADB);
                return rows;
            }
        });
    }
}
