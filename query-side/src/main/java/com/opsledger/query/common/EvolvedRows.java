package com.opsledger.query.common;

import com.opsledger.query.audit.RecordEvent;
import com.opsledger.query.audit.ViewEvolution;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.data.repository.CrudRepository;

import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * How a read model kept in one JPA entity per record takes its record's event: the stored row's state evolves by the
 * event, once (an event the row already includes changes nothing), and the row is saved holding the new state.
 */
public final class EvolvedRows {

    private EvolvedRows() {
    }

    /**
     * @param state   the state a stored row holds
     * @param written the row (the stored one, or a new one when it is null) holding a state
     */
    public static <R, S> void evolve(CrudRepository<R, String> rows, String id, ViewEvolution<S> evolution,
                                     Function<R, S> state, BiFunction<R, S, R> written,
                                     DomainEventMessage<?> message) {
        R row = rows.findById(id).orElse(null);
        S next = evolution.evolveOnce(row == null ? null : state.apply(row), RecordEvent.of(message));
        if (next != null) {
            rows.save(written.apply(row, next));
        }
    }
}
