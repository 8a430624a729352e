package com.opsledger.query.backorder;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.opsledger.query.common.AliasedSearchIndex;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The Elasticsearch index of backorders for search and reporting (by customer, product, supplier, status, SLA state
 * and age), reached through its alias {@code <prefix>backorders}. Created lazily on first use, like the stock search
 * index; every call throws on any Elasticsearch error so that the projection's processor retries.
 */
@Component
public class BackorderSearchIndex extends AliasedSearchIndex<BackorderSearchIndex.Document> {

    public BackorderSearchIndex(ElasticsearchClient client,
                                @Value("${opsledger.elasticsearch.index-prefix:opsledger-}") String prefix) {
        super(client, prefix + "backorders", prefix + "backorders-v1", Document.class);
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

    public void put(String backorderId, Map<String, Object> fields) {
        String target = alias();
        call(() -> client().index(i -> i.index(target).id(backorderId).document(fields).requireAlias(true)));
    }

    /** The value fields came after the first indices: added to an index made before them, a no-op otherwise. */
    @Override
    protected void prepare(ElasticsearchClient client, String alias) {
        call(() -> client.indices().putMapping(p -> p.index(alias).properties(valueFields())));
    }

    /** Strict, so a typo in a field name fails the write instead of silently adding a field. */
    @Override
    protected TypeMapping mapping() {
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
