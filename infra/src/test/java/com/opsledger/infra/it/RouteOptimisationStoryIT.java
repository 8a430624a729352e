package com.opsledger.infra.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.opsledger.query.delivery.DeliverySearchIndex;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.opsledger.infra.it.OrderFlows.number;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The last mile with coordinates, over HTTP: four customers around a warehouse, entered on a route in a star-shaped
 * order, are put in the order around the ring by the solver; the distances are the great-circle sums the test
 * computes itself; the route leaves (stock leaves), is tracked, one stop is delivered with the customer's code and a
 * signature, one fails and its goods come back and fill a waiting backorder; the order, stock, backorder, route,
 * delivery index and report views agree, and neither another driver nor another customer sees what is not theirs.
 */
class RouteOptimisationStoryIT extends ApplicationIT {

    private static final LocalDate DATE = LocalDate.now(ZoneOffset.UTC).plusDays(3);
    private static final double EARTH_RADIUS_KM = 6371.0088;
    private static final double[] DEPOT = {52.55, 13.40};
    /**
     * Four stops and the depot on an ellipse around (52.52, 13.40), 72 degrees apart: points in convex position, so
     * the shortest round trip goes around the ring (one way or the other) and every other order is longer.
     */
    private static final double[][] RING = {
            {52.52927, 13.44755}, {52.49573, 13.42939}, {52.49573, 13.37061}, {52.52927, 13.35245}};

    @Autowired
    DeliverySearchIndex deliveryIndex;

    record Stop(String customerId, String email, String orderId, String deliveryId, double[] point) {
    }

