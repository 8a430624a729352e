package com.opsledger.command;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;

/** Test fixtures for one aggregate type, given the lookups, registries and policies its handlers are injected with. */
public final class AggregateFixtures {

    private AggregateFixtures() {
    }

    public static <T> FixtureConfiguration<T> aggregateFixture(Class<T> aggregateType, Object... resources) {
        FixtureConfiguration<T> fixture = new AggregateTestFixture<>(aggregateType);
        for (Object resource : resources) {
            fixture.registerInjectableResource(resource);
        }
        return fixture;
    }
}
