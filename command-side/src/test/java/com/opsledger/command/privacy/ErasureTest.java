package com.opsledger.command.privacy;

import com.opsledger.command.registry.InMemoryReferenceRegistry;
import com.opsledger.kernel.privacy.DataSubjectErasedEvent;
import com.opsledger.kernel.privacy.EraseDataSubjectCommand;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.opsledger.command.AggregateFixtures.aggregateFixture;
import static com.opsledger.command.DomainExceptions.duplicate;
import static com.opsledger.command.DomainExceptions.invalid;
import static org.assertj.core.api.Assertions.assertThat;

class ErasureTest {

    private static final String ERASURE_ID = "5f0c4b7e-8a51-4d7e-9d1b-3a2f6c1e9b01";
    private static final String SUBJECT_ID = "0a9d3c2b-1e4f-4a5b-8c7d-6e5f4a3b2c1d";

    private FixtureConfiguration<Erasure> fixture;
    private final List<String> erasedKeys = new ArrayList<>();

    @BeforeEach
    void setUp() {
        fixture = erasures(new InMemoryReferenceRegistry());
    }

    @Test
    void canEraseAPersonDeletingTheirKey() {
        fixture.givenNoPriorActivity()
                .when(new EraseDataSubjectCommand(ERASURE_ID, SUBJECT_ID, "  the person asked  "))
                .expectEvents(new DataSubjectErasedEvent(ERASURE_ID, SUBJECT_ID, "the person asked"));
        assertThat(erasedKeys).containsExactly(SUBJECT_ID);
    }

    @Test
    void cannotEraseWithoutAReason() {
        fixture.givenNoPriorActivity()
                .when(new EraseDataSubjectCommand(ERASURE_ID, SUBJECT_ID, " "))
                .expectException(invalid("reason"));
        assertThat(erasedKeys).isEmpty();
    }

    @Test
    void cannotEraseSomethingThatIsNotAnId() {
        fixture.givenNoPriorActivity()
                .when(new EraseDataSubjectCommand(ERASURE_ID, "someone", "asked"))
                .expectException(invalid("subjectId"));
    }

    @Test
    void cannotEraseTheSamePersonTwice() {
        InMemoryReferenceRegistry registry = new InMemoryReferenceRegistry();
        registry.claim(Erasure.SUBJECT_SCOPE, "subjectId", SUBJECT_ID, "an-earlier-erasure");
        fixture = erasures(registry);
        fixture.givenNoPriorActivity()
                .when(new EraseDataSubjectCommand(ERASURE_ID, SUBJECT_ID, "asked"))
                .expectException(duplicate("subjectId"));
        assertThat(erasedKeys).isEmpty();
    }

    private FixtureConfiguration<Erasure> erasures(InMemoryReferenceRegistry registry) {
        return aggregateFixture(Erasure.class, registry,
                (PersonalDataKeys) (subjectId, reason) -> erasedKeys.add(subjectId));
    }
}
