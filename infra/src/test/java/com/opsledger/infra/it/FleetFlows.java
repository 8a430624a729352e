package com.opsledger.infra.it;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Vehicles, drivers and the driver's own sign-in, created over HTTP. */
final class FleetFlows {

    private FleetFlows() {
    }

    static Map<String, Object> vehicleBody(String number, String type, Object capacityKg) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("number", number);
        body.put("type", type);
        body.put("model", "Model " + type);
        body.put("capacityKg", capacityKg);
        body.put("fuelType", "diesel");
        return body;
    }

    static String vehicle(Api api, Object capacityKg) {
        String number = ApplicationIT.unique("V").replace("-", "");
        number = number.substring(Math.max(0, number.length() - 20));
        Api.Response created = api.post("/api/v1/vehicles", vehicleBody(number, "van", capacityKg));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.id();
    }

    static String driver(Api api, String name, LocalDate licenceExpiry) {
        Api.Response created = api.post("/api/v1/drivers", Map.of("name", name, "phone", "+49 30 555 0101",
                "licenceNumber", "B-" + Math.abs(name.hashCode()), "licenceExpiry", licenceExpiry.toString()));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.id();
    }

    /** A user with the delivery-driver role, linked to the driver {@code driverId}. */
    static Accounts.Account driverAccount(Api admin, String driverId) {
        String username = ApplicationIT.unique("driver").toLowerCase();
        Map<String, Object> body = new HashMap<>(Map.of("username", username, "email", username + "@example.com",
                "displayName", "Driver " + username, "password", Accounts.PASSWORD, "roles", Set.of("delivery-driver"),
                "driverId", driverId));
        Api.Response created = admin.post("/api/v1/admin/users", body);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return new Accounts.Account(created.id(), username, Accounts.PASSWORD);
    }
}
