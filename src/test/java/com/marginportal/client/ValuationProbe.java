package com.marginportal.client;

import org.springframework.jdbc.core.simple.JdbcClient;

/** For benchmarks on MariaDB: the valuation statement's SELECT alone (no history row written), to time that part. */
public final class ValuationProbe {

    private ValuationProbe() {
    }

    /** Runs the valuation's SELECT of every account and counts its rows. */
    public static long selectOnly(JdbcClient jdbc) {
        String select = ValuationSql.VALUE_ALL.substring(ValuationSql.VALUE_ALL.indexOf("SELECT :run"))
                .replace(":run", "0");
        return jdbc.sql("SET STATEMENT optimizer_switch='split_materialized=off' FOR SELECT COUNT(*) FROM ("
                + select + ") x0").query(Long.class).single();
    }
}
