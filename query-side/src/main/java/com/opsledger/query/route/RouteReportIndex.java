package com.opsledger.query.route;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.util.ObjectBuilder;
import com.opsledger.query.common.ElasticIndexCalls;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.function.Function;

/**
 * The Elasticsearch index the delivery reports aggregate: one document per route (driver, vehicle, warehouse, date,
 * stops, distance planned and driven, load and capacity with the number of deliveries whose weight is not all known,
 * and the outcomes of its deliveries), reached through its
 * alias {@code <prefix>route-reports}. Created lazily; every call throws on an Elasticsearch error so that the
 * projection's processor retries.
 */
@Component
class RouteReportIndex extends ElasticIndexCalls {

    private final ElasticsearchClient client;
    private final String alias;
    private final String index;

    RouteReportIndex(ElasticsearchClient client,
                     @Value("${opsledger.elasticsearch.index-prefix:opsledger-}") String prefix) {
        this.client = client;
        this.alias = prefix + "route-reports";
        this.index = prefix + "route-reports-v2";
    }

    String alias() {
        if (!ready) {
            create();
        }
        return alias;
    }

    synchronized void recreate() {
        ready = false;
        dropBehindAlias(client, index, alias);
        create();
    }

    void refresh() {
        String target = alias();
        call(() -> client.indices().refresh(r -> r.index(target)));
    }

    /** Sets the given fields and leaves the others; creates the document if it does not exist. */
    void merge(String routeId, Map<String, Object> fields) {
        String target = alias();
        call(() -> client.update(u -> u.index(target).id(routeId).doc(fields).docAsUpsert(true).requireAlias(true),
                Map.class));
    }

    SearchResponse<Map> search(Function<SearchRequest.Builder, ObjectBuilder<SearchRequest>> request) {
        String target = alias();
        return call(() -> client.search(s -> request.apply(s.index(target)), Map.class));
    }

    private synchronized void create() {
        if (ready) {
            return;
        }
        createOrUpgradeBehindAlias(client, index, alias, oneShard(), mapping());
        ready = true;
    }

    /** A change here is a new version of the index (v2 added {@code unweighedDeliveries}). */
    private static TypeMapping mapping() {
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
