package com.opsledger.infra.it;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A test-only projection of people, in memory, to replay after an erasure. */
@Component
@ProcessingGroup(TestPeopleProjection.NAME)
public class TestPeopleProjection {

    static final String NAME = "test-people-memory";

    final Map<String, TestPersonRegisteredEvent> people = new ConcurrentHashMap<>();

    @EventHandler
    void on(TestPersonRegisteredEvent event) {
        people.put(event.personId(), event);
    }

    @ResetHandler
    void reset() {
        people.clear();
    }
}
