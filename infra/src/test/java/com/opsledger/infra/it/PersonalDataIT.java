package com.opsledger.infra.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Personal data is stored encrypted with the person's key; erasing the person deletes the key, the events stay. */
class PersonalDataIT extends ApplicationIT {

    @Autowired
    EventStore eventStore;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    TestPeopleProjection people;

    @Test
    void canEraseAPersonWhoseEventsStay() {
        Api api = api();
        String personId = UUID.randomUUID().toString();
        String otherId = UUID.randomUUID().toString();
        store(new TestPersonRegisteredEvent(personId, "Ada Lovelace", LocalDate.of(1815, 12, 10), "London"));
        store(new TestPersonRegisteredEvent(otherId, "Grace Hopper", LocalDate.of(1906, 12, 9), "New York"));

        String stored = new String(jdbc.queryForObject("select payload from domain_event_entry "
                + "where aggregate_identifier = ?", byte[].class, personId), StandardCharsets.UTF_8);
        assertThat(stored).doesNotContain("Ada", "Lovelace", "1815").contains("AES-GCM", "London");
        assertThat(read(personId)).isEqualTo(new TestPersonRegisteredEvent(personId, "Ada Lovelace",
                LocalDate.of(1815, 12, 10), "London"));
        JsonNode history = api.get("/api/v1/audit/TestPerson/" + personId + "/events").body();
        assertThat(history.get(0).path("payload").path("name").asText()).isEqualTo("Ada Lovelace");

        Api.Response erased = api.post("/api/v1/admin/erasures", Map.of("subjectId", personId,
                "reason", "request of the person, ticket 42"));
        assertThat(erased.status()).as(erased.body().toString()).isEqualTo(201);

        assertThat(read(personId)).isEqualTo(new TestPersonRegisteredEvent(personId, "[erased]", null, "London"));
        assertThat(read(otherId).name()).isEqualTo("Grace Hopper");
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Long.class, personId)).isEqualTo(1);
        history = api.get("/api/v1/audit/TestPerson/" + personId + "/events").body();
        assertThat(history.get(0).path("payload").path("name").asText()).isEqualTo("[erased]");
        assertThat(history.get(0).path("payload").path("city").asText()).isEqualTo("London");
        JsonNode erasure = api.get("/api/v1/audit/Erasure/" + erased.id() + "/events").body();
        assertThat(erasure.get(0).path("eventType").asText()).isEqualTo("DataSubjectErasedEvent");
        assertThat(erasure.get(0).path("payload").path("subjectId").asText()).isEqualTo(personId);

        Api.Response again = api.post("/api/v1/admin/erasures", Map.of("subjectId", personId, "reason", "again"));
        assertThat(again.status()).isEqualTo(409);

        // new data of an erased person is not kept either
        store(new TestPersonRegisteredEvent(personId, "Ada King", LocalDate.of(1815, 12, 10), "Ockham"));
        assertThat(new String(jdbc.queryForObject("select payload from domain_event_entry where aggregate_identifier"
                + " = ? and sequence_number = 1", byte[].class, personId), StandardCharsets.UTF_8))
                .doesNotContain("Ada", "AES-GCM").contains("[erased]", "Ockham");

        // a replay reads the events again, the erased person as erased
        assertThat(api.post("/api/v1/admin/projections/" + TestPeopleProjection.NAME + "/replay", Map.of()).status())
                .isEqualTo(202);
        Eventually.get(api, "/api/v1/admin/projections", list -> UpcasterIT.caughtUp(list, TestPeopleProjection.NAME)
                && people.people.containsKey(otherId));
        assertThat(people.people.get(personId).name()).isEqualTo("[erased]");
        assertThat(people.people.get(personId).city()).isEqualTo("Ockham");
        assertThat(people.people.get(otherId).name()).isEqualTo("Grace Hopper");
    }

    private void store(TestPersonRegisteredEvent event) {
        long next = jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Long.class, event.personId());
        new TransactionTemplate(transactions).executeWithoutResult(status -> eventStore.publish(
                new GenericDomainEventMessage<>("TestPerson", event.personId(), next, event)));
    }

    private TestPersonRegisteredEvent read(String personId) {
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(personId, 0).asStream().toList();
        return (TestPersonRegisteredEvent) events.get(0).getPayload();
    }
}
