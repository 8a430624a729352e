package com.opsledger.infra.it;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A test-only follow-up in the process managers' processor (it joins the {@code order-follow-up} process): a person
 * from {@code PM-POISON} makes it fail, every other one is remembered.
 */
@Component
@ConditionalOnExpression("'${opsledger.role:all}' == 'all'")
@ProcessingGroup("order-follow-up")
public class TestPoisonFollowUp {

    static final Set<String> followed = ConcurrentHashMap.newKeySet();

    @EventHandler
    void on(TestPersonRegisteredEvent event) {
        if ("PM-POISON".equals(event.city())) {
            throw new IllegalStateException("no follow-up for " + event.city());
        }
        followed.add(event.personId() + "/" + event.city());
    }
}
