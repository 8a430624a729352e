package com.opsledger.query.audit;

import com.opsledger.kernel.access.Caller;

import java.util.function.BiPredicate;
import java.util.function.ToLongFunction;

/**
 * A {@link ViewEvolution} that names its resource, aggregate type and who may see a record once, in its constructor,
 * and reads the version from its state; the subclass writes only how each event changes the state.
 *
 * @param <S> the state shown
 */
public abstract class RecordEvolution<S> implements ViewEvolution<S> {

    private final String resource;
    private final String aggregateType;
    private final ToLongFunction<S> version;
    private final BiPredicate<Caller, S> visibility;

    /**
     * @param resource      the REST resource, e.g. {@code stock-items}
     * @param aggregateType the aggregate type as the event store names it, e.g. {@code StockItem}
     * @param version       the sequence number of the last event a state includes
     * @param visibility    whether a caller may see a record (see {@link RecordScopes})
     */
    protected RecordEvolution(String resource, String aggregateType, ToLongFunction<S> version,
                              BiPredicate<Caller, S> visibility) {
        this.resource = resource;
        this.aggregateType = aggregateType;
        this.version = version;
        this.visibility = visibility;
    }

    /** A record of no customer or supplier: its past is for unrestricted callers only. */
    protected RecordEvolution(String resource, String aggregateType, ToLongFunction<S> version) {
        this(resource, aggregateType, version, (caller, state) -> RecordScopes.staffRecord(caller));
    }

    @Override
    public final String resource() {
        return resource;
    }

    @Override
    public final String aggregateType() {
        return aggregateType;
    }

    @Override
    public final long version(S state) {
        return version.applyAsLong(state);
    }

    @Override
    public final boolean visibleTo(Caller caller, S state) {
        return visibility.test(caller, state);
    }
}