    @Test
    void canOptimiseStartTrackAndSettleARouteOfSeveralDeliveries() throws Exception {
        Api api = api();
        StockFlows.StockSetup stock = StockFlows.stockItem(api, "Ring", "pcs", 0);
        Api.Response weighed = api.put("/api/v1/products/" + stock.productId(), new HashMap<>(Map.of(
                "name", "Ring crates " + stock.sku(), "reorderPoint", 0, "leadTimeDays", 5, "weightKg", 2.5)));
        assertThat(weighed.status()).as(weighed.body().toString()).isEqualTo(200);
        Api.Response located = api.put("/api/v1/warehouses/" + stock.warehouseId(), Map.of("name",
                "Ring depot " + stock.code(), "latitude", DEPOT[0], "longitude", DEPOT[1]));
        assertThat(located.status()).as(located.body().toString()).isEqualTo(200);
        OrderFlows.receive(api, stock.stockItemId(), 10);

        List<Stop> ring = new ArrayList<>();
        for (int i = 0; i < RING.length; i++) {
            ring.add(stop(api, "Ring " + i, stock, RING[i], 2));
        }
        Stop unlocated = stop(api, "Nils Nowhere", stock, null, 1);
        String bo = OrderFlows.customer(api, "Bo Backordered", unique("bo").toLowerCase() + "@example.com", "gold");
        String bosOrder = OrderFlows.order(api, bo, stock.warehouseId(), stock.productId(), 3);
        JsonNode backorder = Eventually.get(api, "/api/v1/backorders?customerId=" + bo,
                l -> l.path("content").size() == 1).path("content").get(0);
        assertThat(number(backorder, "remaining")).as("only 1 of 3 was left").isEqualByComparingTo("2");

        String driverId = FleetFlows.driver(api, unique("Rina"), DATE.plusYears(1));
        Accounts.Account driverAccount = FleetFlows.driverAccount(api, driverId);
        List<Stop> star = List.of(ring.get(1), ring.get(3), ring.get(0), ring.get(2));
        List<String> entered = new ArrayList<>(ids(star));
        entered.add(unlocated.deliveryId());
        Map<String, Object> plan = new HashMap<>(Map.of("warehouseId", stock.warehouseId(), "date", DATE.toString(),
                "vehicleId", FleetFlows.vehicle(api, 1000), "driverId", driverId, "deliveryIds", entered));
        Api.Response planned = api.post("/api/v1/routes", plan);
        assertThat(planned.status()).as(planned.body().toString()).isEqualTo(201);
        String routeId = planned.id();

        Api.Response lacking = api.post("/api/v1/routes/" + routeId + "/optimisation", Map.of("objective", "distance"));
        assertThat(lacking.status()).as(lacking.body().toString()).isEqualTo(422);
        assertThat(lacking.body().path("rule").asText()).isEqualTo("stops-without-coordinates");
        assertThat(lacking.body().path("detail").asText()).as("names the stop without coordinates, and only it")
                .contains(unlocated.deliveryId()).doesNotContain(star.get(0).deliveryId());
        assertThat(lacking.body().path("errors").get(0).path("field").asText()).isEqualTo("deliveryIds");

        Api.Response changed = api.put("/api/v1/routes/" + routeId, Map.of("deliveryIds", ids(star)));
        assertThat(changed.status()).as(changed.body().toString()).isEqualTo(200);
        JsonNode route = Eventually.get(api, "/api/v1/routes/" + routeId, r -> r.path("stops").size() == 4);
        assertThat(stopIds(route)).containsExactlyElementsOf(ids(star));
        double starKm = roundTripKm(star);
        assertThat(route.path("distanceKm").asDouble()).as("as entered, back to the depot included")
                .isCloseTo(starKm, within(0.002));
        assertThat(route.path("loadKg").decimalValue()).as("4 deliveries of 2 x 2.5 kg").isEqualByComparingTo("20");
        assertThat(route.path("unweighedDeliveryIds")).isEmpty();
        Eventually.get(api, "/api/v1/deliveries/" + unlocated.deliveryId(),
                d -> d.path("status").asText().equals("pending") && d.path("routeId").isNull());

        Api.Response optimised = api.post("/api/v1/routes/" + routeId + "/optimisation",
                Map.of("objective", "distance"));
        assertThat(optimised.status()).as(optimised.body().toString()).isEqualTo(200);
        route = Eventually.get(api, "/api/v1/routes/" + routeId, r -> r.path("optimisation").isObject());
        JsonNode optimisation = route.path("optimisation");
        assertThat(optimisation.path("objective").asText()).isEqualTo("distance");
        assertThat(optimisation.path("distanceBeforeKm").asDouble()).isCloseTo(starKm, within(0.002));
        assertThat(optimisation.path("distanceAfterKm").decimalValue()).as("the solver's is shorter than the star")
                .isLessThan(optimisation.path("distanceBeforeKm").decimalValue());
        List<String> around = ids(ring);
        List<String> aroundBack = new ArrayList<>(around);
        java.util.Collections.reverse(aroundBack);
        assertThat(stopIds(route)).as("around the ring, either way").isIn(around, aroundBack);
        Map<String, Stop> byId = new HashMap<>();
        ring.forEach(stop -> byId.put(stop.deliveryId(), stop));
        List<Stop> inOrder = stopIds(route).stream().map(byId::get).toList();
        double ringKm = roundTripKm(inOrder);
        assertThat(ringKm).as("the test's own sums agree the ring is shorter").isLessThan(starKm);
        assertThat(route.path("distanceKm").asDouble()).isCloseTo(ringKm, within(0.002));
        assertThat(optimisation.path("distanceAfterKm").asDouble()).isCloseTo(ringKm, within(0.002));
        Instant previous = Instant.MIN;
        for (JsonNode stop : route.path("stops")) {
            Instant arrival = Instant.parse(stop.path("plannedArrival").asText());
            assertThat(arrival).as("planned arrivals follow the new order").isAfter(previous);
            previous = arrival;
        }
        Stop first = inOrder.get(0);
        Stop second = inOrder.get(1);
        Eventually.get(api, "/api/v1/deliveries/" + first.deliveryId(),
                d -> d.path("stopSequence").asInt() == 1 && d.path("status").asText().equals("scheduled"));

        Api driver = driverAccount.api(port);
        assertThat(driver.get("/api/v1/routes?driver=me&date=" + DATE).body().path("content"))
                .extracting(r -> r.path("id").asText()).containsExactly(routeId);
        assertThat(driver.post("/api/v1/routes/" + routeId + "/start", Map.of()).status()).isEqualTo(200);
        assertStock(api, stock.stockItemId(), "2", "2");
        for (Stop stop : ring) {
            Eventually.get(api, "/api/v1/deliveries/" + stop.deliveryId(),
                    d -> d.path("status").asText().equals("out-for-delivery"));
        }

        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Api.Response tracked = driver.post("/api/v1/routes/" + routeId + "/positions", List.of(
                Map.of("latitude", DEPOT[0], "longitude", DEPOT[1], "at", now.minusSeconds(120).toString()),
                Map.of("latitude", (DEPOT[0] + first.point()[0]) / 2, "longitude", (DEPOT[1] + first.point()[1]) / 2,
                        "at", now.minusSeconds(60).toString(), "speedKmh", 28)));
        assertThat(tracked.status()).as(tracked.body().toString()).isEqualTo(200);
        assertThat(driver.get("/api/v1/routes/" + routeId + "/track").body().path("positions")).hasSize(2);
        route = driver.get("/api/v1/routes/" + routeId).body();
        assertThat(Instant.parse(route.path("lastPosition").path("at").asText())).isEqualTo(now.minusSeconds(60));
        assertThat(route.path("stops").get(0).path("eta").isNull()).as("a remaining stop has an ETA").isFalse();

        String code = DeliveryStoryIT.awaitCode(first.email());
        Map<String, Object> proof = new LinkedHashMap<>();
        proof.put("code", code);
        proof.put("receivedBy", "Ring 0 at the door");
        proof.put("signature", DeliveryStoryIT.PNG);
        Api.Response delivered = driver.postMultipart("/api/v1/deliveries/" + first.deliveryId() + "/proof", proof);
        assertThat(delivered.status()).as(delivered.body().toString()).isEqualTo(200);
        Api.Response failed = driver.post("/api/v1/deliveries/" + second.deliveryId() + "/failure",
                Map.of("reason", "customer-absent", "note", "nobody home"));
        assertThat(failed.status()).as(failed.body().toString()).isEqualTo(200);
        Api.Response returned = api.post("/api/v1/deliveries/" + second.deliveryId() + "/return", Map.of());
        assertThat(returned.status()).as(returned.body().toString()).isEqualTo(200);

        JsonNode settled = Eventually.get(api, "/api/v1/routes/" + routeId, r -> r.path("stops").get(0)
                .path("status").asText().equals("delivered") && r.path("stops").get(1).path("status").asText()
                .equals("failed"));
        assertThat(settled.path("stops").get(2).path("status").asText()).isEqualTo("out-for-delivery");
        JsonNode firstOrder = Eventually.get(api, "/api/v1/orders/" + first.orderId(),
                o -> o.path("status").asText().equals("delivered"));
        assertThat(number(firstOrder.path("lines").get(0), "delivered")).isEqualByComparingTo("2");
        JsonNode secondOrder = Eventually.get(api, "/api/v1/orders/" + second.orderId(),
                o -> o.path("lines").get(0).path("status").asText().equals("pending"));
        assertThat(number(secondOrder.path("lines").get(0), "pending")).isEqualByComparingTo("2");
        OrderFlows.assertLinesAddUp(secondOrder);
        JsonNode filled = Eventually.get(api, "/api/v1/backorders/" + backorder.path("id").asText(),
                b -> b.path("status").asText().equals("fulfilled"));
        assertThat(number(filled, "allocated")).as("the returned goods filled it").isEqualByComparingTo("2");
        OrderFlows.assertBackorderAddsUp(filled);
        JsonNode bosView = Eventually.get(api, "/api/v1/orders/" + bosOrder,
                o -> number(o.path("lines").get(0), "reserved").compareTo(new BigDecimal("3")) == 0);
        OrderFlows.assertLinesAddUp(bosView);
        assertStock(api, stock.stockItemId(), "4", "4");

        JsonNode group = DeliveryReads.reportGroup(api, DATE, driverId, g -> g.path("delivered").asLong() == 1
                && g.path("failuresByReason").path("customer-absent").asLong() == 1);
        assertThat(group.path("routes").asLong()).isEqualTo(1);
        assertThat(group.path("deliveries").asLong()).isEqualTo(4);
        assertThat(group.path("plannedKm").asDouble()).as("the optimised distance").isCloseTo(ringKm, within(0.002));
        assertThat(group.path("loadKg").decimalValue()).isEqualByComparingTo("20");
        assertThat(group.path("capacityKg").decimalValue()).isEqualByComparingTo("1000");
        assertThat(group.path("loadFactor").decimalValue()).isEqualByComparingTo("0.02");
        assertThat(group.path("unweighedDeliveries").asLong()).isZero();
        DeliverySearchIndex.Document indexed = DeliveryReads.indexed(deliveryIndex, first.deliveryId(),
                d -> "delivered".equals(d.status()), 20_000);
        assertThat(indexed.loadKg()).as("2 x 2.5 kg").isEqualTo(5.0);
        assertThat(indexed.weightUnknown()).isFalse();
        assertThat(indexed.status()).isEqualTo("delivered");

        Accounts.Account other = FleetFlows.driverAccount(api, FleetFlows.driver(api, unique("Otto"),
                DATE.plusYears(1)));
        Api otherDriver = other.api(port);
        assertThat(otherDriver.get("/api/v1/routes/" + routeId).status()).isEqualTo(404);
        assertThat(otherDriver.get("/api/v1/routes/" + routeId + "/track").status()).isEqualTo(404);
        assertThat(otherDriver.get("/api/v1/routes?driver=me").body().path("content")).isEmpty();
        assertThat(otherDriver.get("/api/v1/deliveries/" + first.deliveryId()).status()).isEqualTo(404);
        Api firstPortal = Accounts.create(api, "customer-portal", first.customerId(), null).api(port);
        assertThat(firstPortal.get("/api/v1/deliveries").body().path("content"))
                .extracting(d -> d.path("id").asText()).containsExactly(first.deliveryId());
        assertThat(firstPortal.get("/api/v1/deliveries/" + second.deliveryId()).status()).isEqualTo(404);
        assertThat(firstPortal.get("/api/v1/routes/" + routeId).status()).isIn(403, 404);
    }

