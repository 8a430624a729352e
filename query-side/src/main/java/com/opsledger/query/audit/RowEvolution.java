package com.opsledger.query.audit;

import com.opsledger.kernel.access.Caller;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * A read model kept in one JPA entity per record: the stored row's state evolves by the record's event, once (an
 * event the row already includes changes nothing), and the row is saved holding the new state. A reset empties the
 * table.
 *
 * @param <R> the row
 * @param <S> the state a row holds
 */
public abstract class RowEvolution<R, S> extends RecordEvolution<S> {

    /** The rows, one per record, keyed by the record's id. */
    protected final JpaRepository<R, String> rows;
    private final Function<R, S> state;
    private final BiFunction<R, S, R> written;

    /**
     * @param state   the state a stored row holds
     * @param written the row (the stored one, or a new one when it is null) holding a state
     */
    protected RowEvolution(String resource, String aggregateType, ToLongFunction<S> version,
                           BiPredicate<Caller, S> visibility, JpaRepository<R, String> rows, Function<R, S> state,
                           BiFunction<R, S, R> written) {
        super(resource, aggregateType, version, visibility);
        this.rows = rows;
        this.state = state;
        this.written = written;
    }

    /** Rows of records of no customer or supplier: their past is for unrestricted callers only. */
    protected RowEvolution(String resource, String aggregateType, ToLongFunction<S> version,
                           JpaRepository<R, String> rows, Function<R, S> state, BiFunction<R, S, R> written) {
        this(resource, aggregateType, version, (caller, s) -> RecordScopes.staffRecord(caller), rows, state,
                written);
    }

    /** Writes the state of record {@code id} after the event {@code message} carries. */
    protected final void project(String id, DomainEventMessage<?> message) {
        R row = rows.findById(id).orElse(null);
        S next = evolveOnce(row == null ? null : state.apply(row), RecordEvent.of(message));
        if (next != null) {
            rows.save(written.apply(row, next));
        }
    }

    @ResetHandler
    public void reset() {
        rows.deleteAllInBatch();
    }
}
