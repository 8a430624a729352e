package com.opsledger.query.delivery;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.opsledger.query.common.AliasedSearchIndex;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The Elasticsearch index of deliveries that delivery reports aggregate (by driver, vehicle, warehouse and day: on
 * time, failures by reason, load), reached through its alias {@code <prefix>deliveries}. Created lazily on first use;
 * every call throws on any Elasticsearch error so that the projection's processor retries.
 */
@Component
public class DeliverySearchIndex extends AliasedSearchIndex<DeliverySearchIndex.Document> {

    public DeliverySearchIndex(ElasticsearchClient client,
                               @Value("${opsledger.elasticsearch.index-prefix:opsledger-}") String prefix) {
        super(client, prefix + "deliveries", prefix + "deliveries-v2", Document.class);
    }

    /**
     * What the index holds of one delivery; {@code onTime} is set once delivered with a time slot. {@code loadKg} is
     * what its goods weigh as far as their products' weights are known, and {@code weightUnknown} says some line's
     * product has none (that line counts 0, as on a route).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Document(String id, String number, String orderId, String customerId, String warehouseId,
                           String status, String routeId, String driverId, String vehicleId, String slotFrom,
                           String slotTo, String dispatchedAt, String deliveredAt, Boolean onTime,
                           String failureReason, Double loadKg, String createdAt, String updatedAt, Long version,
                           Boolean weightUnknown) {
    }

    /**
     * Strict, so a typo in a field name fails the write instead of silently adding a field. A change here is a new
     * version of the index (v2 added {@code weightUnknown}).
     */
    @Override
    protected TypeMapping mapping() {
        Property keyword = Property.of(p -> p.keyword(k -> k));
        Property date = Property.of(p -> p.date(d -> d));
        return TypeMapping.of(m -> m.dynamic(DynamicMapping.Strict)
                .properties("id", keyword).properties("number", keyword).properties("orderId", keyword)
                .properties("customerId", keyword).properties("warehouseId", keyword).properties("status", keyword)
                .properties("routeId", keyword).properties("driverId", keyword).properties("vehicleId", keyword)
                .properties("slotFrom", date).properties("slotTo", date).properties("dispatchedAt", date)
                .properties("deliveredAt", date).properties("onTime", p -> p.boolean_(b -> b))
                .properties("failureReason", keyword).properties("loadKg", p -> p.double_(d -> d))
                .properties("createdAt", date).properties("updatedAt", date)
                .properties("version", p -> p.long_(l -> l)).properties("weightUnknown", p -> p.boolean_(b -> b)));
    }
}
