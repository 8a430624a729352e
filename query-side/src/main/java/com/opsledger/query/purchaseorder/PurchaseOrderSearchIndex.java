package com.opsledger.query.purchaseorder;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.util.ObjectBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Function;

/**
 * The {@code purchase-orders} Elasticsearch index behind its alias, for spending reports. Created lazily on first
 * use; every call throws on any Elasticsearch error, which makes the projection's processor retry.
 */
@Component
class PurchaseOrderSearchIndex {

    private final ElasticsearchClient client;
    private final String alias;
    private final String index;
    private volatile boolean ready;

    PurchaseOrderSearchIndex(ElasticsearchClient client,
                             @Value("${opsledger.elasticsearch.index-prefix:opsledger-}") String prefix) {
        this.client = client;
        this.alias = prefix + "purchase-orders";
        this.index = prefix + "purchase-orders-v1";
    }

    /** Sets {@code fields} on the document, creating it when missing: writing the same values twice changes nothing. */
    void merge(String id, Map<String, Object> fields) {
        String target = alias();
        call(() -> client.update(u -> u.index(target).id(id).doc(fields).docAsUpsert(true).requireAlias(true),
                Map.class));
    }

    SearchResponse<Void> search(Function<SearchRequest.Builder, ObjectBuilder<SearchRequest>> request) {
        String target = alias();
        return call(() -> client.search(s -> request.apply(s.index(target)), Void.class));
    }

    synchronized void recreate() {
        ready = false;
        call(() -> client.indices().delete(d -> d.index(index).ignoreUnavailable(true)));
        alias();
    }

    private synchronized String alias() {
        if (!ready) {
            if (!call(() -> client.indices().exists(e -> e.index(alias))).value()) {
                try {
                    call(() -> client.indices().create(c -> c.index(index).aliases(alias, a -> a.isWriteIndex(true))
                            .settings(s -> s.numberOfShards("1").numberOfReplicas("0").refreshInterval(t -> t.time("1s")))
                            .mappings(mapping())));
                } catch (ElasticsearchException e) {
                    if (!"resource_already_exists_exception".equals(e.error().type())) {
                        throw e;
                    }
                    call(() -> client.indices().putAlias(p -> p.index(index).name(alias).isWriteIndex(true)));
                }
            }
            ready = true;
        }
        return alias;
    }

    private static TypeMapping mapping() {
        Property keyword = Property.of(p -> p.keyword(k -> k));
        Property date = Property.of(p -> p.date(d -> d));
        return TypeMapping.of(m -> m.dynamic(DynamicMapping.Strict)
                .properties("id", keyword)
                .properties("number", keyword)
                .properties("supplierId", keyword)
                .properties("warehouseId", keyword)
                .properties("status", keyword)
                .properties("currency", keyword)
                // a double serves sums; PostgreSQL keeps the exact amounts
                .properties("total", p -> p.double_(d -> d))
                .properties("createdAt", date)
                .properties("sentAt", date)
                .properties("version", p -> p.long_(l -> l)));
    }

    private <T> T call(EsCall<T> call) {
        try {
            return call.run();
        } catch (ElasticsearchException e) {
            if ("index_not_found_exception".equals(e.error().type())) {
                ready = false;
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch did not answer: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface EsCall<T> {
        T run() throws IOException;
    }
}
