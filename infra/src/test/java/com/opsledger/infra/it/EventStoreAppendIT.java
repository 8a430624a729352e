package com.opsledger.infra.it;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An append is one insert that leaves the global index to the database, on the connection of the transaction that
 * the read models' JPA writes use; a second append of the same (aggregate, sequence number) is a conflict.
 */
class EventStoreAppendIT extends ApplicationIT {

    @Autowired
    EventStorageEngine storage;

    @Autowired
    PlatformTransactionManager transactions;

    @PersistenceContext
    EntityManager entityManager;

    @Autowired
    DataSource dataSource;

    record Probe(String note) {
    }

    @Test
    void anAppendTakesItsGlobalIndexFromTheSequenceInTheSurroundingTransaction() {
        String aggregate = "probe-" + UUID.randomUUID();
        List<Number> indexes = new ArrayList<>();
        Object[] lastTaken = new Object[1];
        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            storage.appendEvents(event(aggregate, 0), event(aggregate, 1));
            // read through JPA's own connection: the events are there (uncommitted), and the sequence was advanced
            // in this very session by the inserts' column default
            indexes.addAll(entityManager.createNativeQuery("select global_index from domain_event_entry "
                    + "where aggregate_identifier = ?1 order by sequence_number").setParameter(1, aggregate)
                    .getResultList());
            lastTaken[0] = entityManager.createNativeQuery(
                    "select currval('domain_event_entry_global_index_seq')").getSingleResult();
            storage.appendEvents(event(aggregate, 1));
        })).isInstanceOf(ConcurrencyException.class);

        assertThat(indexes).hasSize(2);
        assertThat(indexes.get(1).longValue()).isEqualTo(indexes.get(0).longValue() + 1)
                .isEqualTo(((Number) lastTaken[0]).longValue());
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Long.class, aggregate)).as("rolled back with the transaction").isZero();
    }

    /**
     * Another writer (another command process) appends the stock item's next event while a receipt is being
     * decided: the receipt's append waits for it on the unique key and is answered 409 once the other commits.
     */
    @Test
    void cannotAppendAnEventAnotherWriterAppendedMeanwhile() throws Exception {
        Api api = api();
        StockFlows.StockSetup s = StockFlows.stockItem(api, "Conflict", "pcs", 0);
        String path = "/api/v1/stock-items/" + s.stockItemId() + "/receipts";
        assertThat(api.post(path, Map.of("quantity", 5)).status()).isEqualTo(200);
        long last = jdbc.queryForObject("select max(sequence_number) from domain_event_entry "
                + "where aggregate_identifier = ?", Long.class, s.stockItemId());

        CompletableFuture<Api.Response> receipt;
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement copy = other.prepareStatement("insert into domain_event_entry (event_identifier, "
                    + "aggregate_identifier, sequence_number, type, time_stamp, payload_type, payload_revision, "
                    + "payload, meta_data) select ?, aggregate_identifier, sequence_number + 1, type, time_stamp, "
                    + "payload_type, payload_revision, payload, meta_data from domain_event_entry "
                    + "where aggregate_identifier = ? and sequence_number = ?")) {
                copy.setString(1, UUID.randomUUID().toString());
                copy.setString(2, s.stockItemId());
                copy.setLong(3, last);
                assertThat(copy.executeUpdate()).isEqualTo(1);
            }
            receipt = CompletableFuture.supplyAsync(() -> api.post(path, Map.of("quantity", 1)));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (!appendWaiting() && !receipt.isDone() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(appendWaiting()).as("the receipt's append waits for the other writer").isTrue();
            other.commit();
        }
        Api.Response answer = receipt.get(30, TimeUnit.SECONDS);
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(409);
        assertThat(answer.body().path("type").asText()).endsWith("concurrent-modification");

        assertThat(api.post(path, Map.of("quantity", 1)).status()).as("the next attempt sees both").isEqualTo(200);
        assertThat(jdbc.queryForList("select global_index from domain_event_entry where aggregate_identifier = ? "
                + "order by sequence_number", Long.class, s.stockItemId())).isSorted().doesNotHaveDuplicates();
    }

    private boolean appendWaiting() {
        return jdbc.queryForObject("select count(*) from pg_stat_activity where wait_event_type = 'Lock' "
                + "and query ilike 'insert into domain_event_entry%'", Long.class) > 0;
    }

    private static GenericDomainEventMessage<Probe> event(String aggregate, long sequence) {
        return new GenericDomainEventMessage<>("Probe", aggregate, sequence, new Probe("append " + sequence));
    }
}
