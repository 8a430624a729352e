package com.opsledger.infra.it;

import com.fasterxml.jackson.databind.JsonNode;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.opsledger.query.search.SearchIndexProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** While a projection is rebuilt aside, its queries keep answering with the state it had, then switch over. */
class ReplayKeepsAnsweringIT extends ApplicationIT {

    @Autowired
    ElasticsearchClient elasticsearch;

    @Autowired
    SearchIndexProperties names;

    private long tableOid() {
        return jdbc.queryForObject("select 'stock_item_view'::regclass::oid", Long.class);
    }

    private Set<String> searchIndices() throws IOException {
        return elasticsearch.indices().getAlias(g -> g.name(names.stockAlias())).result().keySet();
    }

    @Test
    void stockItemsAndSearchKeepAnsweringDuringTheirReplays() throws InterruptedException, IOException {
        Api api = api();
        List<StockFlows.StockSetup> items = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            StockFlows.StockSetup s = StockFlows.stockItem(api, "Served", "pcs", 1);
            api.post("/api/v1/stock-items/" + s.stockItemId() + "/receipts", Map.of("quantity", 7 + i));
            items.add(s);
        }
        String item = "/api/v1/stock-items/" + items.get(0).stockItemId();
        String search = "/api/v1/search?q=" + items.get(1).sku();
        JsonNode view = api.get(item).body();
        long total = api.get("/api/v1/stock-items?size=1").body().path("totalElements").asLong();
        Eventually.get(api, search, body -> body.path("total").asLong() >= 1);

        long tableBefore = tableOid();
        Set<String> indicesBefore = searchIndices();
        AtomicBoolean polling = new AtomicBoolean(true);
        AtomicInteger answers = new AtomicInteger();
        List<String> wrong = Collections.synchronizedList(new ArrayList<>());
        Thread poller = new Thread(() -> {
            Api client = api();
            while (polling.get()) {
                Api.Response one = client.get(item);
                if (one.status() != 200 || !one.body().equals(view)) {
                    wrong.add("item: " + one.status() + " " + one.body());
                }
                long listed = client.get("/api/v1/stock-items?size=1").body().path("totalElements").asLong();
                if (listed < total) {
                    wrong.add("list: " + listed + " < " + total);
                }
                Api.Response found = client.get(search);
                if (found.status() != 200 || found.body().path("total").asLong() < 1) {
                    wrong.add("search: " + found.status() + " " + found.body());
                }
                answers.incrementAndGet();
            }
        });
        poller.start();
        try {
            assertThat(api.post("/api/v1/admin/projections/stock-items-postgres/replay", Map.of()).status())
                    .isEqualTo(202);
            assertThat(api.post("/api/v1/admin/projections/stock-search-elastic/replay", Map.of()).status())
                    .isEqualTo(202);
            Eventually.get(api, "/api/v1/admin/projections", list -> UpcasterIT.caughtUp(list, "stock-items-postgres")
                    && UpcasterIT.caughtUp(list, "stock-search-elastic"));
        } finally {
            polling.set(false);
            poller.join(30_000);
        }
        assertThat(answers.get()).isPositive();
        assertThat(wrong).isEmpty();
        // built aside and switched in: another table, another index behind the alias
        assertThat(tableOid()).isNotEqualTo(tableBefore);
        assertThat(searchIndices()).hasSize(1).doesNotContainAnyElementsOf(indicesBefore);
        assertThat(jdbc.queryForObject("select count(*) from pg_namespace where nspname like 'replay\\_%'",
                Long.class)).isZero();

        // after the switch-over the rebuilt copies serve, and follow new events
        assertThat(api.get(item).body()).isEqualTo(view);
        assertThat(api.post(item + "/receipts", Map.of("quantity", 1)).status()).isEqualTo(200);
        assertThat(api.get(item).body().path("onHand").asInt()).isEqualTo(8);
        Eventually.get(api, search, body -> body.path("total").asLong() >= 1);
        assertThat(api.post("/api/v1/admin/projections/stock-items-postgres/verify", Map.of()).body()
                .path("matches").asBoolean()).isTrue();
    }
}
