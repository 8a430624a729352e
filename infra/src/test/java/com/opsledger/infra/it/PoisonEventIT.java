package com.opsledger.infra.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.common.transaction.TransactionManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A projection that cannot apply an event parks it and goes on: the other events (of the same aggregate too, until
 * the parked one) still arrive, the other projections lose nothing of the batch, and an admin lists, retries and
 * drops what was parked.
 */
class PoisonEventIT extends ApplicationIT {

    private static final String POISONED = TestPoisonPostgresProjection.NAME;
    private static final String PARKED = "/api/v1/admin/projections/" + POISONED + "/parked";

    @Autowired
    EventStore eventStore;
    @Autowired
    TransactionManager transactions;

    @AfterEach
    void heal() {
        TestPoisonPostgresProjection.cured = false;
    }

    @Test
    void canParkAPoisonEventWhileTheOthersAndTheRestOfItsAggregateWait() {
        Api api = api();
        String ada = unique("ADA");
        String bob = unique("BOB");
        List<DomainEventMessage<?>> events = List.of(
                person(ada, 0, "London"), person(ada, 1, "POISON"), person(ada, 2, "Paris"), person(bob, 0, "Rome"));
        store(events);

        awaitAudited(api, events);
        awaitRow(api, bob, "Rome");
        assertThat(cities(ada)).containsExactly("London");

        JsonNode projection = Eventually.get(api, "/api/v1/admin/projections/" + POISONED,
                one -> one.path("parked").asLong() >= 2);
        assertThat(projection.path("state").asText()).isEqualTo("live");
        JsonNode listed = api.get("/api/v1/admin/projections").body();
        assertThat(find(listed, POISONED).path("parked").asLong())
                .isEqualTo(projection.path("parked").asLong());
        assertThat(find(listed, "audit-trail-postgres").path("parked").asLong()).isZero();

        JsonNode poisoned = parked(api, events.get(1).getIdentifier());
        assertThat(poisoned.path("errorClass").asText()).isEqualTo(IllegalStateException.class.getName());
        assertThat(poisoned.path("errorMessage").asText()).contains("POISON");
        assertThat(poisoned.path("aggregateId").asText()).isEqualTo(ada);
        assertThat(poisoned.path("sequenceNumber").asLong()).isEqualTo(1);
        assertThat(poisoned.path("behind").asBoolean()).isFalse();
        assertThat(poisoned.path("attempts").asInt()).isEqualTo(1);
        JsonNode behind = parked(api, events.get(2).getIdentifier());
        assertThat(behind.path("behind").asBoolean()).isTrue();

        Api.Response tooEarly = api.post(PARKED + "/" + events.get(2).getIdentifier() + "/retry", Map.of());
        assertThat(tooEarly.status()).as(tooEarly.body().toString()).isEqualTo(422);

        Api.Response stillFailing = api.post(PARKED + "/" + events.get(1).getIdentifier() + "/retry", Map.of());
        assertThat(stillFailing.status()).as(stillFailing.body().toString()).isEqualTo(200);
        assertThat(stillFailing.body().path("outcome").asText()).isEqualTo("failed");
        assertThat(parked(api, events.get(1).getIdentifier()).path("attempts").asInt()).isEqualTo(2);

        TestPoisonPostgresProjection.cured = true;
        Api.Response retried = api.post(PARKED + "/retry", Map.of());
        assertThat(retried.status()).as(retried.body().toString()).isEqualTo(200);
        assertThat(retried.body().path("applied").asInt()).isEqualTo(2);
        assertThat(cities(ada)).containsExactly("London", "POISON", "Paris");
        assertThat(ids(api.get(PARKED + "?size=200").body())).doesNotContain(events.get(1).getIdentifier(),
                events.get(2).getIdentifier());
    }

    @Test
    void anSqlErrorInOneProjectionLosesNothingOfTheBatchElsewhere() {
        Api api = api();
        String broken = unique("CAROL");
        String fine = unique("DAVE");
        List<DomainEventMessage<?>> events = List.of(person(fine, 0, "Oslo"), person(broken, 0, "SQL-POISON"),
                person(fine, 1, "Bergen"));
        store(events);

        awaitAudited(api, events);
        awaitRow(api, fine, "Bergen");
        assertThat(cities(fine)).containsExactly("Oslo", "Bergen");
        assertThat(cities(broken)).isEmpty();

        String eventId = events.get(1).getIdentifier();
        JsonNode poisoned = parked(api, eventId);
        assertThat(poisoned.path("errorMessage").asText()).contains("test_poison_view");

        Api.Response dropped = api.delete(PARKED + "/" + eventId);
        assertThat(dropped.status()).isEqualTo(204);
        assertThat(ids(api.get(PARKED + "?size=200").body())).doesNotContain(eventId);
        assertThat(jdbc.queryForObject("select dropped_by from parked_event where event_id = ?", String.class,
                eventId)).isEqualTo(adminId());
        assertThat(api.delete(PARKED + "/" + eventId).status()).isEqualTo(404);
    }

