package com.opsledger.infra.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stocktake over HTTP: stock moves while it is counted and after a count, yet exactly the true variances are
 * posted; a blind count shows a counter no expected quantity; the views, the audit trail and asOf agree.
 */
class StocktakeStoryIT extends ApplicationIT {

    @Test
    void canPostExactlyTheTrueVariancesOfABlindStocktakeWithMovementsDuringTheCount() throws Exception {
        Api admin = api();
        Api counter = Accounts.create(admin, "warehouse-staff").api(port);
        Api manager = Accounts.create(admin, "manager").api(port);
        StockFlows.StockSetup flour = StockFlows.stockItem(admin, "Counted flour", "kg", 1);
        String sugarProduct = StockFlows.product(admin, ApplicationIT.unique("SKU"), "Counted sugar", "kg", 1);
        String sugar = admin.post("/api/v1/stock-items", Map.of("productId", sugarProduct,
                "warehouseId", flour.warehouseId())).id();
        String flourPath = "/api/v1/stock-items/" + flour.stockItemId();
        String sugarPath = "/api/v1/stock-items/" + sugar;
        ok(admin.post(flourPath + "/receipts", Map.of("quantity", 50, "batch", "F-EARLY", "expiryDate", "2031-01-31")));
        ok(admin.post(flourPath + "/receipts", Map.of("quantity", 20, "batch", "F-LATE", "expiryDate", "2032-01-31")));
        ok(admin.post(sugarPath + "/receipts", Map.of("quantity", 30)));

        Api.Response started = counter.post("/api/v1/stocktakes", Map.of("warehouseId", flour.warehouseId(),
                "scope", Map.of("all", true), "blind", true));
        assertThat(started.status()).as(started.body().toString()).isEqualTo(201);
        String path = "/api/v1/stocktakes/" + started.id();
        assertThat(started.header("Location")).isEqualTo(path);

        JsonNode blindView = counter.get(path).body();
        assertThat(blindView.path("number").asText()).matches("ST-\\d{6}");
        assertThat(blindView.path("status").asText()).isEqualTo("counting");
        assertThat(blindView.path("items")).hasSize(2);
        for (JsonNode item : blindView.path("items")) {
            assertThat(item.path("onHandAtStart").isNull()).as("a counter sees no expected quantity").isTrue();
            item.path("batchesAtStart").forEach(b -> assertThat(b.path("quantity").isNull()).isTrue());
        }
        JsonNode managersView = manager.get(path).body();
        assertThat(onHandAtStart(managersView, flour.stockItemId())).isEqualByComparingTo("70");
        assertThat(onHandAtStart(managersView, sugar)).isEqualByComparingTo("30");

        // while counting: 5 kg of the early flour written off, 10 kg of sugar received
        ok(admin.post(flourPath + "/write-offs", Map.of("quantity", 5, "reason", "torn bag", "batch", "F-EARLY")));
        ok(admin.post(sugarPath + "/receipts", Map.of("quantity", 10)));

        List<Map<String, Object>> counts = new ArrayList<>();
        counts.add(count(flour.stockItemId(), "F-EARLY", 44));
        counts.add(count(flour.stockItemId(), "F-LATE", 20));
        counts.add(count(sugar, null, 38));
        ok(counter.post(path + "/counts", counts));
        ok(counter.post(path + "/counts", List.of(count(sugar, null, 41))));
        // after sugar was counted: 2 kg issued, which its count could not see and its variance must not take in
        ok(admin.post(sugarPath + "/write-offs", Map.of("quantity", 2, "reason", "sample")));

        JsonNode counted = counter.get(path).body();
        assertThat(counted.path("counts")).hasSize(4);
        for (JsonNode count : counted.path("counts")) {
            assertThat(count.path("expectedAtStart").isNull()).isTrue();
            assertThat(count.path("expected").isNull()).isTrue();
        }
        JsonNode history = manager.get(path).body().path("counts");
        assertThat(history.get(2).path("counted").decimalValue()).isEqualByComparingTo("38");
        assertThat(history.get(2).path("current").asBoolean()).as("replaced by the recount").isFalse();
        assertThat(history.get(3).path("counted").decimalValue()).isEqualByComparingTo("41");
        assertThat(history.get(3).path("current").asBoolean()).isTrue();
        assertThat(history.get(3).path("movementsSince").decimalValue()).isEqualByComparingTo("10");

        assertThat(counter.post(path + "/counts", List.of(count(flour.stockItemId(), null, 64))).status())
                .as("one item is counted by batch or as a whole, not both").isEqualTo(422);
        assertThat(counter.post(path + "/counts", List.of(Map.of("stockItemId", "nope", "quantity", 1))).status())
                .isEqualTo(400);
        assertThat(counter.post(path + "/counts", List.of(count(flour.stockItemId(), "F-LATE", -1))).status())
                .isEqualTo(400);

        ok(counter.post(path + "/completion", Map.of()));

        JsonNode variances = manager.get(path + "/variances").body();
        assertThat(variances).hasSize(3);
        JsonNode early = variance(variances, flour.stockItemId(), "F-EARLY");
        assertThat(early.path("productId").asText()).isEqualTo(flour.productId());
        assertThat(early.path("expectedAtStart").decimalValue()).isEqualByComparingTo("50");
        assertThat(early.path("movementsSince").decimalValue()).isEqualByComparingTo("-5");
        assertThat(early.path("expected").decimalValue()).isEqualByComparingTo("45");
        assertThat(early.path("counted").decimalValue()).isEqualByComparingTo("44");
        assertThat(early.path("variance").decimalValue()).isEqualByComparingTo("-1");
        assertThat(early.path("value").isNull()).as("flour was never bought: no value").isTrue();
        assertThat(variance(variances, flour.stockItemId(), "F-LATE").path("variance").decimalValue())
                .isEqualByComparingTo("0");
        JsonNode sugarVariance = variance(variances, sugar, null);
        assertThat(sugarVariance.path("expected").decimalValue()).isEqualByComparingTo("40");
        assertThat(sugarVariance.path("variance").decimalValue()).isEqualByComparingTo("1");
        for (JsonNode blind : counter.get(path + "/variances").body()) {
            assertThat(blind.path("variance").isNull()).as("a counter sees no variance of a blind count").isTrue();
            assertThat(blind.path("counted").isNull()).isFalse();
        }

        JsonNode approved = manager.get(path).body();
        assertThat(approved.path("status").asText()).as("within the limits: posted at once").isEqualTo("approved");
        String reason = "stocktake " + approved.path("number").asText();
        Eventually.get(admin, flourPath, item -> item.path("onHand").decimalValue().compareTo(
                new java.math.BigDecimal("64")) == 0);
        JsonNode flourNow = admin.get(flourPath).body();
        assertThat(batch(flourNow, "F-EARLY")).isEqualByComparingTo("44");
        assertThat(batch(flourNow, "F-LATE")).isEqualByComparingTo("20");
        Eventually.get(admin, sugarPath, item -> item.path("onHand").decimalValue().compareTo(
                new java.math.BigDecimal("39")) == 0);
        List<JsonNode> adjustments = new ArrayList<>();
        for (String itemPath : List.of(flourPath, sugarPath)) {
            for (JsonNode movement : admin.get(itemPath + "/movements").body().path("content")) {
                if (movement.path("type").asText().equals("adjusted")) {
                    adjustments.add(movement);
                }
            }
        }
        assertThat(adjustments).as("one adjustment per non-zero variance").hasSize(2);
        assertThat(adjustments).allSatisfy(a -> assertThat(a.path("reason").asText()).isEqualTo(reason));
        assertThat(adjustments.get(0).path("quantity").decimalValue()).isEqualByComparingTo("-1");
        assertThat(adjustments.get(1).path("quantity").decimalValue()).isEqualByComparingTo("1");

        // the audit trail: the stocktake started after the receipts and before the movements during the count
        JsonNode trail = admin.get("/api/v1/audit/stocktakes/" + started.id() + "/events").body();
        assertThat(texts(trail, "eventType")).containsExactly("StocktakeStartedEvent", "StockCountsRecordedEvent",
                "StockCountsRecordedEvent", "StocktakeCompletedEvent", "StocktakeApprovedEvent");
        long startPosition = approved.path("startPosition").asLong();
        JsonNode flourTrail = admin.get("/api/v1/audit/stock-items/" + flour.stockItemId() + "/events").body();
        assertThat(flourTrail.get(2).path("eventType").asText()).isEqualTo("StockReceivedEvent");
        assertThat(flourTrail.get(2).path("globalIndex").asLong()).isLessThanOrEqualTo(startPosition);
        assertThat(flourTrail.get(3).path("eventType").asText()).isEqualTo("StockWrittenOffEvent");
        assertThat(flourTrail.get(3).path("globalIndex").asLong()).isGreaterThan(startPosition);

        // asOf: now, the record rebuilt from its events is the view; before the completion, it was counting
        Thread.sleep(5);
        JsonNode now = admin.get(path + "?asOf=" + Instant.now()).body();
        assertThat(now.path("state")).isEqualTo(admin.get(path).body());
        Instant countedAt = Instant.parse(trail.get(2).path("timestamp").asText());
        JsonNode whileCounting = admin.get(path + "?asOf=" + countedAt).body().path("state");
        assertThat(whileCounting.path("status").asText()).isEqualTo("counting");
        assertThat(whileCounting.path("counts")).hasSize(4);
        assertThat(whileCounting.path("variances")).isEmpty();
    }