    /** A customer at {@code point} (null: an address without coordinates) orders {@code quantity}; its delivery. */
    private Stop stop(Api api, String name, StockFlows.StockSetup stock, double[] point, int quantity) {
        String email = unique("ring").toLowerCase() + "@example.com";
        Map<String, Object> address = new LinkedHashMap<>(Map.of("line1", "Ringstr. 1", "postalCode", "10115",
                "city", "Berlin", "country", "DE"));
        if (point != null) {
            address.put("latitude", point[0]);
            address.put("longitude", point[1]);
        }
        Map<String, Object> customer = new LinkedHashMap<>();
        customer.put("name", name);
        customer.put("email", email);
        customer.put("tier", "silver");
        customer.put("addresses", List.of(address));
        customer.put("communicationPreference", "email");
        Api.Response created = api.post("/api/v1/customers", customer);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        Api.Response placed = api.post("/api/v1/orders", Map.of("customerId", created.id(), "warehouseId",
                stock.warehouseId(), "lines", List.of(Map.of("productId", stock.productId(), "quantity", quantity)),
                "deliveryAddress", address, "requestedDate", DATE.toString()));
        assertThat(placed.status()).as(placed.body().toString()).isEqualTo(201);
        JsonNode delivery = Eventually.get(api, "/api/v1/deliveries?orderId=" + placed.id(),
                l -> l.path("content").size() == 1).path("content").get(0);
        return new Stop(created.id(), email, placed.id(), delivery.path("id").asText(), point);
    }

