package com.marginportal.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import com.marginportal.risk.RiskFixture;
import com.marginportal.support.IntegrationTest;
import com.marginportal.support.SimulatedClock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Contacts recorded into the history on MariaDB: one contact_record row each, as the signed-in advisor, at the
 * application's time in UTC; listed newest first (the later id first at the same moment); never outside the scope.
 */
class ContactHistoryIT extends IntegrationTest {

    private static final Instant AT = Instant.parse("2026-12-01T02:03:04.123456Z");

    @Autowired
    private ContactHistory contacts;
    @Autowired
    private JdbcClient jdbc;

    @AfterEach
    void realTime() {
        SimulatedClock.reset();
    }

    @Test
    @WithUserDetails("advisor1")
    void aContactIsOneHistoryRowListedNewestFirst() {
        RiskFixture client = new RiskFixture(jdbc);
        SimulatedClock.freeze(AT);
        long first = contacts.recordAdvisorContact(client.clientId, new NewContact("PHONE", false, "持仓回顾", null));
        long second = contacts.recordAdvisorContact(client.clientId,
                new NewContact("WECHAT", true, "持仓回顾", "建议分散持仓"));

        assertThat(second).isGreaterThan(first);
        assertThat(jdbc.sql("""
                SELECT client_id, advisor_id, channel, direction, reached, subject, note
                  FROM contact_record WHERE id = ?""").param(second).query().singleRow())
                .containsEntry("client_id", client.clientId).containsEntry("advisor_id", advisorId("advisor1"))
                .containsEntry("channel", "WECHAT").containsEntry("direction", "ADVISOR_INITIATED")
                .containsEntry("reached", true).containsEntry("subject", "持仓回顾").containsEntry("note", "建议分散持仓");
        assertThat(jdbc.sql("SELECT contacted_at FROM contact_record WHERE id = ?").param(second)
                .query(LocalDateTime.class).single()).as("UTC").isEqualTo(LocalDateTime.ofInstant(AT, ZoneOffset.UTC));
        long advisor = advisorId("advisor1");
        assertThat(contacts.forClient(client.clientId)).containsExactly(
                new ContactLine(AT, "WECHAT", "ADVISOR_INITIATED", true, "持仓回顾", "建议分散持仓", advisor),
                new ContactLine(AT, "PHONE", "ADVISOR_INITIATED", false, "持仓回顾", null, advisor));
    }

    @Test
    @WithUserDetails("manager2")
    void anotherBranchNeitherRecordsNorReads() {
        RiskFixture client = new RiskFixture(jdbc); // branch 1
        assertThatThrownBy(() -> contacts.recordAdvisorContact(client.clientId,
                new NewContact("PHONE", true, "持仓回顾", null))).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM contact_record WHERE client_id = ?").param(client.clientId)
                .query(Long.class).single()).isZero();
        assertThat(contacts.forClient(client.clientId)).isEmpty();
    }

    private long advisorId(String username) {
        return jdbc.sql("SELECT id FROM app_user WHERE username = ?").param(username).query(Long.class).single();
    }
}
