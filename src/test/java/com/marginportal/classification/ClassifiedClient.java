package com.marginportal.classification;

import com.marginportal.classification.domain.Dimension;
import com.marginportal.risk.RiskFixture;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A test client of its own (of advisor1 in branch 1, or of the given advisor and branch), classified and then held to
 * known classes by overrides in all four dimensions, so the recommendations that apply to it are known.
 */
public final class ClassifiedClient {

    public final RiskFixture account;
    public final long clientId;

    public ClassifiedClient(JdbcClient jdbc, ClassificationService classifications, String risk, String trading,
                            String scale, String needs) {
        this(jdbc, classifications, new RiskFixture(jdbc), risk, trading, scale, needs);
    }

    public ClassifiedClient(JdbcClient jdbc, ClassificationService classifications, long branchId, String advisor,
                            String risk, String trading, String scale, String needs) {
        this(jdbc, classifications, new RiskFixture(jdbc, branchId, advisor), risk, trading, scale, needs);
    }

    private ClassifiedClient(JdbcClient jdbc, ClassificationService classifications, RiskFixture account, String risk,
                             String trading, String scale, String needs) {
        this.account = account;
        this.clientId = account.clientId;
        classifications.recalculateAll();
        String[] values = {risk, trading, scale, needs};
        for (Dimension d : Dimension.values()) {
            jdbc.sql("""
                    INSERT INTO classification_override (client_id, dimension, override_value, reason, overridden_by,
                           overridden_at, valid_until) VALUES (?, ?, ?, ?, 'manager1', CURRENT_TIMESTAMP, NULL)""")
                    .params(clientId, d.name(), values[d.ordinal()], "测试：" + d.name()).update();
        }
    }

    /** The seeded catalogue entry with this Chinese title. */
    public static long seeded(JdbcClient jdbc, String titleZh) {
        return jdbc.sql("SELECT id FROM recommendation WHERE title_zh = ? AND updated_by = 'system'")
                .param(titleZh).query(Long.class).single();
    }
}
