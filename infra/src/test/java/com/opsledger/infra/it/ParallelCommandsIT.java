package com.opsledger.infra.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fifty commands sent at the same instant to one stock item, more demand than stock: every acknowledged command is
 * stored exactly once, every refused one not at all, and no event of the stream (nor the read model) ever shows
 * negative stock. Refusals are 422 (not enough stock) or 409 (a concurrent change), never a 5xx.
 */
@Tag("reliability")
class ParallelCommandsIT extends ApplicationIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PARALLEL = 50;

    private record Sent(String kind, String key, int status, JsonNode body) {
    }

    @Test
    void losesAndDuplicatesNothingAndNeverGoesNegative() throws Exception {
        Api api = api();
        StockFlows.StockSetup s = StockFlows.stockItem(api, "Contended", "pcs", 1);
        String path = "/api/v1/stock-items/" + s.stockItemId();
        assertThat(api.post(path + "/receipts", Map.of("quantity", 5, "batch", "START")).status()).isEqualTo(200);

        // 15 receipts of 1 against 20 write-offs and 15 reservations of 1: 35 wanted, at most 20 there
        List<Function<Integer, Sent>> commands = new ArrayList<>();
        for (int i = 0; i < PARALLEL; i++) {
            String key = "C" + i;
            if (i % 10 < 3) {
                commands.add(n -> send(api, "receipt", key, path + "/receipts", Map.of("quantity", 1, "batch", key)));
            } else if (i % 10 < 7) {
                commands.add(n -> send(api, "write-off", key, path + "/write-offs", Map.of("quantity", 1, "reason", key)));
            } else {
                commands.add(n -> send(api, "reservation", key, path + "/reservations", Map.of("quantity", 1, "reference", key)));
            }
        }
        api.token();
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Sent>> futures = new ArrayList<>();
        long started = System.nanoTime();
        try {
            for (int i = 0; i < PARALLEL; i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    go.await();
                    return commands.get(n).apply(n);
                }));
            }
            go.countDown();
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(120, TimeUnit.SECONDS)).isTrue();
        }
        long elapsed = (System.nanoTime() - started) / 1_000_000;
        List<Sent> sent = new ArrayList<>();
        for (Future<Sent> future : futures) {
            sent.add(future.get());
        }

        assertThat(sent).as("answers").allMatch(a -> a.status() / 100 == 2 || a.status() == 409 || a.status() == 422,
                "2xx, 409 or 422");
        Map<String, String> acknowledged = new HashMap<>();
        sent.stream().filter(a -> a.status() / 100 == 2).forEach(a -> acknowledged.put(a.key(), a.kind()));

        Map<String, Integer> storedTimes = new ConcurrentHashMap<>();
        Map<String, String> storedKinds = new HashMap<>();
        BigDecimal onHand = BigDecimal.ZERO;
        BigDecimal reserved = BigDecimal.ZERO;
        long events = 0;
        for (Map<String, Object> row : jdbc.queryForList("select payload_type, convert_from(payload, 'UTF8') as payload"
                + " from domain_event_entry where aggregate_identifier = ? order by sequence_number", s.stockItemId())) {
            String type = row.get("payload_type").toString();
            JsonNode payload = JSON.readTree(row.get("payload").toString());
            BigDecimal quantity = payload.path("quantity").path("amount").decimalValue();
            String key = null;
            if (type.endsWith(".StockReceivedEvent")) {
                onHand = onHand.add(quantity);
                key = payload.path("lot").path("batch").asText();
                storedKinds.put(key, "receipt");
            } else if (type.endsWith(".StockWrittenOffEvent")) {
                onHand = onHand.subtract(quantity);
                key = payload.path("reason").asText();
                storedKinds.put(key, "write-off");
            } else if (type.endsWith(".StockReservedEvent")) {
                reserved = reserved.add(quantity);
                key = payload.path("reference").asText();
                storedKinds.put(key, "reservation");
            }
            if (key != null) {
                storedTimes.merge(key, 1, Integer::sum);
                events++;
                JsonNode levels = payload.path("levels");
                assertThat(levels.path("onHand").path("amount").decimalValue()).as("on hand after " + key)
                        .isEqualByComparingTo(onHand).isNotNegative();
                assertThat(levels.path("reserved").path("amount").decimalValue()).as("reserved after " + key)
                        .isEqualByComparingTo(reserved);
                assertThat(onHand.subtract(reserved)).as("available after " + key).isNotNegative();
            }
        }
        storedTimes.remove("START");
        storedKinds.remove("START");

        long duplicated = storedTimes.values().stream().filter(n -> n > 1).count();
        long lost = acknowledged.keySet().stream().filter(k -> !storedTimes.containsKey(k)).count();
        assertThat(duplicated).as("commands stored twice").isZero();
        assertThat(lost).as("acknowledged commands not stored").isZero();
        assertThat(storedKinds).as("stored commands are exactly the acknowledged ones").isEqualTo(acknowledged);

        JsonNode view = api.get(path).body();
        assertThat(view.path("onHand").decimalValue()).isEqualByComparingTo(onHand);
        assertThat(view.path("reserved").decimalValue()).isEqualByComparingTo(reserved);
        assertThat(view.path("available").decimalValue()).isEqualByComparingTo(onHand.subtract(reserved)).isNotNegative();
        assertThat(api.get(path + "/movements").body().path("totalElements").asLong())
                .as("movements: every stored command and the first receipt").isEqualTo(storedKinds.size() + 1L);
        assertThat(api.get(path + "/reservations").body().path("reservations").size())
                .as("reservations").isEqualTo((int) storedKinds.values().stream().filter(k -> k.equals("reservation")).count());
        for (String name : new String[]{"stock-items-postgres", "stock-movements-postgres", "reservations-postgres"}) {
            assertThat(api.post("/api/v1/admin/projections/" + name + "/verify", Map.of()).body().path("matches")
                    .asBoolean()).as(name).isTrue();
        }
        Map<Integer, Long> byStatus = new java.util.TreeMap<>();
        sent.forEach(a -> byStatus.merge(a.status(), 1L, Long::sum));
        System.out.printf("RELIABILITY %d parallel commands on one stock item in %d ms: answers %s; %d events stored,"
                        + " lost %d, duplicated %d; final on hand %s, reserved %s, available %s%n", PARALLEL, elapsed,
                byStatus, events, lost, duplicated, onHand, reserved, onHand.subtract(reserved));
    }

    private static Sent send(Api api, String kind, String key, String path, Map<String, Object> body) {
        Api.Response response = api.post(path, body);
        return new Sent(kind, key, response.status(), response.body());
    }
}
