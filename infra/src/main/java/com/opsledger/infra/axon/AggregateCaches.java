package com.opsledger.infra.axon;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.NoCache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One cache of loaded aggregates per aggregate type, named {@code <type>Cache} in {@code @Aggregate(cache = ...)}.
 * Axon keys a cache by the aggregate's id alone: with one cache for every type, a command sent to the id of a record
 * of another type (a supplier's path with a stock item's id) would find that other record in memory and fail inside
 * Axon instead of answering that no such record exists. Only the aggregates that hold no personal data are cached (an
 * erased person's data must not stay in memory); see {@link AggregateCache} for why caching is safe. Each cache holds
 * up to {@code opsledger.aggregate-cache.size} aggregates; 0 turns caching off.
 */
@Configuration(proxyBeanMethods = false)
public class AggregateCaches {

    private final long size;

    AggregateCaches(@Value("${opsledger.aggregate-cache.size:50000}") long size) {
        this.size = size;
    }

    @Bean
    public Cache productCache() {
        return cache();
    }

    @Bean
    public Cache warehouseCache() {
        return cache();
    }

    @Bean
    public Cache stockItemCache() {
        return cache();
    }

    @Bean
    public Cache customerOrderCache() {
        return cache();
    }

    @Bean
    public Cache backorderCache() {
        return cache();
    }

    @Bean
    public Cache purchaseOrderCache() {
        return cache();
    }

    @Bean
    public Cache invoiceCache() {
        return cache();
    }

    @Bean
    public Cache deliveryCache() {
        return cache();
    }

    private Cache cache() {
        return size <= 0 ? NoCache.INSTANCE : new AggregateCache(size);
    }
}
