package com.opsledger.infra.it;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An event whose transaction commits after a later event's is still read by a processor that reads the later one
 * more than a minute after it was created (a processor far behind): the gap before it is kept until it fills, and the
 * read models keep it at its own position.
 */
class LateCommitIT extends ApplicationIT {

    @Autowired
    EventStore eventStore;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aProcessorFarBehindDoesNotSkipAnEventCommittedLate() throws Exception {
        String late = unique("LATE");
        String early = unique("EARLY");
        CountDownLatch stored = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> lateCommit = CompletableFuture.runAsync(() -> new TransactionTemplate(transactions)
                .executeWithoutResult(status -> {
                    eventStore.publish(new GenericDomainEventMessage<>("TestPerson", late, 0, person(late)));
                    stored.countDown();
                    try {
                        release.await(60, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
        assertThat(stored.await(30, TimeUnit.SECONDS)).isTrue();
        Instant twoMinutesAgo = Instant.now().minus(Duration.ofMinutes(2));
        new TransactionTemplate(transactions).executeWithoutResult(status -> eventStore.publish(
                new GenericDomainEventMessage<>("TestPerson", early, 0, person(early), MetaData.emptyInstance(),
                        UUID.randomUUID().toString(), twoMinutesAgo)));
        Api api = api();
        Eventually.get(api, "/api/v1/admin/projections", list -> projected(early) && audited(early));
        assertThat(projected(late)).isFalse();

        release.countDown();
        lateCommit.get(30, TimeUnit.SECONDS);
        Eventually.get(api, "/api/v1/admin/projections", list -> projected(late));
        Eventually.get(api, "/api/v1/admin/projections", list -> audited(late));
        assertThat(jdbc.queryForObject("select a.global_index = e.global_index from audit_event a join "
                + "domain_event_entry e on e.aggregate_identifier = a.aggregate_id where a.aggregate_id = ?",
                Boolean.class, late)).isTrue();
    }

    private boolean projected(String personId) {
        return jdbc.queryForObject("select count(*) from test_poison_view where person_id = ?", Long.class,
                personId) > 0;
    }

    private boolean audited(String aggregateId) {
        return jdbc.queryForObject("select count(*) from audit_event where aggregate_id = ?", Long.class,
                aggregateId) > 0;
    }

    private static TestPersonRegisteredEvent person(String id) {
        return new TestPersonRegisteredEvent(id, "Someone", LocalDate.of(1990, 1, 1), "Turku");
    }
}
