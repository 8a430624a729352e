package com.opsledger.query.backorder;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.util.ObjectBuilder;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.springframework.beans.factory.annotation.Value;
import com.opsledger.query.common.ElasticIndexCalls;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The Elasticsearch index of backorders for search and reporting (by customer, product, supplier, status, SLA state
 * and age), reached through its alias {@code <prefix>backorders}. Created lazily on first use, like the stock search
 * index; every call throws on any Elasticsearch error so that the projection's processor retries.
 */
@Component
public class BackorderSearchIndex extends ElasticIndexCalls {

    private final ElasticsearchClient client;
    private final String alias;
    private final String index;

    public BackorderSearchIndex(ElasticsearchClient client,
                                @Value("${opsledger.elasticsearch.index-prefix:opsledger-}") String prefix) {
        this.client = client;
        this.alias = prefix + "backorders";
        this.index = prefix + "backorders-v1";
    }

    /** What the index holds of one backorder. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Document(String id, String orderId, String lineId, String customerId, String productId,
                           String warehouseId, String stockItemId, String supplierId, String unit, BigDecimal quantity,
                           BigDecimal allocated, BigDecimal remaining, String status, Integer priority,
                           String priorityReason, String eta, String etaBasis, String slaDueDate, String slaState,
                           String orderPlacedAt, String createdAt, String updatedAt, Long version,
                           BigDecimal unitPrice, String currency, BigDecimal outstandingValue) {
    }

    public String alias() {
        if (!ready) {
            create();
        }
        return alias;
    }

    public synchronized void recreate() {
        ready = false;
        call(() -> client.indices().delete(d -> d.index(index).ignoreUnavailable(true)));
        create();
    }

    public void refresh() {
        String target = alias();
        call(() -> client.indices().refresh(r -> r.index(target)));
    }

    public Optional<Document> get(String backorderId) {
        String target = alias();
        var response = call(() -> client.get(g -> g.index(target).id(backorderId).realtime(true), Document.class));
        return response.found() ? Optional.ofNullable(response.source()) : Optional.empty();
    }

    public void put(String backorderId, Map<String, Object> fields) {
        String target = alias();
        call(() -> client.index(i -> i.index(target).id(backorderId).document(fields).requireAlias(true)));
    }

    /** Sets the given fields and leaves the others; creates the document if it does not exist. */
    public void merge(String backorderId, Map<String, Object> fields) {
        String target = alias();
        call(() -> client.update(u -> u.index(target).id(backorderId).doc(fields).docAsUpsert(true)
                .requireAlias(true), Document.class));
    }

    public SearchResponse<Document> search(Function<SearchRequest.Builder, ObjectBuilder<SearchRequest>> request) {
        String target = alias();
        return call(() -> client.search(s -> request.apply(s.index(target)), Document.class));
    }

    private synchronized void create() {
        if (ready) {
            return;
        }
        createBehindAlias(client, index, alias, oneShard(), mapping());
        // the value fields came after the first indices: added to an index made before them, a no-op otherwise
        call(() -> client.indices().putMapping(p -> p.index(alias).properties(valueFields())));
        ready = true;
    }

    /** Strict, so a typo in a field name fails the write instead of silently adding a field. */
    private static TypeMapping mapping() {
        Property keyword = Property.of(p -> p.keyword(k -> k));
        Property number = Property.of(p -> p.double_(d -> d));
        Property date = Property.of(p -> p.date(d -> d));
        return TypeMapping.of(m -> m.dynamic(DynamicMapping.Strict)
                .properties("id", keyword).properties("orderId", keyword).properties("lineId", keyword)
                .properties("customerId", keyword).properties("productId", keyword)
                .properties("warehouseId", keyword).properties("stockItemId", keyword)
                .properties("supplierId", keyword).properties("unit", keyword)
                // doubles serve ranges and aggregations; PostgreSQL stays the exact store of quantities
                .properties("quantity", number).properties("allocated", number).properties("remaining", number)
                .properties("status", keyword).properties("priority", p -> p.integer(i -> i))
                .properties("priorityReason", p -> p.text(t -> t.analyzer("standard")))
                .properties("eta", date).properties("etaBasis", keyword)
                .properties("slaDueDate", date).properties("slaState", keyword)
                .properties("orderPlacedAt", date).properties("createdAt", date).properties("updatedAt", date)
                .properties("version", p -> p.long_(l -> l)).properties(valueFields()));
    }

    /** A backorder's line price, its currency and its outstanding value (remaining x price). */
    private static Map<String, Property> valueFields() {
        Property number = Property.of(p -> p.double_(d -> d));
        return Map.of("unitPrice", number, "currency", Property.of(p -> p.keyword(k -> k)), "outstandingValue",
                number);
    }
}
