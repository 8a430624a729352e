package com.opsledger.infra.it;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The headers and refusals every endpoint shares, whatever it does: correlation, read models, versions, ids. */
class ResponseHeadersIT extends ApplicationIT {

    private static final Map<String, String> STORY = Map.of("X-Correlation-Id", "headers-story-1");

    @Test
    void canEchoTheCorrelationIdAndTheReadModelsEvenWhenTheAnswerHasNoBody() {
        Api.Response login = api().login(Api.ADMIN, Api.adminPassword(), null);
        assertThat(login.header("X-Read-Models")).isEqualTo("current");
        assertThat(login.header("X-Correlation-Id")).isNotBlank();

        Api.Response logout = api().withToken(login.body().path("accessToken").asText())
                .post("/api/v1/auth/logout", Map.of(), STORY);
        assertThat(logout.status()).isEqualTo(204);
        assertThat(logout.header("X-Correlation-Id")).isEqualTo("headers-story-1");
        assertThat(logout.header("X-Read-Models")).isEqualTo("current");
    }

    @Test
    void canEchoTheCorrelationIdOfACommandThatIsRefused() {
        StockFlows.StockSetup s = StockFlows.stockItem(api(), "Saffron", "g", 0);
        Api.Response refused = api().post("/api/v1/stock-items/" + s.stockItemId() + "/reservations",
                Map.of("quantity", 5, "reference", "r"), STORY);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.header("X-Correlation-Id")).isEqualTo("headers-story-1");
        assertThat(refused.header("X-Read-Models")).isNull();
    }

    @Test
    void canTagOnlyTheViewsThatTakeIfMatchWithTheirVersion() {
        StockFlows.StockSetup s = StockFlows.stockItem(api(), "Vanilla", "g", 0);
        api().post("/api/v1/stock-items/" + s.stockItemId() + "/receipts", Map.of("quantity", 3));
        assertThat(api().get("/api/v1/stock-items/" + s.stockItemId()).header("ETag")).isEqualTo("\"1\"");
        assertThat(api().get("/api/v1/products/" + s.productId()).header("ETag")).isNull();
    }

    @Test
    void cannotNameAMalformedIdAnywhereInAPath() {
        String stock = "/api/v1/stock-items/" + UUID.randomUUID();
        assertField(api().post(stock + "/reservations/nope/release", Map.of()), "reservationId");
        assertField(api().get(stock + "/reservations/nope"), "reservationId");
        assertField(api().post("/api/v1/orders/" + UUID.randomUUID() + "/lines/nope/cancellation", Map.of()),
                "lineId");
        assertField(api().post("/api/v1/admin/users/" + UUID.randomUUID() + "/sessions/nope/revocation", Map.of()),
                "sessionId");
        assertField(api().get("/api/v1/stock-items/nope?asOf=2100-01-01T00:00:00Z"), "id");
        assertField(api().get("/api/v1/audit/StockItem/nope/diff"), "id");
        Api.Response blank = api().get("/api/v1/stock-items/%20");
        assertField(blank, "id");
        assertThat(blank.body().path("errors").get(0).path("reason").asText()).isEqualTo("is required");
    }

    private static void assertField(Api.Response response, String field) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.body().path("errors").get(0).path("field").asText()).isEqualTo(field);
    }
}
