package com.opsledger.query.audit;

import java.util.function.ToLongFunction;

/**
 * A {@link ViewEvolution} that names its resource and aggregate type once, in its constructor, and reads the version
 * from its state; the subclass writes only how each event changes the state.
 *
 * @param <S> the state shown
 */
public abstract class RecordEvolution<S> implements ViewEvolution<S> {

    private final String resource;
    private final String aggregateType;
    private final ToLongFunction<S> version;

    /**
     * @param resource      the REST resource, e.g. {@code stock-items}
     * @param aggregateType the aggregate type as the event store names it, e.g. {@code StockItem}
     * @param version       the sequence number of the last event a state includes
     */
    protected RecordEvolution(String resource, String aggregateType, ToLongFunction<S> version) {
        this.resource = resource;
        this.aggregateType = aggregateType;
        this.version = version;
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
}
