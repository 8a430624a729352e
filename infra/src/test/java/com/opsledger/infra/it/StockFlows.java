package com.opsledger.infra.it;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The common first steps of stock scenarios: a product, a warehouse and their stock item, created over HTTP. */
final class StockFlows {

    record StockSetup(String productId, String warehouseId, String stockItemId, String sku, String code) {
    }

    private StockFlows() {
    }

    static String product(Api api, String sku, String name, String unit, Object reorderPoint) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sku", sku);
        body.put("name", name);
        body.put("unit", unit);
        body.put("reorderPoint", reorderPoint);
        body.put("leadTimeDays", 5);
        Api.Response created = api.post("/api/v1/products", body);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.id();
    }

    static String warehouse(Api api, String code, String name) {
        Api.Response created = api.post("/api/v1/warehouses", Map.of("code", code, "name", name));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.id();
    }

    static StockSetup stockItem(Api api, String namePrefix, String unit, Object reorderPoint) {
        String sku = ApplicationIT.unique("SKU");
        String code = ApplicationIT.unique("WH");
        String productId = product(api, sku, namePrefix + " " + sku, unit, reorderPoint);
        String warehouseId = warehouse(api, code, "Warehouse " + code);
        Api.Response opened = api.post("/api/v1/stock-items", Map.of("productId", productId, "warehouseId", warehouseId));
        assertThat(opened.status()).as(opened.body().toString()).isEqualTo(201);
        return new StockSetup(productId, warehouseId, opened.id(), sku, code);
    }
}