    @Test
    void canHoldAVarianceBeyondTheLimitsForAManagersApproval() {
        Api admin = api();
        Api counter = Accounts.create(admin, "warehouse-staff").api(port);
        Api manager = Accounts.create(admin, "manager").api(port);
        StockFlows.StockSetup oil = StockFlows.stockItem(admin, "Counted oil", "l", 1);
        String oilPath = "/api/v1/stock-items/" + oil.stockItemId();
        ok(admin.post(oilPath + "/receipts", Map.of("quantity", 40)));

        Api.Response started = counter.post("/api/v1/stocktakes", Map.of("warehouseId", oil.warehouseId(),
                "scope", Map.of("productIds", List.of(oil.productId())), "blind", false));
        assertThat(started.status()).as(started.body().toString()).isEqualTo(201);
        String path = "/api/v1/stocktakes/" + started.id();
        assertThat(counter.get(path).body().path("items").get(0).path("onHandAtStart").decimalValue())
                .as("an open count shows what is expected").isEqualByComparingTo("40");
        assertThat(counter.post(path + "/completion", Map.of()).status()).as("nothing counted yet").isEqualTo(422);
        ok(counter.post(path + "/counts", List.of(count(oil.stockItemId(), null, 25))));
        ok(counter.post(path + "/completion", Map.of()));

        JsonNode awaiting = manager.get(path).body();
        assertThat(awaiting.path("status").asText()).isEqualTo("awaiting-approval");
        assertThat(awaiting.path("variances").get(0).path("beyondLimits").asBoolean()).isTrue();
        assertThat(admin.get(oilPath).body().path("onHand").decimalValue()).as("nothing posted before approval")
                .isEqualByComparingTo("40");
        assertThat(counter.post(path + "/approval", Map.of()).status()).isEqualTo(403);
        assertThat(counter.post(path + "/counts", List.of(count(oil.stockItemId(), null, 26))).status())
                .isEqualTo(422);

        ok(manager.post(path + "/approval", Map.of()));
        JsonNode approved = manager.get(path).body();
        assertThat(approved.path("status").asText()).isEqualTo("approved");
        assertThat(approved.path("approvedBy").asText()).isNotBlank();
        assertThat(manager.post(path + "/approval", Map.of()).status()).isEqualTo(422);
        Eventually.get(admin, oilPath, item -> item.path("onHand").decimalValue().compareTo(
                new java.math.BigDecimal("25")) == 0);

        JsonNode listed = manager.get("/api/v1/stocktakes?status=approved&warehouseId=" + oil.warehouseId()).body();
        assertThat(listed.path("content")).hasSize(1);
        assertThat(listed.path("content").get(0).path("id").asText()).isEqualTo(started.id());
        assertThat(manager.get("/api/v1/stocktakes?status=lost").status()).isEqualTo(400);
        assertThat(counter.post("/api/v1/stocktakes", Map.of("warehouseId", oil.warehouseId(),
                "scope", Map.of("all", true, "category", "Oils"), "blind", false)).status()).isEqualTo(400);
        assertThat(counter.post("/api/v1/stocktakes", Map.of("warehouseId", java.util.UUID.randomUUID().toString(),
                "scope", Map.of("all", true), "blind", false)).status()).isEqualTo(404);
    }