    @Test
    void aWriteRefusedWhenTheBatchIsSentParksItsEventAndTheBatchGoesOn() {
        Api api = api();
        String broken = unique("FRED");
        String fine = unique("GINA");
        List<DomainEventMessage<?>> events = List.of(person(fine, 0, "BATCH-Oslo"), person(broken, 0, "BATCH-POISON"),
                person(fine, 1, "BATCH-Bergen"));
        store(events);

        awaitAudited(api, events);
        awaitRow(api, fine, "BATCH-Bergen");
        assertThat(cities(fine)).containsExactly("BATCH-Oslo", "BATCH-Bergen");
        assertThat(cities(broken)).isEmpty();
        assertThat(parked(api, events.get(1).getIdentifier()).path("errorMessage").asText())
                .contains("test_poison_view");
        assertThat(api.delete(PARKED + "/" + events.get(1).getIdentifier()).status()).isEqualTo(204);
    }

    @Test
    void aProcessParksAnEventItCannotFollowAndGoesOn() {
        Api api = api();
        String eve = unique("EVE");
        List<DomainEventMessage<?>> events = List.of(person(eve, 0, "PM-POISON"), person(eve + "-2", 0, "Lisbon"));
        store(events.subList(0, 1));
        store(events.subList(1, 2));

        Eventually.get(api, "/api/v1/admin/projections", list -> TestPoisonFollowUp.followed.contains(eve + "-2/Lisbon"));
        String path = "/api/v1/admin/projections/order-follow-up/parked";
        JsonNode page = Eventually.get(api, path + "?size=200",
                body -> ids(body).contains(events.get(0).getIdentifier()));
        assertThat(page.path("totalElements").asLong()).isPositive();
        assertThat(api.delete(path + "/" + events.get(0).getIdentifier()).status()).isEqualTo(204);
    }

    @Test
    void answersNotFoundAndBadRequestPlainly() {
        Api api = api();
        assertThat(api.get("/api/v1/admin/projections/no-such-projection/parked").status()).isEqualTo(404);
        assertThat(api.post(PARKED + "/no-such-event/retry", Map.of()).status()).isEqualTo(404);
        Api.Response huge = api.get(PARKED + "?size=100000");
        assertThat(huge.status()).isEqualTo(400);
        assertThat(huge.body().toString()).contains("size");
    }

    private static DomainEventMessage<?> person(String id, long sequence, String city) {
        return new GenericDomainEventMessage<>("TestPerson", id, sequence,
                new TestPersonRegisteredEvent(id, "Someone", LocalDate.of(1990, 1, 1), city));
    }

    /** Stores the events in one transaction, so that the processors read them in one batch. */
    private void store(List<DomainEventMessage<?>> events) {
        transactions.executeInTransaction(() -> eventStore.publish(new ArrayList<EventMessage<?>>(events)));
    }

    private void awaitAudited(Api api, List<DomainEventMessage<?>> events) {
        List<String> ids = events.stream().map(DomainEventMessage::getAggregateIdentifier).distinct().toList();
        Eventually.get(api, "/api/v1/admin/projections", list -> jdbc.queryForObject("select count(*) from "
                        + "audit_event where aggregate_id in (" + String.join(",", ids.stream().map(i -> "?").toList())
                        + ")", Long.class, ids.toArray()) == events.size());
    }

    private void awaitRow(Api api, String personId, String city) {
        Eventually.get(api, "/api/v1/admin/projections", list -> cities(personId).contains(city));
    }

    private List<String> cities(String personId) {
        return jdbc.queryForList("select v.city from test_poison_view v join domain_event_entry e "
                + "on e.event_identifier = v.event_id where v.person_id = ? order by e.sequence_number", String.class,
                personId);
    }

    private JsonNode parked(Api api, String eventId) {
        JsonNode page = Eventually.get(api, PARKED + "?size=200", body -> ids(body).contains(eventId));
        for (JsonNode event : page.path("content")) {
            if (eventId.equals(event.path("eventId").asText())) {
                return event;
            }
        }
        throw new AssertionError("not parked: " + eventId);
    }

    private static JsonNode find(JsonNode projections, String name) {
        for (JsonNode projection : projections) {
            if (name.equals(projection.path("name").asText())) {
                return projection;
            }
        }
        throw new AssertionError("no projection " + name + " in " + projections);
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("content").forEach(event -> ids.add(event.path("eventId").asText()));
        return ids;
    }
}
