package com.opsledger.infra.axon;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

import java.util.concurrent.ConcurrentMap;
import java.util.function.UnaryOperator;

/**
 * Loaded aggregates kept in memory (bounded, least recently used out), so that a command on a record handled
 * recently neither reads its snapshot nor re-sources its events. Safe because one command-side process writes each
 * aggregate: Axon drops an aggregate from the cache when a unit of work that changed it rolls back, and a stale copy
 * (a second command-side process writing the same record) could only fail to append, as a concurrent change (409),
 * and is dropped then too.
 */
class AggregateCache implements Cache {

    private final ConcurrentMap<Object, Object> entries;

    AggregateCache(long maximumSize) {
        this.entries = Caffeine.newBuilder().maximumSize(maximumSize).build().asMap();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        return (V) entries.get(key);
    }

    @Override
    public void put(Object key, Object value) {
        entries.put(key, value);
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        return entries.putIfAbsent(key, value) == null;
    }

    @Override
    public boolean remove(Object key) {
        return entries.remove(key) != null;
    }

    @Override
    public void removeAll() {
        entries.clear();
    }

    @Override
    public boolean containsKey(Object key) {
        return entries.containsKey(key);
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener cacheEntryListener) {
        return () -> true;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
        entries.computeIfPresent(key, (k, value) -> update.apply((V) value));
    }
}