    @Test
    void canListBatchesNearingExpiryAndValueVariancesAtTheLastPurchasePrice() {
        Api admin = api();
        StockFlows.StockSetup milk = StockFlows.stockItem(admin, "Expiring milk", "l", 1);
        String supplier = ProcurementFlows.activeSupplier(admin, ApplicationIT.unique("SUP"));
        String order = ProcurementFlows.order(admin, supplier, milk.warehouseId(),
                List.of(ProcurementFlows.line(milk.productId(), 10, 4.5)));
        String orderPath = "/api/v1/purchase-orders/" + order;
        ok(admin.post(orderPath + "/submission", Map.of()));
        ok(admin.post(orderPath + "/sending", Map.of()));
        java.time.LocalDate soon = java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(3);
        java.time.LocalDate later = soon.plusDays(60);
        ok(admin.post(orderPath + "/receipts", Map.of("lines", List.of(Map.of("lineId", "1", "quantity", 6,
                "batch", "M-SOON", "expiryDate", soon.toString())))));
        ok(admin.post(orderPath + "/receipts", Map.of("lines", List.of(Map.of("lineId", "1", "quantity", 4,
                "batch", "M-LATER", "expiryDate", later.toString())))));
        String milkPath = "/api/v1/stock-items/" + milk.stockItemId();
        Eventually.get(admin, milkPath, item -> item.path("onHand").decimalValue().compareTo(
                java.math.BigDecimal.TEN) == 0);

        JsonNode report = admin.get("/api/v1/reports/expiring?withinDays=7&warehouseId=" + milk.warehouseId()).body();
        assertThat(report.path("withinDays").asInt()).isEqualTo(7);
        assertThat(report.path("batches")).as(report.toString()).hasSize(1);
        JsonNode soonest = report.path("batches").get(0);
        assertThat(soonest.path("batch").asText()).isEqualTo("M-SOON");
        assertThat(soonest.path("expiryDate").asText()).isEqualTo(soon.toString());
        assertThat(soonest.path("daysLeft").asLong()).isEqualTo(3);
        assertThat(soonest.path("quantity").decimalValue()).isEqualByComparingTo("6");
        assertThat(soonest.path("value").decimalValue()).isEqualByComparingTo("27");
        assertThat(soonest.path("currency").asText()).isEqualTo("EUR");
        assertThat(report.path("totalValue").path("EUR").decimalValue()).isEqualByComparingTo("27");
        JsonNode wider = admin.get("/api/v1/reports/expiring?withinDays=90&warehouseId=" + milk.warehouseId()).body();
        assertThat(wider.path("batches")).hasSize(2);
        assertThat(admin.get("/api/v1/reports/expiring?withinDays=-1").status()).isEqualTo(400);
        Api counter = Accounts.create(admin, "warehouse-staff").api(port);
        assertThat(counter.get("/api/v1/reports/expiring").status()).as("staff see what expires").isEqualTo(200);

        String stocktake = counter.post("/api/v1/stocktakes", Map.of("warehouseId", milk.warehouseId(),
                "scope", Map.of("productIds", List.of(milk.productId())), "blind", false)).id();
        String path = "/api/v1/stocktakes/" + stocktake;
        ok(counter.post(path + "/counts", List.of(count(milk.stockItemId(), "M-SOON", 5))));
        ok(counter.post(path + "/completion", Map.of()));
        JsonNode variance = counter.get(path + "/variances").body().get(0);
        assertThat(variance.path("variance").decimalValue()).isEqualByComparingTo("-1");
        assertThat(variance.path("value").decimalValue()).as("valued at the last purchase price")
                .isEqualByComparingTo("-4.5");
        assertThat(variance.path("currency").asText()).isEqualTo("EUR");
    }

