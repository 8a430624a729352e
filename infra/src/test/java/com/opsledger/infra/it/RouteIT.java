package com.opsledger.infra.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Routes over HTTP: planned with a free vehicle and a licensed driver, started, tracked and completed; a driver sees
 * and acts on their own routes only. (Deliveries on routes come with the deliveries slice.)
 */
class RouteIT extends ApplicationIT {

    private static final LocalDate DATE = LocalDate.now(ZoneOffset.UTC).plusDays(1);

    record Crew(String warehouseId, String vehicleId, String driverId, Accounts.Account driver) {
    }

    private Crew crew(Api api) {
        String warehouseId = StockFlows.warehouse(api, ApplicationIT.unique("RW"), "Route depot");
        String vehicleId = FleetFlows.vehicle(api, 1000);
        String driverId = FleetFlows.driver(api, ApplicationIT.unique("Dora"), DATE.plusYears(1));
        return new Crew(warehouseId, vehicleId, driverId, FleetFlows.driverAccount(api, driverId));
    }

    private static Map<String, Object> route(String warehouseId, String vehicleId, String driverId, LocalDate date,
                                             List<String> deliveryIds) {
        Map<String, Object> body = new HashMap<>();
        body.put("warehouseId", warehouseId);
        body.put("date", date.toString());
        body.put("vehicleId", vehicleId);
        body.put("driverId", driverId);
        body.put("deliveryIds", deliveryIds);
        return body;
    }

    @Test
    void canPlanStartTrackAndCompleteARoute() {
        Api api = api();
        Crew crew = crew(api);
        Api.Response planned = api.post("/api/v1/routes", route(crew.warehouseId(), crew.vehicleId(), crew.driverId(),
                DATE, List.of()));
        assertThat(planned.status()).as(planned.body().toString()).isEqualTo(201);
        String id = planned.id();
        JsonNode route = api.get("/api/v1/routes/" + id).body();
        assertThat(route.path("number").asText()).matches("RT-\\d{6}");
        assertThat(route.path("status").asText()).isEqualTo("planned");
        assertThat(route.path("date").asText()).isEqualTo(DATE.toString());
        assertThat(route.path("driverId").asText()).isEqualTo(crew.driverId());
        assertThat(route.path("loadKg").decimalValue()).isZero();
        assertThat(route.path("capacityKg").decimalValue()).isEqualByComparingTo("1000");
        assertThat(route.path("stops")).isEmpty();

        Api dora = crew.driver().api(port);
        Api.Response early = dora.post("/api/v1/routes/" + id + "/positions",
                List.of(Map.of("latitude", 52.5, "longitude", 13.4, "at", Instant.now().toString())));
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.body().path("rule").asText()).isEqualTo("route-not-in-progress");

        assertThat(dora.get("/api/v1/routes?driver=me&date=" + DATE).body().path("content")).hasSize(1);
        Instant beforeStart = Instant.now();
        assertThat(dora.post("/api/v1/routes/" + id + "/start", Map.of()).status()).isEqualTo(200);
        route = dora.get("/api/v1/routes/" + id).body();
        assertThat(route.path("status").asText()).isEqualTo("in-progress");
        assertThat(route.path("startedAt").isNull()).isFalse();
        assertThat(dora.post("/api/v1/routes/" + id + "/start", Map.of()).status()).isEqualTo(422);

        Instant first = Instant.now().minus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        Api.Response reported = dora.post("/api/v1/routes/" + id + "/positions", List.of(
                Map.of("latitude", 52.5201, "longitude", 13.4049, "at", first.toString(), "speedKmh", 0),
                Map.of("latitude", 52.5301, "longitude", 13.4149, "at", first.plusSeconds(300).toString(),
                        "speedKmh", 31.5),
                Map.of("latitude", 52.5401, "longitude", 13.4249, "at", first.plusSeconds(600).toString())));
        assertThat(reported.status()).as(reported.body().toString()).isEqualTo(200);
        assertThat(reported.body().path("recorded").asInt()).isEqualTo(3);
        JsonNode last = dora.get("/api/v1/routes/" + id).body().path("lastPosition");
        assertThat(last.path("latitude").decimalValue()).isEqualByComparingTo("52.5401");
        assertThat(Instant.parse(last.path("at").asText())).isEqualTo(first.plusSeconds(600));

