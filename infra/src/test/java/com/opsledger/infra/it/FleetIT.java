package com.opsledger.infra.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Vehicles with their due dates, drivers, and a driver signed in who sees only themselves. */
class FleetIT extends ApplicationIT {

    @Test
    void canKeepAFleetWithUniqueNumbersAndStatuses() {
        Api api = api();
        String number = ApplicationIT.unique("B").replace("-", "");
        number = number.substring(Math.max(0, number.length() - 12));
        Api.Response created = api.post("/api/v1/vehicles", FleetFlows.vehicleBody(number, "truck", 7500.5));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/v1/vehicles/" + created.id());

        Api.Response duplicate = api.post("/api/v1/vehicles", FleetFlows.vehicleBody(
                number.toLowerCase().charAt(0) + "-" + number.substring(1).toLowerCase(), "van", 100));
        assertThat(duplicate.status()).as(duplicate.body().toString()).isEqualTo(409);
        assertThat(duplicate.body().toString()).contains("number");

        JsonNode vehicle = api.get("/api/v1/vehicles/" + created.id()).body();
        assertThat(vehicle.path("number").asText()).isEqualTo(number);
        assertThat(vehicle.path("type").asText()).isEqualTo("truck");
        assertThat(vehicle.path("capacityKg").decimalValue()).isEqualByComparingTo("7500.5");
        assertThat(vehicle.path("status").asText()).isEqualTo("active");

        Map<String, Object> update = new HashMap<>(FleetFlows.vehicleBody(number, "truck", 8000));
        update.remove("number");
        update.put("fuelType", "electric");
        assertThat(api.put("/api/v1/vehicles/" + created.id(), update).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/vehicles/" + created.id() + "/status",
                Map.of("status", "maintenance", "reason", "brakes")).status()).isEqualTo(200);
        vehicle = api.get("/api/v1/vehicles/" + created.id()).body();
        assertThat(vehicle.path("fuelType").asText()).isEqualTo("electric");
        assertThat(vehicle.path("capacityKg").decimalValue()).isEqualByComparingTo("8000");
        assertThat(vehicle.path("status").asText()).isEqualTo("maintenance");
        assertThat(vehicle.path("statusReason").asText()).isEqualTo("brakes");

        JsonNode listed = api.get("/api/v1/vehicles?q=" + number + "&status=maintenance").body();
        assertThat(listed.path("content")).hasSize(1);
        assertThat(api.get("/api/v1/vehicles?q=" + number + "&status=active").body().path("content")).isEmpty();
    }

    @Test
    void cannotAddAVehicleThatMakesNoSense() {
        Api api = api();
        Map<String, Object> body = new HashMap<>(FleetFlows.vehicleBody("X1", "hovercraft", 10));
        Api.Response refused = api.post("/api/v1/vehicles", body);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().toString()).contains("type");
        body.put("type", "bike");
        body.put("capacityKg", -3);
        refused = api.post("/api/v1/vehicles", body);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().toString()).contains("capacityKg");
        assertThat(api.post("/api/v1/vehicles/" + java.util.UUID.randomUUID() + "/status",
                Map.of("status", "active")).status()).isEqualTo(404);
    }

    @Test
    void canWarnOfInsuranceRegistrationAndMaintenanceDue() {
        Api api = api();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String number = ApplicationIT.unique("AL").replace("-", "");
        number = number.substring(Math.max(0, number.length() - 12));
        Map<String, Object> body = new HashMap<>(FleetFlows.vehicleBody(number, "van", 900));
        body.put("insuranceExpiry", today.plusDays(3).toString());
        body.put("registrationExpiry", today.minusDays(1).toString());
        body.put("nextMaintenanceDate", today.plusDays(40).toString());
        String id = api.post("/api/v1/vehicles", body).id();

        List<String> due = alertsOf(api.get("/api/v1/vehicles/alerts").body(), id);
        assertThat(due).containsExactly("registration -1 true", "insurance 3 false");
        assertThat(alertsOf(api.get("/api/v1/vehicles/alerts?withinDays=60").body(), id))
                .containsExactly("registration -1 true", "insurance 3 false", "maintenance 40 false");

        api.post("/api/v1/vehicles/" + id + "/status", Map.of("status", "inactive"));
        assertThat(alertsOf(api.get("/api/v1/vehicles/alerts?withinDays=60").body(), id))
                .as("a vehicle out of service is not due for anything").isEmpty();
        assertThat(api.get("/api/v1/vehicles/alerts?withinDays=-1").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/vehicles/alerts?withinDays=lots").status()).isEqualTo(400);
    }

    @Test
    void canLetADriverSeeOnlyThemselves() {
        Api api = api();
        LocalDate expiry = LocalDate.now(ZoneOffset.UTC).plusYears(2);
        String mine = FleetFlows.driver(api, ApplicationIT.unique("Ana"), expiry);
        String other = FleetFlows.driver(api, ApplicationIT.unique("Ben"), expiry);
        assertThat(api.put("/api/v1/drivers/" + mine, Map.of("name", "Ana Renewed", "phone", "+49 30 555 0102",
                "licenceNumber", "B-NEW-1", "licenceExpiry", expiry.plusYears(5).toString())).status()).isEqualTo(200);
        JsonNode driver = api.get("/api/v1/drivers/" + mine).body();
        assertThat(driver.path("name").asText()).isEqualTo("Ana Renewed");
        assertThat(driver.path("licenceExpiry").asText()).isEqualTo(expiry.plusYears(5).toString());

        Api ana = FleetFlows.driverAccount(api, mine).api(port);
        assertThat(ana.get("/api/v1/auth/me").body().path("driverId").asText()).isEqualTo(mine);
        assertThat(ana.get("/api/v1/drivers/" + mine).status()).isEqualTo(200);
        assertThat(ana.get("/api/v1/drivers/" + other).status()).isEqualTo(404);
        JsonNode listed = ana.get("/api/v1/drivers").body();
        assertThat(listed.path("content")).hasSize(1);
        assertThat(listed.path("content").get(0).path("id").asText()).isEqualTo(mine);
        assertThat(ana.post("/api/v1/drivers", Map.of("name", "x", "phone", "+4930", "licenceNumber", "B1",
                "licenceExpiry", expiry.toString())).status()).isEqualTo(403);
        assertThat(ana.get("/api/v1/vehicles").status()).isEqualTo(403);
    }

    private static List<String> alertsOf(JsonNode answer, String vehicleId) {
        List<String> alerts = new ArrayList<>();
        answer.path("alerts").forEach(alert -> {
            if (alert.path("vehicleId").asText().equals(vehicleId)) {
                alerts.add(alert.path("kind").asText() + " " + alert.path("daysLeft").asLong() + " "
                        + alert.path("overdue").asBoolean());
            }
        });
        return alerts;
    }
}