    @Test
    void canListTheCycleCountsDueAndCountThemWithAStocktake() {
        Api admin = api();
        Api counter = Accounts.create(admin, "warehouse-staff").api(port);
        StockFlows.StockSetup rice = StockFlows.stockItem(admin, "Cycled rice", "kg", 1);
        String beansProduct = StockFlows.product(admin, ApplicationIT.unique("SKU"), "Cycled beans", "kg", 1);
        String beans = admin.post("/api/v1/stock-items", Map.of("productId", beansProduct,
                "warehouseId", rice.warehouseId())).id();
        ok(admin.post("/api/v1/stock-items/" + rice.stockItemId() + "/receipts", Map.of("quantity", 5)));
        String duePath = "/api/v1/cycle-counts/due?warehouseId=" + rice.warehouseId();

        JsonNode due = counter.get(duePath).body();
        assertThat(due.path("windowDays").asInt()).isEqualTo(90);
        assertThat(due.path("due")).as("never counted: due").hasSize(2);
        assertThat(due.path("due").get(0).path("cycleClass").asText()).as("nothing has a value: all C")
                .isEqualTo("C");
        assertThat(due.path("due").get(0).path("lastCountedAt").isNull()).isTrue();
        List<String> productIds = new ArrayList<>();
        due.path("productIds").forEach(id -> productIds.add(id.asText()));
        assertThat(productIds).containsExactlyInAnyOrder(rice.productId(), beansProduct);

        Api.Response started = counter.post("/api/v1/stocktakes", Map.of("warehouseId", rice.warehouseId(),
                "scope", Map.of("productIds", List.of(rice.productId())), "blind", false));
        assertThat(started.status()).as(started.body().toString()).isEqualTo(201);
        String path = "/api/v1/stocktakes/" + started.id();
        ok(counter.post(path + "/counts", List.of(count(rice.stockItemId(), null, 5))));
        ok(counter.post(path + "/completion", Map.of()));

        JsonNode after = counter.get(duePath).body();
        assertThat(after.path("due")).as("rice counted: only beans are due").hasSize(1);
        assertThat(after.path("due").get(0).path("stockItemId").asText()).isEqualTo(beans);
        assertThat(counter.get("/api/v1/cycle-counts/due").status()).isEqualTo(400);
    }