        JsonNode track = dora.get("/api/v1/routes/" + id + "/track?from=" + first.plusSeconds(1) + "&to="
                + first.plusSeconds(600)).body();
        assertThat(track.path("positions")).hasSize(1);
        assertThat(track.path("positions").get(0).path("speedKmh").decimalValue()).isEqualByComparingTo("31.5");
        assertThat(dora.get("/api/v1/routes/" + id + "/track").body().path("positions")).hasSize(3);

        assertThat(api.post("/api/v1/routes/" + id + "/completion", Map.of()).status())
                .as("a manager or admin may complete any route").isEqualTo(200);
        JsonNode completed = api.get("/api/v1/routes/" + id).body();
        assertThat(completed.path("status").asText()).isEqualTo("completed");
        assertThat(completed.path("drivenKm").decimalValue()).as("along the three positions")
                .isBetween(new java.math.BigDecimal("2.5"), new java.math.BigDecimal("2.7"));
        String driverKey = crew.driverId();
        JsonNode report = Eventually.get(api, "/api/v1/reports/deliveries?groupBy=driver&from=" + DATE + "&to=" + DATE,
                body -> body.toString().contains(driverKey) && body.toString().contains("drivenKm\":2."));
        JsonNode group = null;
        for (JsonNode candidate : report.path("groups")) {
            if (candidate.path("key").asText().equals(driverKey)) {
                group = candidate;
            }
        }
        assertThat(group).isNotNull();
        assertThat(group.path("routes").asLong()).isEqualTo(1);
        assertThat(group.path("capacityKg").decimalValue()).isEqualByComparingTo("1000");
        assertThat(group.path("loadFactor").decimalValue()).isZero();
        assertThat(group.path("onTimeRate").isNull()).as("nothing delivered yet").isTrue();
        JsonNode byDay = api.get("/api/v1/reports/deliveries?groupBy=day&from=" + DATE + "&to=" + DATE).body();
        assertThat(byDay.path("groups").get(0).path("key").asText()).isEqualTo(DATE.toString());
        assertThat(api.get("/api/v1/reports/deliveries?groupBy=week").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/reports/deliveries").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/reports/deliveries?groupBy=day&from=2026-02-30").status()).isEqualTo(400);
        JsonNode then = api.get("/api/v1/routes/" + id + "?asOf=" + beforeStart).body();
        assertThat(then.path("state").path("status").asText()).as(then.toString()).isEqualTo("planned");
        assertThat(dora.post("/api/v1/routes/" + id + "/positions", List.of(Map.of("latitude", 52.5,
                "longitude", 13.4, "at", Instant.now().toString()))).status()).isEqualTo(422);
    }

    @Test
    void cannotPlanARouteAVehicleDriverOrLicenceForbids() {
        Api api = api();
        Crew crew = crew(api);
        assertThat(api.post("/api/v1/routes", route(crew.warehouseId(), crew.vehicleId(), crew.driverId(), DATE,
                List.of())).status()).isEqualTo(201);

        String otherDriver = FleetFlows.driver(api, ApplicationIT.unique("Emil"), DATE.plusYears(1));
        Api.Response vehicleTaken = api.post("/api/v1/routes", route(crew.warehouseId(), crew.vehicleId(),
                otherDriver, DATE, List.of()));
        assertThat(vehicleTaken.status()).isEqualTo(422);
        assertThat(vehicleTaken.body().path("rule").asText()).isEqualTo("vehicle-already-routed");

        String otherVehicle = FleetFlows.vehicle(api, 500);
        Api.Response driverTaken = api.post("/api/v1/routes", route(crew.warehouseId(), otherVehicle,
                crew.driverId(), DATE, List.of()));
        assertThat(driverTaken.body().path("rule").asText()).isEqualTo("driver-already-routed");
        assertThat(api.post("/api/v1/routes", route(crew.warehouseId(), otherVehicle, crew.driverId(),
                DATE.plusDays(1), List.of())).status()).as("another day").isEqualTo(201);

        String expiring = FleetFlows.driver(api, ApplicationIT.unique("Finn"), DATE.minusDays(1));
        Api.Response expired = api.post("/api/v1/routes", route(crew.warehouseId(), otherVehicle, expiring, DATE,
                List.of()));
        assertThat(expired.status()).isEqualTo(422);
        assertThat(expired.body().path("rule").asText()).isEqualTo("licence-expired");

        String idle = FleetFlows.vehicle(api, 500);
        api.post("/api/v1/vehicles/" + idle + "/status", Map.of("status", "maintenance"));
        assertThat(api.post("/api/v1/routes", route(crew.warehouseId(), idle, otherDriver, DATE, List.of())).body()
                .path("rule").asText()).isEqualTo("vehicle-not-active");

        Api.Response unknown = api.post("/api/v1/routes", route(crew.warehouseId(), otherVehicle, otherDriver,
                DATE.plusDays(2), List.of(UUID.randomUUID().toString())));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(api.post("/api/v1/routes", route(crew.warehouseId(), otherVehicle, otherDriver, DATE.plusDays(2),
                List.of("not an id"))).status()).isEqualTo(400);
    }

    @Test
    void cannotOptimiseARouteWithoutCoordinates() {
        Api api = api();
        Crew crew = crew(api);
        String id = api.post("/api/v1/routes", route(crew.warehouseId(), crew.vehicleId(), crew.driverId(), DATE,
                List.of())).id();
        Api.Response refused = api.post("/api/v1/routes/" + id + "/optimisation", Map.of("objective", "distance"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().path("rule").asText()).isEqualTo("warehouse-without-coordinates");
        assertThat(api.post("/api/v1/routes/" + id + "/optimisation", Map.of("objective", "scenic")).status())
                .isEqualTo(400);
    }

    @Test
    void cannotSeeOrActOnAnotherDriversRoute() {
        Api api = api();
        Crew mine = crew(api);
        Crew theirs = crew(api);
        String id = api.post("/api/v1/routes", route(theirs.warehouseId(), theirs.vehicleId(), theirs.driverId(),
                DATE, List.of())).id();
        Api me = mine.driver().api(port);

        assertThat(me.get("/api/v1/routes/" + id).status()).isEqualTo(404);
        assertThat(me.get("/api/v1/routes/" + id + "/track").status()).isEqualTo(404);
        assertThat(me.get("/api/v1/routes?driver=" + theirs.driverId()).body().path("content")).isEmpty();
        assertThat(me.get("/api/v1/routes").body().path("content")).isEmpty();
        assertThat(me.post("/api/v1/routes/" + id + "/start", Map.of()).status()).isEqualTo(404);
        assertThat(me.post("/api/v1/routes", route(mine.warehouseId(), mine.vehicleId(), mine.driverId(), DATE,
                List.of())).status()).as("drivers do not plan routes").isEqualTo(403);

        assertThat(api.post("/api/v1/routes/" + id + "/start", Map.of()).status()).isEqualTo(200);
        assertThat(me.post("/api/v1/routes/" + id + "/positions", List.of(Map.of("latitude", 52.5,
                "longitude", 13.4, "at", Instant.now().toString()))).status()).isEqualTo(404);
    }

    @Test
    void cannotReportPositionsThatMakeNoSense() {
        Api api = api();
        Crew crew = crew(api);
        String id = api.post("/api/v1/routes", route(crew.warehouseId(), crew.vehicleId(), crew.driverId(), DATE,
                List.of())).id();
        api.post("/api/v1/routes/" + id + "/start", Map.of());
        String now = Instant.now().toString();
        assertThat(api.post("/api/v1/routes/" + id + "/positions", List.of(Map.of("latitude", 91, "longitude", 13.4,
                "at", now))).status()).isEqualTo(400);
        assertThat(api.post("/api/v1/routes/" + id + "/positions", List.of(Map.of("latitude", 52, "longitude", 13.4,
                "at", Instant.now().plus(1, ChronoUnit.DAYS).toString()))).status()).isEqualTo(400);
        assertThat(api.post("/api/v1/routes/" + id + "/positions", List.of()).status()).isEqualTo(400);
        assertThat(api.post("/api/v1/routes/" + id + "/positions", Map.of("latitude", 52)).status()).isEqualTo(400);
        assertThat(api.post("/api/v1/routes/" + UUID.randomUUID() + "/positions", List.of(Map.of("latitude", 52,
                "longitude", 13.4, "at", now))).status()).isEqualTo(404);
    }

    @Test
    void canWeighDeliveriesByTheirProductsAndRefuseMoreThanTheVehicleCarries() {
        Api api = api();
        OrderFlows.PlacedOrder order = OrderFlows.newCustomerOrders(api, "Sacks", 10, "Wendy Weighed", "silver", 4);
        Api.Response weighed = api.put("/api/v1/products/" + order.stock().productId(), new HashMap<>(Map.of(
                "name", "Sacks of flour " + order.stock().sku(), "reorderPoint", 0, "leadTimeDays", 5, "weightKg", 25)));
        assertThat(weighed.status()).as(weighed.body().toString()).isEqualTo(200);
        String delivery = Eventually.get(api, "/api/v1/deliveries?orderId=" + order.orderId(),
                l -> l.path("content").size() == 1).path("content").get(0).path("id").asText();
        String driverId = FleetFlows.driver(api, ApplicationIT.unique("Walt"), DATE.plusYears(1));

        Api.Response tooHeavy = api.post("/api/v1/routes", route(order.stock().warehouseId(),
                FleetFlows.vehicle(api, 50), driverId, DATE, List.of(delivery)));
        assertThat(tooHeavy.status()).as(tooHeavy.body().toString()).isEqualTo(422);
        assertThat(tooHeavy.body().path("rule").asText()).isEqualTo("route-over-capacity");

        Api.Response planned = api.post("/api/v1/routes", route(order.stock().warehouseId(),
                FleetFlows.vehicle(api, 1000), driverId, DATE, List.of(delivery)));
        assertThat(planned.status()).as(planned.body().toString()).isEqualTo(201);
        JsonNode route = api.get("/api/v1/routes/" + planned.id()).body();
        assertThat(route.path("loadKg").decimalValue()).as("4 x 25 kg").isEqualByComparingTo("100");
        assertThat(route.path("unweighedDeliveryIds")).isEmpty();
    }

    @Test
    void canCarryDeliveriesThatLeaveWhenTheRouteStarts() {
        Api api = api();
        OrderFlows.PlacedOrder first = OrderFlows.newCustomerOrders(api, "Routed", 10, "Rita Routed", "silver", 3);
        String firstDelivery = Eventually.get(api, "/api/v1/deliveries?orderId=" + first.orderId(),
                l -> l.path("content").size() == 1).path("content").get(0).path("id").asText();
        String warehouseId = first.stock().warehouseId();
        String vehicleId = FleetFlows.vehicle(api, 1000);
        String driverId = FleetFlows.driver(api, ApplicationIT.unique("Gus"), DATE.plusYears(1));

        Api.Response planned = api.post("/api/v1/routes", route(warehouseId, vehicleId, driverId, DATE,
                List.of(firstDelivery)));
        assertThat(planned.status()).as(planned.body().toString()).isEqualTo(201);
        String id = planned.id();
        JsonNode route = api.get("/api/v1/routes/" + id).body();
        assertThat(route.path("stops").get(0).path("deliveryId").asText()).isEqualTo(firstDelivery);
        assertThat(route.path("unweighedDeliveryIds").toString()).as("no product weight yet: counted 0, flagged")
                .contains(firstDelivery);
        Eventually.get(api, "/api/v1/deliveries/" + firstDelivery,
                d -> d.path("status").asText().equals("scheduled") && d.path("routeId").asText().equals(id));

        Api.Response optimised = api.post("/api/v1/routes/" + id + "/optimisation", Map.of("objective", "time"));
        assertThat(optimised.status()).isEqualTo(422);
        assertThat(optimised.body().toString()).contains(firstDelivery);

        String otherVehicle = FleetFlows.vehicle(api, 1000);
        String otherDriver = FleetFlows.driver(api, ApplicationIT.unique("Hal"), DATE.plusYears(1));
        Api.Response twice = api.post("/api/v1/routes", route(warehouseId, otherVehicle, otherDriver, DATE,
                List.of(firstDelivery)));
        assertThat(twice.status()).isEqualTo(422);
        assertThat(twice.body().path("rule").asText()).isEqualTo("delivery-already-routed");

        double onHand = api.get("/api/v1/stock-items/" + first.stock().stockItemId()).body().path("onHand")
                .asDouble();
        assertThat(api.post("/api/v1/routes/" + id + "/start", Map.of()).status()).isEqualTo(200);
        Eventually.get(api, "/api/v1/deliveries/" + firstDelivery,
                d -> d.path("status").asText().equals("out-for-delivery"));
        JsonNode stock = Eventually.get(api, "/api/v1/stock-items/" + first.stock().stockItemId(),
                s -> s.path("onHand").asDouble() < onHand);
        assertThat(stock.path("onHand").asDouble()).as("the goods left").isEqualTo(onHand - 3);
        assertThat(api.get("/api/v1/routes/" + id).body().path("stops").get(0).path("status").asText())
                .isEqualTo("out-for-delivery");

        assertThat(api.post("/api/v1/deliveries/" + firstDelivery + "/failure", Map.of("reason", "refused"))
                .status()).isEqualTo(200);
        Eventually.get(api, "/api/v1/routes/" + id, r -> r.path("stops").get(0).path("status").asText()
                .equals("failed"));
    }
}
