package com.marginportal.client.ui;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marginportal.client.PeriodicReportOptIn;
import com.marginportal.risk.RiskFixture;
import com.marginportal.security.AuditLog;
import com.marginportal.support.ViewTest;
import com.vaadin.flow.component.checkbox.Checkbox;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** The advisor records in the 360 view that the client asked for the monthly report; only within her scope. */
class ReportOptInIT extends ViewTest {

    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private PeriodicReportOptIn optIn;
    @Autowired
    private AuditLog auditLog;

    @Test
    void theAdvisorTicksTheMonthlyReportForHerClient() {
        RiskFixture client = new RiskFixture(jdbc); // advisor1's
        login("advisor1");
        navigate("clients/" + client.clientId);

        Checkbox box = _get(Checkbox.class, spec -> spec.withId("periodic-report-opt-in"));
        assertThat(box.getValue()).as("off unless asked for").isFalse();
        assertThat(box.getLabel()).isEqualTo("月度报告邮件");
        _setValue(box, true);

        assertThat(stored(client)).isTrue();
        assertThat(auditLog.latest("PERIODIC_REPORT_ON", 5)).anyMatch(e -> e.entityId().equals(Long.toString(client.clientId))
                && e.username().equals("advisor1"));
        navigate("clients/" + client.clientId);
        assertThat(_get(Checkbox.class, spec -> spec.withId("periodic-report-opt-in")).getValue()).isTrue();
    }

    @Test
    void onlyAChangeIsAudited() {
        RiskFixture client = new RiskFixture(jdbc); // advisor1's
        login("advisor1");
        optIn.set(client.clientId, true);
        optIn.set(client.clientId, true); // ticked again in another tab: nothing changes

        assertThat(optIn.optedIn(client.clientId)).hasValue(true);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'CLIENT' AND entity_id = ?")
                .param(Long.toString(client.clientId)).query(Long.class).single()).isOne();
    }

    @Test
    void anotherBranchCannotChangeIt() {
        RiskFixture client = new RiskFixture(jdbc); // branch 1
        login("manager2");

        assertThat(optIn.optedIn(client.clientId)).isEmpty();
        assertThatThrownBy(() -> optIn.set(client.clientId, true)).isInstanceOf(AccessDeniedException.class);
        assertThat(stored(client)).isFalse();
    }

    private boolean stored(RiskFixture client) {
        return jdbc.sql("SELECT periodic_report FROM client WHERE id = ?").param(client.clientId).query(Boolean.class).single();
    }
}
