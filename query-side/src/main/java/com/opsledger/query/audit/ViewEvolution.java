package com.opsledger.query.audit;

import com.opsledger.kernel.access.Caller;

import java.time.Instant;

/**
 * How a read model's view of one record follows from the record's own events: the one {@code evolve} its live
 * projection applies, and the one that
 * point-in-time answers ({@code GET /api/v1/{resource}/{id}?asOf=}) and diffs fold. The projection of an
 * aggregate-backed read model implements it, so each event's effect on the view is written once, and the resource
 * answers {@code asOf} with no other change.
 *
 * @param <S> the state shown, ideally the resource's usual view
 */
public interface ViewEvolution<S> {

    /** The REST resource, e.g. {@code stock-items}; {@code GET /api/v1/<resource>/{id}?asOf=} is served for it. */
    String resource();

    /** The aggregate type as the event store names it, e.g. {@code StockItem}. */
    String aggregateType();

    /**
     * The state after {@code event}; {@code state} is null before the record's first event, and so is the answer to
     * any other event on a null state.
     */
    S evolve(S state, RecordEvent event);

    /** The sequence number of the last event {@code state} includes. */
    long version(S state);

    /**
     * What a live projection writes for {@code event}: the state after it, or null when {@code current} (as stored)
     * includes it already, a redelivered or replayed event changing nothing twice.
     */
    default S evolveOnce(S current, RecordEvent event) {
        if (current != null && version(current) >= event.sequenceNumber()) {
            return null;
        }
        S next = evolve(current, event);
        if (next == null) {
            throw new IllegalStateException(aggregateType() + " event " + event.payload().getClass().getSimpleName()
                    + " (sequence " + event.sequenceNumber() + ") came before the record was projected");
        }
        return next;
    }

    /**
     * The folded state as it reads at {@code instant}, for what depends on the clock rather than on an event (e.g. an
     * invoice becoming overdue); unchanged by default.
     */
    default S seenAt(S state, Instant instant) {
        return state;
    }

    /**
     * Whether the caller may see this record (e.g. a customer only their own); false answers 404. By default only
     * unrestricted callers do: a record is shown to a held caller only when it says whose it is.
     */
    default boolean visibleTo(Caller caller, S state) {
        return RecordScopes.staffRecord(caller);
    }
}
