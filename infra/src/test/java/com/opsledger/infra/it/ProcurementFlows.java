package com.opsledger.infra.it;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The common first steps of procurement scenarios over HTTP: an active supplier and purchase orders to it. */
final class ProcurementFlows {

    private ProcurementFlows() {
    }

    static String activeSupplier(Api api, String code) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("name", "Supplier " + code);
        body.put("contactPerson", "Ines Berger");
        body.put("email", "ines@" + code.toLowerCase() + ".example");
        body.put("phone", "+49 30 1234567");
        body.put("address", "Mühlenstraße 1, Berlin");
        body.put("paymentTerms", "NET_30");
        body.put("leadTimeDays", 7);
        Api.Response created = api.post("/api/v1/suppliers", body);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        Api.Response active = api.post("/api/v1/suppliers/" + created.id() + "/status", Map.of("status", "ACTIVE"));
        assertThat(active.status()).as(active.body().toString()).isEqualTo(200);
        return created.id();
    }

    static Map<String, Object> line(String productId, Object quantity, Object unitPrice) {
        return Map.of("productId", productId, "quantity", quantity, "unitPrice", unitPrice);
    }

    static Api.Response createOrder(Api api, String supplierId, String warehouseId, List<Map<String, Object>> lines,
                                    Object taxRate) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("supplierId", supplierId);
        body.put("warehouseId", warehouseId);
        body.put("currency", "EUR");
        body.put("lines", lines);
        if (taxRate != null) {
            body.put("taxRate", taxRate);
        }
        return api.post("/api/v1/purchase-orders", body);
    }

    static String order(Api api, String supplierId, String warehouseId, List<Map<String, Object>> lines) {
        Api.Response created = createOrder(api, supplierId, warehouseId, lines, null);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.id();
    }

    /**
     * Approves the submitted order at {@code path} as a new manager: with four eyes, the admin who drafted it may
     * not approve it.
     */
    static Accounts.Account approveAsAnotherPerson(Api admin, int port, String path) {
        Accounts.Account manager = Accounts.create(admin, "manager");
        ok(manager.api(port).post(path + "/approval", Map.of()));
        return manager;
    }

    static void ok(Api.Response response) {
        assertThat(response.status()).as(response.body().toString()).isBetween(200, 201);
    }
}
