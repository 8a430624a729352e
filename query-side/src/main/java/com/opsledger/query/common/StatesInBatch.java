package com.opsledger.query.common;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The states (one per record) a processing batch works on, for a read model whose rows are written by one upsert: the
 * states of every record the batch's events name are read together when the batch first needs one, its events change
 * them in memory, and the changed ones are written as one JDBC batch when the batch commits ({@link ProcessingBatch}).
 * Outside a unit of work every read and write goes to the table at once.
 *
 * @param <S> the state of one record
 */
public final class StatesInBatch<S> {

    /** How the states are read and written. */
    public interface Store<S> {

        /** The stored states of {@code ids} (those stored), by id. */
        Map<String, S> read(Collection<String> ids);

        /** Writes {@code states}, each an upsert that keeps a stored row of a later version. */
        void write(List<S> states);
    }

    private final String key;
    private final Function<Object, String> idOf;
    private final Store<S> store;

    /** @param idOf the record an event payload names, or null for an event of no record of this model */
    public StatesInBatch(String key, Function<Object, String> idOf, Store<S> store) {
        this.key = key;
        this.idOf = idOf;
        this.store = store;
    }

    private final class Batch {
        final Map<String, S> read = new HashMap<>();
        final Set<String> changed = new LinkedHashSet<>();
    }

    public Optional<S> find(String id) {
        Batch batch = batch();
        if (batch == null) {
            return Optional.ofNullable(store.read(List.of(id)).get(id));
        }
        if (!batch.read.containsKey(id)) {
            batch.read.put(id, store.read(List.of(id)).get(id));
        }
        return Optional.ofNullable(batch.read.get(id));
    }

    public void put(String id, S state) {
        Batch batch = batch();
        if (batch == null) {
            store.write(List.of(state));
            return;
        }
        batch.read.put(id, state);
        batch.changed.add(id);
    }

    /** The states the current batch has read or changed so far (none outside a unit of work). */
    public List<S> inBatch() {
        Batch batch = batch();
        return batch == null ? List.of() : batch.read.values().stream().filter(java.util.Objects::nonNull).toList();
    }

    private Batch batch() {
        return ProcessingBatch.state(key, this::readForBatch, this::flush);
    }

    private Batch readForBatch() {
        Batch batch = new Batch();
        Set<String> ids = new LinkedHashSet<>();
        for (Object payload : ProcessingBatch.payloads()) {
            String id = idOf.apply(payload);
            if (id != null) {
                ids.add(id);
            }
        }
        if (!ids.isEmpty()) {
            ids.forEach(id -> batch.read.put(id, null));
            batch.read.putAll(store.read(ids));
        }
        return batch;
    }

    private void flush(Batch batch) {
        if (!batch.changed.isEmpty()) {
            store.write(batch.changed.stream().map(batch.read::get).toList());
            batch.changed.clear();
        }
    }
}
