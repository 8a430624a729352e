package com.opsledger.infra.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A route with one stop handed over and one that failed: its stops follow their deliveries, and the delivery report
 * counts the delivered one as on time (no slot promised) and the failure by its reason.
 */
class DeliveryReportIT extends ApplicationIT {

    private static final LocalDate DATE = LocalDate.now(ZoneOffset.UTC).plusDays(2);

    private static String onlyDelivery(Api api, String orderId) {
        return Eventually.get(api, "/api/v1/deliveries?orderId=" + orderId, l -> l.path("content").size() == 1)
                .path("content").get(0).path("id").asText();
    }

    @Test
    void canReportADeliveredAndAFailedStop() {
        Api api = api();
        OrderFlows.PlacedOrder first = OrderFlows.newCustomerOrders(api, "Reported", 10, "Rex Refused", "silver", 3);
        String failing = onlyDelivery(api, first.orderId());
        String nora = OrderFlows.customer(api, "Nora Nocode", unique("nora").toLowerCase() + "@example.com",
                "silver");
        assertThat(api.put("/api/v1/customers/" + nora + "/delivery-preferences",
                Map.of("proofCodeRequired", false)).status()).isEqualTo(200);
        String delivering = onlyDelivery(api, OrderFlows.order(api, nora, first.stock().warehouseId(),
                first.stock().productId(), 2));
        String driverId = FleetFlows.driver(api, unique("Rae"), DATE.plusYears(1));
        Map<String, Object> body = new HashMap<>();
        body.put("warehouseId", first.stock().warehouseId());
        body.put("date", DATE.toString());
        body.put("vehicleId", FleetFlows.vehicle(api, 1000));
        body.put("driverId", driverId);
        body.put("deliveryIds", List.of(delivering, failing));
        Api.Response planned = api.post("/api/v1/routes", body);
        assertThat(planned.status()).as(planned.body().toString()).isEqualTo(201);
        String route = planned.id();
        assertThat(api.post("/api/v1/routes/" + route + "/start", Map.of()).status()).isEqualTo(200);
        Eventually.get(api, "/api/v1/deliveries/" + failing, d -> d.path("status").asText().equals("out-for-delivery"));
        Eventually.get(api, "/api/v1/deliveries/" + delivering,
                d -> d.path("status").asText().equals("out-for-delivery"));

        Api.Response handed = api.postMultipart("/api/v1/deliveries/" + delivering + "/proof",
                Map.of("receivedBy", "Nora"));
        assertThat(handed.status()).as(handed.body().toString()).isEqualTo(200);
        assertThat(api.post("/api/v1/deliveries/" + failing + "/failure", Map.of("reason", "refused")).status())
                .isEqualTo(200);

        JsonNode stops = Eventually.get(api, "/api/v1/routes/" + route, r -> r.path("stops").get(1).path("status")
                .asText().equals("failed")).path("stops");
        assertThat(stops.get(0).path("status").asText()).isEqualTo("delivered");

        JsonNode group = Eventually.get(api, "/api/v1/reports/deliveries?groupBy=driver", r -> driverGroup(r,
                driverId) != null && driverGroup(r, driverId).path("delivered").asInt() == 1
                && driverGroup(r, driverId).path("failuresByReason").path("refused").asInt() == 1);
        JsonNode driver = driverGroup(group, driverId);
        assertThat(driver.path("onTimeRate").decimalValue()).isEqualByComparingTo("1");
        assertThat(driver.path("failuresByReason").size()).as("only the reasons that happened").isEqualTo(1);
    }

    private static JsonNode driverGroup(JsonNode report, String driverId) {
        for (JsonNode group : report.path("groups")) {
            if (group.path("key").asText().equals(driverId)) {
                return group;
            }
        }
        return null;
    }
}
