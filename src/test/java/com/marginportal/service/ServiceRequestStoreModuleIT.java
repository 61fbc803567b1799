package com.marginportal.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import com.marginportal.risk.RiskFixture;
import com.marginportal.security.DataScope;
import com.marginportal.service.domain.Closing;
import com.marginportal.service.domain.NewRequest;
import com.marginportal.service.domain.RequestStatus;
import com.marginportal.service.domain.RequestType;
import com.marginportal.service.domain.ServiceChannel;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Two people on one service request on MariaDB: the entity's version refuses the change made from a stale read. */
class ServiceRequestStoreModuleIT extends ServiceModuleSupport {

    @Autowired
    private ServiceRequests requests;
    @Autowired
    private ServiceRequestStore store;
    @Autowired
    private PlatformTransactionManager transactions;

    private ServiceRequest request;

    @BeforeEach
    void aRequestOfAdvisor1() {
        RiskFixture client = newClient();
        request = as(branch.advisor(1), () -> requests.record(
                new NewRequest(client.clientId, RequestType.INFORMATION, ServiceChannel.PHONE, "询问融资额度")));
    }

    @Test
    void twoPeopleOnOneRequestTheSecondIsRefused() {
        ServiceRequest seenByBoth = store.find(request.id(), DataScope.all()).orElseThrow();

        assertThat(store.start(seenByBoth, RequestStatus.IN_PROGRESS, Instant.now(), branch.advisor(1))).isTrue();
        assertThat(store.close(seenByBoth, RequestStatus.DONE, new Closing(5, "已答复"), Instant.now(), branch.manager()))
                .as("closed from the read before the start").isFalse();

        ServiceRequest now = store.find(request.id(), DataScope.all()).orElseThrow();
        assertThat(now.status()).isEqualTo(RequestStatus.IN_PROGRESS);
        assertThat(now.startedBy()).isEqualTo(branch.advisor(1));
        assertThat(now.satisfaction()).isNull();
        assertThat(now.version()).isEqualTo(request.version() + 1);
    }

    @Test
    void aChangeCommittedBetweenReadAndWriteIsRefused() {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            ServiceRequest read = store.find(request.id(), DataScope.all()).orElseThrow();
            requiresNew().executeWithoutResult(other ->
                    store.start(read, RequestStatus.IN_PROGRESS, Instant.now(), branch.advisor(1)));

            assertThat(store.close(read, RequestStatus.DONE, new Closing(3, null), Instant.now(), branch.manager())).isFalse();
            assertThat(store.find(request.id(), DataScope.all()).orElseThrow().status())
                    .as("a re-read does not show the refused change").isNotEqualTo(RequestStatus.DONE);
            tx.setRollbackOnly();
        });
        ServiceRequest now = store.find(request.id(), DataScope.all()).orElseThrow();
        assertThat(now.status()).isEqualTo(RequestStatus.IN_PROGRESS);
        assertThat(now.closedBy()).isNull();
    }

    @Test
    void theEscalationMarkSurvivesAStatusChangeReadBeforeIt() {
        Instant marked = Instant.parse("2026-12-01T02:00:00Z");
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            ServiceRequest read = store.find(request.id(), DataScope.all()).orElseThrow();
            requiresNew().executeWithoutResult(system -> assertThat(store.markEscalated(request.id(), marked)).isTrue());
            assertThat(store.start(read, RequestStatus.IN_PROGRESS, Instant.now(), branch.advisor(1)))
                    .as("the mark is no user's change").isTrue();
        });
        ServiceRequest now = store.find(request.id(), DataScope.all()).orElseThrow();
        assertThat(now.status()).isEqualTo(RequestStatus.IN_PROGRESS);
        assertThat(now.escalatedAt()).isEqualTo(marked);
    }

    private TransactionTemplate requiresNew() {
        TransactionTemplate t = new TransactionTemplate(transactions);
        t.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return t;
    }
}
