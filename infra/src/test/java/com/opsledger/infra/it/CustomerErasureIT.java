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

    @Test
    void canLeaveNoPlaintextOfAnErasedCustomerOrTheirPortalUser() {
        StockFlows.StockSetup stock = StockFlows.stockItem(api(), "Traced", "pcs", 0);
        String email = unique("traced").toLowerCase() + "@example.com";
        String customerId = OrderFlows.customer(api(), "Tess Traced", email, "standard");
        OrderFlows.order(api(), customerId, stock.warehouseId(), stock.productId(), 3);
        Accounts.Account portal = Accounts.create(api(), "customer-portal", customerId, null);
        Api portalApi = api().withToken(api().login(portal.username(), portal.password(), null).body()
                .path("accessToken").asText());
        assertThat(portalApi.get("/api/v1/orders").status()).isEqualTo(200);
        Eventually.get(api(), "/api/v1/notifications?customerId=" + customerId,
                n -> n.path("content").toString().contains(email));
        Eventually.get(api(), "/api/v1/admin/sessions?userId=" + portal.id(),
                sessions -> sessions.toString().contains("127.0.0.1"));
        assertThat(metadataOf(portal.id())).contains("127.0.0.1");

        Api.Response erased = api().post("/api/v1/admin/erasures", Map.of("subjectId", customerId,
                "reason", "the customer asked to be forgotten"));
        assertThat(erased.status()).as(erased.body().toString()).isEqualTo(201);

        Eventually.get(api(), "/api/v1/admin/users/" + portal.id(),
                user -> user.path("status").asText().equals("disabled"));
        assertThat(portalApi.get("/api/v1/orders").status()).as("the sessions ended").isEqualTo(401);
        assertThat(api().login(portal.username(), portal.password(), null).status()).isEqualTo(401);
        JsonNode user = api().get("/api/v1/admin/users/" + portal.id()).body();
        assertThat(user.toString()).doesNotContain(portal.username() + "@example.com");
        assertThat(user.path("email").asText()).isEqualTo("[erased]");

        Eventually.get(api(), "/api/v1/notifications?customerId=" + customerId,
                n -> n.path("content").size() > 0 && !n.toString().contains(email));
        assertThat(jdbc.queryForList("select coalesce(recipient, '') || ' ' || coalesce(detail, '') || ' ' || body "
                + "from notification_view where customer_id = ?", String.class, customerId).toString())
                .doesNotContain(email);
        assertThat(metadataOf(portal.id())).doesNotContain("127.0.0.1").doesNotContain("Java-http-client")
                .contains("[erased]");
        assertThat(jdbc.queryForList("select convert_from(payload, 'UTF8') from domain_event_entry "
                + "where aggregate_identifier = ?", String.class, portal.id()).toString())
                .doesNotContain("127.0.0.1").doesNotContain(portal.username() + "@example.com");
        Eventually.get(api(), "/api/v1/admin/sessions?userId=" + portal.id(),
                sessions -> !sessions.toString().contains("127.0.0.1"));
        Eventually.get(api(), "/api/v1/admin/security-events?userId=" + portal.id(),
                events -> events.path("content").size() > 0 && !events.toString().contains("127.0.0.1"));
        JsonNode trail = Eventually.get(api(), "/api/v1/audit/events?user=" + portal.id(),
                t -> t.path("content").size() > 0 && !t.toString().contains("127.0.0.1"));
        assertThat(trail.toString()).doesNotContain("Java-http-client");
        assertThat(jdbc.queryForList("select coalesce(client_ip, '') from security_event where user_id = ? "
                + "union all select coalesce(client_ip, '') from auth_session where user_id = ? "
                + "union all select coalesce(client_ip, '') from audit_event where user_id = ?", String.class,
                portal.id(), portal.id(), portal.id())).doesNotContain("127.0.0.1");
    }

    /** The metadata of what the user did (the admin who created them acted from the same address). */
    private String metadataOf(String userId) {
        return jdbc.queryForList("select convert_from(meta_data, 'UTF8') from domain_event_entry "
                + "where convert_from(meta_data, 'UTF8')::jsonb ->> 'userId' = ?", String.class, userId).toString();
    }
}
