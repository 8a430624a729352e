package com.opsledger.query.route;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import com.opsledger.query.common.AliasedSearchIndex;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * The Elasticsearch index the delivery reports aggregate: one document per route (driver, vehicle, warehouse, date,
 * stops, distance planned and driven, load and capacity with the number of deliveries whose weight is not all known,
 * and the outcomes of its deliveries), reached through its alias {@code <prefix>route-reports}. Created lazily; every
 * call throws on an Elasticsearch error so that the projection's processor retries.
 */
@Component
@SuppressWarnings("rawtypes")
class RouteReportIndex extends AliasedSearchIndex<Map> {

    RouteReportIndex(ElasticsearchClient client,
                     @Value("${opsledger.elasticsearch.index-prefix:opsledger-}") String prefix) {
        super(client, prefix + "route-reports", prefix + "route-reports-v2", Map.class);
    }

    /** A change here is a new version of the index (v2 added {@code unweighedDeliveries}). */
    @Override
    protected TypeMapping mapping() {
        Property keyword = Property.of(p -> p.keyword(k -> k));
        Property number = Property.of(p -> p.double_(d -> d));
        Property count = Property.of(p -> p.long_(l -> l));
        return TypeMapping.of(m -> m.dynamic(DynamicMapping.Strict)
                .properties("id", keyword).properties("number", keyword).properties("status", keyword)
                .properties("driverId", keyword).properties("vehicleId", keyword).properties("warehouseId", keyword)
                .properties("date", p -> p.date(d -> d.format("yyyy-MM-dd")))
                .properties("stops", count).properties("delivered", count).properties("onTime", count)
                .properties("failures", p -> p.object(o -> o.dynamic(DynamicMapping.True)))
                .properties("plannedKm", number).properties("drivenKm", number)
                .properties("loadKg", number).properties("capacityKg", number)
                .properties("version", count).properties("updatedAt", p -> p.date(d -> d))
                .properties("unweighedDeliveries", count));
    }
}
