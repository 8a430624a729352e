package com.opsledger.infra.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Erasing a customer: their events stay, their personal data reads as erased everywhere, and replays agree. */
class CustomerErasureIT extends ApplicationIT {

    @Test
    void canEraseACustomerFromEventsAndReadModelsAlike() {
        StockFlows.StockSetup stock = StockFlows.stockItem(api(), "Private", "pcs", 0);
        String email = unique("gone").toLowerCase() + "@example.com";
        String customerId = OrderFlows.customer(api(), "Greta Gone", email, "silver");
        String orderId = OrderFlows.order(api(), customerId, stock.warehouseId(), stock.productId(), 2);
        assertThat(api().get("/api/v1/customers/" + customerId).body().path("email").asText()).isEqualTo(email);

        Api.Response erased = api().post("/api/v1/admin/erasures", Map.of("subjectId", customerId,
                "reason", "the customer asked to be forgotten"));
        assertThat(erased.status()).as(erased.body().toString()).isEqualTo(201);

        JsonNode customer = api().get("/api/v1/customers/" + customerId).body();
        assertThat(customer.path("name").asText()).isEqualTo("[erased]");
        assertThat(customer.path("email").asText()).isEqualTo("[erased]");
        assertThat(customer.path("tier").asText()).as("not personal").isEqualTo("silver");
        assertThat(customer.path("addresses")).isEmpty();
        assertThat(api().get("/api/v1/orders/" + orderId).body().path("deliveryAddress").isNull()).isTrue();
        assertThat(api().get("/api/v1/audit/Customer/" + customerId + "/events").body().toString())
                .doesNotContain(email).contains("[erased]");

        for (String projection : new String[]{"customers-postgres", "orders-postgres", "backorders-postgres",
                "suppliers-postgres", "purchase-orders-postgres", "invoices-postgres", "payments-postgres",
                "supplier-performance-postgres"}) {
            JsonNode report = api().post("/api/v1/admin/projections/" + projection + "/verify", Map.of()).body();
            assertThat(report.path("matches").asBoolean()).as(projection + " " + report).isTrue();
        }
    }
}