    /** From the depot through the stops in this order and back, over a spherical earth (haversine). */
    private static double roundTripKm(List<Stop> stops) {
        double km = 0;
        double[] here = DEPOT;
        for (Stop stop : stops) {
            km += haversineKm(here, stop.point());
            here = stop.point();
        }
        return km + haversineKm(here, DEPOT);
    }

    private static double haversineKm(double[] a, double[] b) {
        double dLat = Math.toRadians(b[0] - a[0]);
        double dLon = Math.toRadians(b[1] - a[1]);
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(a[0])) * Math.cos(Math.toRadians(b[0])) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
    }

    private static List<String> ids(List<Stop> stops) {
        return stops.stream().map(Stop::deliveryId).toList();
    }

    private static List<String> stopIds(JsonNode route) {
        List<String> ids = new ArrayList<>();
        route.path("stops").forEach(s -> ids.add(s.path("deliveryId").asText()));
        return ids;
    }

    private static void assertStock(Api api, String stockItemId, String onHand, String reserved) {
        Eventually.get(api, "/api/v1/stock-items/" + stockItemId,
                s -> number(s, "onHand").compareTo(new BigDecimal(onHand)) == 0
                        && number(s, "reserved").compareTo(new BigDecimal(reserved)) == 0);
    }
}
