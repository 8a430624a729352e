package com.opsledger.infra.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.opsledger.query.backorder.BackorderSearchIndex;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.opsledger.infra.it.OrderFlows.number;
import static com.opsledger.infra.it.ProcurementFlows.ok;
import static org.assertj.core.api.Assertions.assertThat;

/** Order lines priced from the product, the order's total, and what its backorder is still worth and from whom. */
class OrderValuesIT extends ApplicationIT {

    @Autowired
    private BackorderSearchIndex searchIndex;

    @Test
    void anOrderTakesTheProductsPriceOfTheMomentAndItsBackorderIsValuedAtIt() {
        Api api = api();
        StockFlows.StockSetup stock = StockFlows.stockItem(api, "Priced", "pcs", 0);
        OrderFlows.receive(api, stock.stockItemId(), 6);
        price(api, stock.productId(), "2.5");
        String supplierId = ProcurementFlows.activeSupplier(api, unique("SUP"));
        ok(api.put("/api/v1/products/" + stock.productId() + "/preferred-supplier", Map.of("supplierId", supplierId)));
        String customerId = OrderFlows.customer(api, "Price Buyer", unique("pb").toLowerCase() + "@example.com",
                "gold");

        String orderId = OrderFlows.order(api, customerId, stock.warehouseId(), stock.productId(), 10);
        JsonNode order = Eventually.get(api, "/api/v1/orders/" + orderId,
                o -> o.path("status").asText().equals("backordered"));
        JsonNode line = order.path("lines").get(0);
        assertThat(number(line, "unitPrice")).isEqualByComparingTo("2.5");
        assertThat(number(line, "value")).isEqualByComparingTo("25");
        assertThat(number(order, "total")).isEqualByComparingTo("25.00");
        assertThat(order.path("currency").asText()).isEqualTo("EUR");

        String backorderId = line.path("backorderId").asText();
        JsonNode backorder = Eventually.get(api, "/api/v1/backorders/" + backorderId, b -> true);
        assertThat(backorder.path("supplierId").asText()).isEqualTo(supplierId);
        assertThat(number(backorder, "unitPrice")).isEqualByComparingTo("2.5");
        assertThat(backorder.path("currency").asText()).isEqualTo("EUR");
        assertThat(number(backorder, "outstandingValue")).isEqualByComparingTo("10.00");
        BackorderSearchIndex.Document indexed = indexed(backorderId);
        assertThat(indexed.supplierId()).isEqualTo(supplierId);
        assertThat(indexed.outstandingValue()).isEqualByComparingTo("10");

        // a later price applies to later orders only
        price(api, stock.productId(), "3");
        String later = OrderFlows.order(api, customerId, stock.warehouseId(), stock.productId(), 2);
        JsonNode laterOrder = Eventually.get(api, "/api/v1/orders/" + later, o -> o.path("total").isNumber());
        assertThat(number(laterOrder, "total")).isEqualByComparingTo("6.00");
        assertThat(number(api.get("/api/v1/orders/" + orderId).body(), "total")).isEqualByComparingTo("25.00");

        // what arrives fills the backorder, which then owes nothing (the later order's 2 come first in line after it)
        OrderFlows.receive(api, stock.stockItemId(), 4);
        JsonNode partly = Eventually.get(api, "/api/v1/backorders/" + backorderId,
                b -> number(b, "remaining").signum() == 0 || b.path("status").asText().equals("in-progress"));
        assertThat(number(partly, "outstandingValue")).isEqualByComparingTo(
                number(partly, "remaining").multiply(new BigDecimal("2.5")));
    }

    @Test
    void onlySomeoneAllowedToPriceOrdersSetsALinesUnitPrice() {
        Api admin = api();
        StockFlows.StockSetup stock = StockFlows.stockItem(admin, "Override", "pcs", 0);
        OrderFlows.receive(admin, stock.stockItemId(), 100);
        price(admin, stock.productId(), "10");
        String customerId = OrderFlows.customer(admin, "Deal Buyer", unique("db").toLowerCase() + "@example.com",
                "standard");

        Api.Response priced = admin.post("/api/v1/orders", order(customerId, stock, "7.5"));
        assertThat(priced.status()).as(priced.body().toString()).isEqualTo(201);
        JsonNode order = Eventually.get(admin, "/api/v1/orders/" + priced.id(), o -> o.path("total").isNumber());
        assertThat(number(order.path("lines").get(0), "unitPrice")).isEqualByComparingTo("7.5");
        assertThat(number(order, "total")).isEqualByComparingTo("30.00");

        Api staff = Accounts.create(admin, "warehouse-staff").api(port);
        Api.Response refused = staff.post("/api/v1/orders", order(customerId, stock, "1"));
        assertThat(refused.status()).as(refused.body().toString()).isEqualTo(403);
        Api.Response listPrice = staff.post("/api/v1/orders", order(customerId, stock, null));
        assertThat(listPrice.status()).as(listPrice.body().toString()).isEqualTo(201);
        JsonNode atList = Eventually.get(admin, "/api/v1/orders/" + listPrice.id(), o -> o.path("total").isNumber());
        assertThat(number(atList, "total")).isEqualByComparingTo("40.00");

        Api.Response negative = admin.post("/api/v1/orders", order(customerId, stock, "-1"));
        assertThat(negative.status()).as(negative.body().toString()).isEqualTo(400);
    }

    private BackorderSearchIndex.Document indexed(String backorderId) {
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline) {
            var found = searchIndex.get(backorderId).filter(d -> d.outstandingValue() != null);
            if (found.isPresent()) {
                return found.get();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("backorder " + backorderId + " not indexed with its value");
    }

    private static Map<String, Object> order(String customerId, StockFlows.StockSetup stock, String unitPrice) {
        Map<String, Object> line = new LinkedHashMap<>(Map.of("productId", stock.productId(), "quantity", 4));
        if (unitPrice != null) {
            line.put("unitPrice", new BigDecimal(unitPrice));
        }
        return Map.of("customerId", customerId, "warehouseId", stock.warehouseId(), "lines", List.of(line));
    }

    private static void price(Api api, String productId, String price) {
        JsonNode product = api.get("/api/v1/products/" + productId).body();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", product.path("name").asText());
        body.put("reorderPoint", product.path("reorderPoint").decimalValue());
        body.put("leadTimeDays", product.path("leadTimeDays").asInt());
        body.put("price", new BigDecimal(price));
        body.put("cost", new BigDecimal("1"));
        body.put("currency", "EUR");
        ok(api.put("/api/v1/products/" + productId, body));
    }
}
