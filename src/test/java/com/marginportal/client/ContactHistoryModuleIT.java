package com.marginportal.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import com.marginportal.support.ClientFixture;
import com.marginportal.support.ModuleSlice;
import com.marginportal.support.SignedIn;
import com.marginportal.support.SimulatedClock;
import com.marginportal.support.StaffFixture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Contacts recorded into the history on MariaDB: one contact_record row each, as the signed-in advisor, at the
 * application's time in UTC; listed newest first (the later id first at the same moment); never outside the scope.
 * A slice of the client module; the staff and clients are the test's own.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, verifyAutomatically = false)
class ContactHistoryModuleIT extends ModuleSlice {

    private static final Instant AT = Instant.parse("2026-12-01T02:03:04.123456Z");

    @Autowired
    private ContactHistory contacts;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private UserDetailsService users;

    @AfterEach
    void realTime() {
        SimulatedClock.reset();
    }

    @Test
    void aContactIsOneHistoryRowListedNewestFirst() {
        StaffFixture staff = new StaffFixture(jdbc);
        StaffFixture.Branch branch = staff.branch(1);
        String holder = branch.advisor(1);
        long client = new ClientFixture(jdbc).client(branch.id(), holder);
        SimulatedClock.freeze(AT);
        long first = SignedIn.as(users, holder,
                () -> contacts.recordAdvisorContact(client, new NewContact("PHONE", false, "持仓回顾", null)));
        long second = SignedIn.as(users, holder, () -> contacts.recordAdvisorContact(client,
                new NewContact("WECHAT", true, "持仓回顾", "建议分散持仓")));

        assertThat(second).isGreaterThan(first);
        assertThat(jdbc.sql("""
                SELECT client_id, advisor_id, channel, direction, reached, subject, note
                  FROM contact_record WHERE id = ?""").param(second).query().singleRow())
                .containsEntry("client_id", client).containsEntry("advisor_id", staff.userId(holder))
                .containsEntry("channel", "WECHAT").containsEntry("direction", "ADVISOR_INITIATED")
                .containsEntry("reached", true).containsEntry("subject", "持仓回顾").containsEntry("note", "建议分散持仓");
        assertThat(jdbc.sql("SELECT contacted_at FROM contact_record WHERE id = ?").param(second)
                .query(LocalDateTime.class).single()).as("UTC").isEqualTo(LocalDateTime.ofInstant(AT, ZoneOffset.UTC));
        long advisor = staff.userId(holder);
        assertThat(SignedIn.as(users, holder, () -> contacts.forClient(client))).containsExactly(
                new ContactLine(AT, "WECHAT", "ADVISOR_INITIATED", true, "持仓回顾", "建议分散持仓", advisor),
                new ContactLine(AT, "PHONE", "ADVISOR_INITIATED", false, "持仓回顾", null, advisor));
    }

    @Test
    void anotherBranchNeitherRecordsNorReads() {
        StaffFixture staff = new StaffFixture(jdbc);
        StaffFixture.Branch branch = staff.branch(1);
        String otherManager = staff.branch(1).manager();
        long client = new ClientFixture(jdbc).client(branch.id(), branch.advisor(1));
        assertThatThrownBy(() -> SignedIn.as(users, otherManager, () -> contacts.recordAdvisorContact(client,
                new NewContact("PHONE", true, "持仓回顾", null)))).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM contact_record WHERE client_id = ?").param(client)
                .query(Long.class).single()).isZero();
        assertThat(SignedIn.as(users, otherManager, () -> contacts.forClient(client))).isEmpty();
    }
}
