package com.opsledger.infra.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

class SearchIT extends ApplicationIT {

    private static Predicate<JsonNode> hasStockItem(String stockItemId) {
        return body -> {
            for (JsonNode hit : body.path("hits")) {
                if (hit.path("kind").asText().equals("stockItem") && hit.path("id").asText().equals(stockItemId)) {
                    return true;
                }
            }
            return false;
        };
    }

    @Test
    void canFindStockBySkuNamePrefixAndWarehouse() {
        Api api = api();
        String word = "Zanzibar" + Long.toString(System.nanoTime(), 36);
        StockFlows.StockSetup s = StockFlows.stockItem(api, word + " clove", "kg", 0);
        api.post("/api/v1/stock-items/" + s.stockItemId() + "/receipts", Map.of("quantity", 3.5));

        JsonNode bySku = Eventually.get(api, "/api/v1/search?q=" + s.sku().toLowerCase(), hasStockItem(s.stockItemId()));
        assertThat(bySku.path("hits").get(0).path("sku").asText()).isEqualTo(s.sku());

        JsonNode byPrefix = Eventually.get(api, "/api/v1/search?q=" + word.substring(0, word.length() - 2).toLowerCase()
                + "&kind=stockItem", hasStockItem(s.stockItemId()));
        assertThat(byPrefix.path("hits")).allSatisfy(hit -> assertThat(hit.path("kind").asText()).isEqualTo("stockItem"));

        JsonNode byWarehouse = Eventually.get(api, "/api/v1/search?q=" + s.code(), hasStockItem(s.stockItemId()));
        JsonNode hit = null;
        for (JsonNode candidate : byWarehouse.path("hits")) {
            if (candidate.path("id").asText().equals(s.stockItemId())) {
                hit = candidate;
            }
        }
        assertThat(hit).isNotNull();
        assertThat(hit.path("warehouseCode").asText()).isEqualTo(s.code());
        Eventually.get(api, "/api/v1/search?q=" + s.sku() + "&kind=stockItem",
                body -> body.path("hits").size() > 0 && body.path("hits").get(0).path("onHand").asDouble() == 3.5);
    }

    @Test
    void cannotSearchWithoutAQuery() {
        Api.Response response = api().get("/api/v1/search?q=");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().path("errors").get(0).path("field").asText()).isEqualTo("q");
    }
}
