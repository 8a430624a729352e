package com.opsledger.infra.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.opsledger.command.lookup.ProductFacts;
import com.opsledger.kernel.common.Money;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import static com.opsledger.infra.it.ProcurementFlows.ok;
import static org.assertj.core.api.Assertions.assertThat;

/** A product's handling details, weight, price and cost: asked for, shown, replaced, audited and consulted. */
class ProductDetailsIT extends ApplicationIT {

    @Autowired
    private ProductFacts facts;

    @Test
    void canGiveAProductHandlingWeightPriceAndCostAndReplaceThem() {
        Api api = api();
        Map<String, Object> body = product("Chilled milk");
        body.put("perishable", true);
        body.put("shelfLifeDays", 10);
        body.put("storageTemperatureMinC", 2);
        body.put("storageTemperatureMaxC", 7.5);
        body.put("inspection", "on-receipt-and-dispatch");
        body.put("weightKg", 1.03);
        body.put("price", 1.49);
        body.put("cost", 0.8125);
        body.put("currency", "eur");
        Api.Response created = api.post("/api/v1/products", body);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String path = "/api/v1/products/" + created.id();

        JsonNode view = api.get(path).body();
        assertThat(view.path("perishable").asBoolean()).isTrue();
        assertThat(view.path("shelfLifeDays").asInt()).isEqualTo(10);
        assertThat(view.path("storageTemperatureMinC").decimalValue()).isEqualByComparingTo("2");
        assertThat(view.path("storageTemperatureMaxC").decimalValue()).isEqualByComparingTo("7.5");
        assertThat(view.path("inspection").asText()).isEqualTo("on-receipt-and-dispatch");
        assertThat(view.path("weightKg").decimalValue()).isEqualByComparingTo("1.03");
        assertThat(view.path("price").decimalValue()).isEqualByComparingTo("1.49");
        assertThat(view.path("cost").decimalValue()).isEqualByComparingTo("0.8125");
        assertThat(view.path("currency").asText()).isEqualTo("EUR");

        ProductFacts.Facts consulted = facts.of(created.id()).orElseThrow();
        assertThat(consulted.perishable()).isTrue();
        assertThat(consulted.shelfLifeDays()).isEqualTo(10);
        assertThat(consulted.inspection()).isEqualTo("on-receipt-and-dispatch");
        assertThat(consulted.weightKg()).isEqualByComparingTo("1.03");
        assertThat(consulted.price()).isEqualTo(Money.of(new BigDecimal("1.49"), "EUR"));
        assertThat(consulted.cost()).isEqualTo(Money.of(new BigDecimal("0.8125"), "EUR"));

        // an update replaces every detail: what it leaves out is cleared
        Map<String, Object> update = new LinkedHashMap<>(Map.of("name", "Chilled milk 1 l", "reorderPoint", 10,
                "leadTimeDays", 2, "price", 1.59, "currency", "EUR"));
        ok(api.put(path, update));
        JsonNode changed = api.get(path).body();
        assertThat(changed.path("price").decimalValue()).isEqualByComparingTo("1.59");
        assertThat(changed.path("cost").isNull()).isTrue();
        assertThat(changed.path("perishable").asBoolean(true)).isFalse();
        assertThat(changed.path("shelfLifeDays").isNull()).isTrue();
        assertThat(changed.path("inspection").asText()).isEqualTo("none");
        ProductFacts.Facts after = facts.of(created.id()).orElseThrow();
        assertThat(after.price()).isEqualTo(Money.of(new BigDecimal("1.59"), "EUR"));
        assertThat(after.cost()).isNull();
        assertThat(after.perishable()).isFalse();

        // the audit trail and the product as it was hold the former details
        JsonNode history = api.get("/api/v1/audit/products/" + created.id() + "/events").body();
        assertThat(history.get(0).path("revision").asText()).isEqualTo("3");
        assertThat(history.get(0).path("payload").path("attributes").path("cost").path("amount").decimalValue())
                .isEqualByComparingTo("0.8125");
        assertThat(facts.of("no-such-product")).isEmpty();
    }

    @Test
    void cannotGiveAProductDetailsOutOfBounds() {
        Api api = api();
        assertRefused(api, with("shelfLifeDays", 0), "shelfLifeDays");
        assertRefused(api, with("storageTemperatureMinC", -273), "storageTemperatureMinC");
        Map<String, Object> inverted = with("storageTemperatureMinC", 8);
        inverted.put("storageTemperatureMaxC", 2);
        assertRefused(api, inverted, "storageTemperatureMaxC");
        assertRefused(api, with("inspection", "sometimes"), "inspection");
        assertRefused(api, with("weightKg", 0), "weightKg");
        assertRefused(api, with("price", 3), "currency");
        Map<String, Object> negative = with("cost", -1);
        negative.put("currency", "EUR");
        assertRefused(api, negative, "cost");
        Map<String, Object> unknown = with("price", 1);
        unknown.put("currency", "ABC");
        assertRefused(api, unknown, "currency");
        assertRefused(api, with("perishable", "maybe"), "perishable");
    }

    private static void assertRefused(Api api, Map<String, Object> body, String field) {
        Api.Response refused = api.post("/api/v1/products", body);
        assertThat(refused.status()).as(refused.body().toString()).isEqualTo(400);
        assertThat(refused.body().path("errors").get(0).path("field").asText()).as(refused.body().toString())
                .isEqualTo(field);
    }

    private static Map<String, Object> with(String field, Object value) {
        Map<String, Object> body = product("Bounded");
        body.put(field, value);
        return body;
    }

    private static Map<String, Object> product(String name) {
        String sku = unique("DET");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sku", sku);
        body.put("name", name + " " + sku);
        body.put("unit", "pcs");
        body.put("reorderPoint", 5);
        body.put("leadTimeDays", 2);
        return body;
    }
}
