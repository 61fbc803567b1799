package com.marginportal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import com.marginportal.importing.DataImported;
import com.marginportal.importing.ImportKind;
import com.marginportal.support.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The event publications of a transaction are written just before its commit, with it or not at all; a transaction
 * started inside another (REQUIRES_NEW) keeps its own. Through the registry's store as Spring Modulith calls it.
 */
class BatchedEventPublicationsIT extends IntegrationTest {

    private static final PublicationTargetIdentifier LISTENER = PublicationTargetIdentifier.of("test.batched");

    @Autowired
    private EventPublicationRepository publications;
    @Autowired
    private PlatformTransactionManager transactions;
    @Autowired
    private JdbcClient jdbc;

    @Test
    void rowsCommitWithTheirTransactionAndAnInnerTransactionKeepsItsOwn() {
        TransactionTemplate outer = new TransactionTemplate(transactions);
        TransactionTemplate inner = new TransactionTemplate(transactions);
        inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        UUID committed = store(outer, 1);
        UUID[] ids = new UUID[2];
        outer.executeWithoutResult(s -> {
            ids[0] = store(outer, 2);
            assertThat(stored(ids[0])).as("written only before the commit").isFalse();
            ids[1] = store(inner, 3);
            s.setRollbackOnly();
        });

        assertThat(stored(committed)).isTrue();
        assertThat(stored(ids[0])).as("rolled back with its transaction").isFalse();
        assertThat(stored(ids[1])).as("committed by the inner transaction").isTrue();
        assertThat(publications.findIncompletePublications()).filteredOn(p -> p.getIdentifier().equals(committed))
                .singleElement().satisfies(p -> assertThat(p.getEvent()).isEqualTo(event(1)));
        publications.deletePublications(List.of(committed, ids[1]));
    }

    @Test
    void manyRowsOfOneTransactionAreAllWritten() {
        List<UUID> ids = new TransactionTemplate(transactions).execute(s -> java.util.stream.IntStream.range(0, 1_234)
                .mapToObj(i -> publications.create(TargetEventPublication.of(event(i), LISTENER)).getIdentifier())
                .toList());
        assertThat(ids).allMatch(this::stored);
        publications.deletePublications(ids);
        assertThat(ids).noneMatch(this::stored);
    }

    private UUID store(TransactionTemplate tx, long batch) {
        return tx.execute(s -> publications.create(TargetEventPublication.of(event(batch), LISTENER)).getIdentifier());
    }

    private static DataImported event(long batch) {
        return new DataImported(ImportKind.PRICES, batch, 1);
    }

    private boolean stored(UUID id) {
        return jdbc.sql("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE id = ?").param(id.toString()).query(Long.class)
                .single() == 1;
    }
}
