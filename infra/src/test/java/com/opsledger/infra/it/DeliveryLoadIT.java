package com.opsledger.infra.it;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.opsledger.query.delivery.DeliverySearchIndex;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What deliveries weigh in the delivery index and the delivery report: a product without a weight counts 0 and is
 * flagged; once weighed, the delivery put on a route again carries its load; an index of the previous version keeps
 * its documents when it is upgraded, and a replay fills them in.
 */
class DeliveryLoadIT extends ApplicationIT {

    private static final LocalDate DATE = LocalDate.now(ZoneOffset.UTC).plusDays(4);

    @Autowired
    DeliverySearchIndex deliveryIndex;

    @Autowired
    ElasticsearchClient elasticsearch;

    @Test
    void canFlagAnUnweighedDeliveryAndCarryItsLoadOnceWeighed() {
        Api api = api();
        OrderFlows.PlacedOrder order = OrderFlows.newCustomerOrders(api, "Unweighed", 10, "Uma Unweighed", "silver",
                4);
        String delivery = Eventually.get(api, "/api/v1/deliveries?orderId=" + order.orderId(),
                l -> l.path("content").size() == 1).path("content").get(0).path("id").asText();
        DeliverySearchIndex.Document planned = DeliveryReads.indexed(deliveryIndex, delivery,
                d -> d.weightUnknown() != null, 20_000);
        assertThat(planned.weightUnknown()).as("its product has no weight").isTrue();
        assertThat(planned.loadKg()).isZero();

        String driverId = FleetFlows.driver(api, unique("Lou"), DATE.plusYears(1));
        Map<String, Object> body = new HashMap<>(Map.of("warehouseId", order.stock().warehouseId(), "date",
                DATE.toString(), "vehicleId", FleetFlows.vehicle(api, 500), "driverId", driverId,
                "deliveryIds", List.of(delivery)));
        Api.Response routed = api.post("/api/v1/routes", body);
        assertThat(routed.status()).as(routed.body().toString()).isEqualTo(201);
        String routeId = routed.id();
        JsonNode unweighed = DeliveryReads.reportGroup(api, DATE, driverId,
                g -> g.path("unweighedDeliveries").asLong() == 1);
        assertThat(unweighed.path("loadKg").decimalValue()).isZero();

        Api.Response weighed = api.put("/api/v1/products/" + order.stock().productId(), new HashMap<>(Map.of(
                "name", "Weighed " + order.stock().sku(), "reorderPoint", 0, "leadTimeDays", 5, "weightKg", 12.5)));
        assertThat(weighed.status()).as(weighed.body().toString()).isEqualTo(200);
        assertThat(api.put("/api/v1/routes/" + routeId, Map.of("deliveryIds", List.of())).status()).isEqualTo(200);
        Eventually.get(api, "/api/v1/deliveries/" + delivery, d -> d.path("status").asText().equals("pending"));
        assertThat(api.put("/api/v1/routes/" + routeId, Map.of("deliveryIds", List.of(delivery))).status())
                .isEqualTo(200);

        DeliverySearchIndex.Document loaded = DeliveryReads.indexed(deliveryIndex, delivery, d -> Boolean.FALSE.equals(d.weightUnknown()),
                20_000);
        assertThat(loaded.loadKg()).as("4 x 12.5 kg").isEqualTo(50.0);
        assertThat(loaded.routeId()).isEqualTo(routeId);
        JsonNode group = DeliveryReads.reportGroup(api, DATE, driverId, g -> g.path("unweighedDeliveries").asLong() == 0
                && g.path("loadKg").asDouble() > 0);
        assertThat(group.path("loadKg").decimalValue()).isEqualByComparingTo("50");
        assertThat(group.path("capacityKg").decimalValue()).isEqualByComparingTo("500");
        assertThat(group.path("loadFactor").decimalValue()).isEqualByComparingTo("0.1");

        deliveryIndex.merge(delivery, Map.of("loadKg", 0, "weightUnknown", true));
        Api.Response replay = api.post("/api/v1/admin/projections/delivery-search-elastic/replay", Map.of());
        assertThat(replay.status()).as(replay.body().toString()).isEqualTo(202);
        DeliverySearchIndex.Document replayed = DeliveryReads.indexed(deliveryIndex, delivery, d -> Boolean.FALSE.equals(d.weightUnknown()),
                120_000);
        assertThat(replayed.loadKg()).as("weighed again from the events").isEqualTo(50.0);
        assertThat(replayed.routeId()).isEqualTo(routeId);
    }

    @Test
    void canUpgradeAnIndexOfThePreviousVersionKeepingItsDocuments() throws IOException {
        String prefix = unique("upgrade").toLowerCase() + "-";
        String old = prefix + "deliveries-v1";
        elasticsearch.indices().create(c -> c.index(old).aliases(prefix + "deliveries", a -> a.isWriteIndex(true))
                .mappings(m -> m.dynamic(co.elastic.clients.elasticsearch._types.mapping.DynamicMapping.Strict)
                        .properties("id", p -> p.keyword(k -> k)).properties("status", p -> p.keyword(k -> k))));
        elasticsearch.index(i -> i.index(old).id("d-1").document(Map.of("id", "d-1", "status", "delivered"))
                .refresh(co.elastic.clients.elasticsearch._types.Refresh.True));

        DeliverySearchIndex upgraded = new DeliverySearchIndex(elasticsearch, prefix);
        assertThat(upgraded.alias()).isEqualTo(prefix + "deliveries");
        assertThat(elasticsearch.indices().getAlias(g -> g.name(prefix + "deliveries")).result().keySet())
                .containsExactly(prefix + "deliveries-v2");
        assertThat(elasticsearch.indices().exists(e -> e.index(old)).value()).as("the old version is dropped")
                .isFalse();
        assertThat(upgraded.get("d-1")).get().extracting(DeliverySearchIndex.Document::status)
                .isEqualTo("delivered");
        upgraded.merge("d-1", Map.of("loadKg", 7.5, "weightUnknown", false));
        assertThat(upgraded.get("d-1").orElseThrow().loadKg()).as("the new mapping takes the new fields")
                .isEqualTo(7.5);
        elasticsearch.indices().delete(d -> d.index(prefix + "deliveries-v2"));
    }
}
