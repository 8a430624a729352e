package com.opsledger.infra.web;

import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.Map;

/**
 * Examples of the request bodies a portal developer starts with: signing in, the reference data, a stock item, a
 * receipt, a purchase order and a customer order. Each must satisfy its schema (Spectral checks it).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiExamples {

    private static final String PRODUCT = "0b9c6f53-5a8e-4f3e-9d43-6b1f0b8e2a11";
    private static final String WAREHOUSE = "5d2f3c1a-8e47-4b6a-a0f2-3c9e7d1b4a22";

    static final Map<String, Object> EXAMPLES = Map.of(
            "LoginRequest", Map.of("username", "j.smith", "password", "a long and private pass phrase"),
            "CreateWarehouseRequest", Map.of("code", "WH-NORTH", "name", "North distribution centre",
                    "latitude", 53.4808, "longitude", -2.2426),
            "CreateProductRequest", Map.of("sku", "FLOUR-25KG", "name", "Wheat flour, 25 kg sack", "unit", "pcs",
                    "reorderPoint", 40, "leadTimeDays", 5, "category", "Dry goods", "perishable", true,
                    "shelfLifeDays", 270),
            "OpenStockItemRequest", Map.of("productId", PRODUCT, "warehouseId", WAREHOUSE),
            "StockItemReceiptRequest", Map.of("quantity", 120, "batch", "LOT-2026-48", "expiryDate", "2027-08-31"),
            "CreatePurchaseOrderRequest", Map.of("supplierId", "9a7e4c2b-1d3f-4e5a-8b6c-7d9e0f1a2b33",
                    "warehouseId", WAREHOUSE, "currency", "EUR", "expectedDate", "2026-12-15",
                    "lines", List.of(Map.of("productId", PRODUCT, "quantity", 200, "unitPrice", 11.5))),
            "OrderRequest", Map.of("customerId", "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e44", "warehouseId", WAREHOUSE,
                    "lines", List.of(Map.of("productId", PRODUCT, "quantity", 12)),
                    "requestedDate", "2026-12-10"));

    @Bean
    OpenApiCustomizer requestExamples() {
        return openApi -> {
            if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
                return;
            }
            EXAMPLES.forEach((name, example) -> {
                Schema<?> schema = openApi.getComponents().getSchemas().get(name);
                if (schema != null) {
                    schema.setExample(example);
                }
            });
        };
    }
}
