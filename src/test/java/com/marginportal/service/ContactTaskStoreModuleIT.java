package com.marginportal.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import com.marginportal.client.ContactStatus;
import com.marginportal.risk.RiskFixture;
import com.marginportal.security.DataScope;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Two people on one contact task on MariaDB (a slice of the service module): the entity's version refuses the contact recorded from a stale read. */
class ContactTaskStoreModuleIT extends ServiceModuleSupport {

    @Autowired
    private ContactTaskStore store;
    @Autowired
    private PlatformTransactionManager transactions;

    private long taskId;

    @BeforeEach
    void anOpenTaskOfAdvisor1() {
        RiskFixture client = newClient();
        long planId = jdbc.sql("SELECT MIN(id) FROM contact_plan").query(Long.class).single();
        Instant now = Instant.now();
        assertThat(store.open(planId, new ContactStatus(client.clientId, "测试客户", branch.id(), userId(branch.advisor(1)),
                new BigDecimal("4.2857"), null), now, now.plus(Duration.ofDays(3)))).isTrue();
        taskId = store.openByClient(planId).get(client.clientId);
    }

    @Test
    void twoPeopleOnOneTaskTheSecondIsRefused() {
        ContactTask seenByBoth = store.find(taskId, DataScope.all()).orElseThrow();
        assertThat(seenByBoth.planName()).as("the plan's name, read with the task").isNotBlank();

        assertThat(store.done(seenByBoth, 41L, Instant.now(), branch.advisor(1))).isTrue();
        assertThat(store.attempt(seenByBoth)).as("an attempt recorded from the read before").isFalse();

        ContactTask now = store.find(taskId, DataScope.all()).orElseThrow();
        assertThat(now.status()).isEqualTo(ContactTask.Status.DONE);
        assertThat(now.attempts()).isEqualTo(1);
        assertThat(now.contactId()).isEqualTo(41L);
        assertThat(now.closedBy()).isEqualTo(branch.advisor(1));
        assertThat(now.version()).isEqualTo(seenByBoth.version() + 1);
        assertThat(everyOpen(DataScope.all())).extracting(ContactTask::id).doesNotContain(taskId);
    }

    @Test
    void aContactRecordedBetweenReadAndWriteIsRefused() {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            ContactTask read = store.find(taskId, DataScope.all()).orElseThrow();
            requiresNew().executeWithoutResult(other -> assertThat(store.attempt(read)).isTrue());

            assertThat(store.done(read, 42L, Instant.now(), branch.manager())).isFalse();
            assertThat(store.find(taskId, DataScope.all()).orElseThrow().status())
                    .as("a re-read does not show the refused change").isEqualTo(ContactTask.Status.OPEN);
            tx.setRollbackOnly();
        });
        ContactTask now = store.find(taskId, DataScope.all()).orElseThrow();
        assertThat(now.status()).isEqualTo(ContactTask.Status.OPEN);
        assertThat(now.attempts()).isEqualTo(1);
        assertThat(now.contactId()).isNull();
        assertThat(everyOpen(DataScope.advisor(userId(branch.advisor(1))))).extracting(ContactTask::id).contains(taskId);
        assertThat(everyOpen(DataScope.advisor(userId(branch.advisor(2))))).extracting(ContactTask::id).doesNotContain(taskId);
    }

    private TransactionTemplate requiresNew() {
        TransactionTemplate t = new TransactionTemplate(transactions);
        t.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return t;
    }

    private java.util.List<ContactTask> everyOpen(DataScope scope) {
        return store.open(scope, ContactTaskFilter.ALL, 0L, 0, Integer.MAX_VALUE);
    }
}