    private static Map<String, Object> count(String stockItemId, String batch, int quantity) {
        Map<String, Object> count = new LinkedHashMap<>();
        count.put("stockItemId", stockItemId);
        if (batch != null) {
            count.put("batch", batch);
        }
        count.put("quantity", quantity);
        return count;
    }

    private static void ok(Api.Response response) {
        assertThat(response.status()).as(response.body() == null ? "" : response.body().toString()).isBetween(200, 201);
    }

    private static java.math.BigDecimal onHandAtStart(JsonNode stocktake, String stockItemId) {
        for (JsonNode item : stocktake.path("items")) {
            if (item.path("stockItemId").asText().equals(stockItemId)) {
                return item.path("onHandAtStart").decimalValue();
            }
        }
        throw new AssertionError("no item " + stockItemId + " in " + stocktake);
    }

    private static JsonNode variance(JsonNode variances, String stockItemId, String batch) {
        for (JsonNode variance : variances) {
            if (variance.path("stockItemId").asText().equals(stockItemId)
                    && (batch == null ? variance.path("batch").isNull() : batch.equals(variance.path("batch").asText()))) {
                return variance;
            }
        }
        throw new AssertionError("no variance of " + stockItemId + "/" + batch + " in " + variances);
    }

    private static java.math.BigDecimal batch(JsonNode item, String batch) {
        for (JsonNode held : item.path("batches")) {
            if (batch.equals(held.path("batch").asText())) {
                return held.path("quantity").decimalValue();
            }
        }
        return java.math.BigDecimal.ZERO;
    }

    private static List<String> texts(JsonNode nodes, String field) {
        List<String> texts = new ArrayList<>();
        nodes.forEach(node -> texts.add(node.path(field).asText()));
        return texts;
    }
}
