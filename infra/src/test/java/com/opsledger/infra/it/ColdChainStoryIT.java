package com.opsledger.infra.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.opsledger.command.storagelocation.SensorSilenceCheck;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cold chain as its users live it: a manager sets up a cold room, staff's sensors report, a run out of range
 * longer than the grace opens an alert that the manager acknowledges and that resolves once the room is cold again.
 */
class ColdChainStoryIT extends ApplicationIT {

    /** Readings two months back (a partition of its own), at whole minutes. */
    private static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofDays(40));

    @Autowired
    private SensorSilenceCheck silenceCheck;

    @Test
    void canRaiseTheSilenceOfASensorAndEndItWhenTheSensorIsHeardAgain() {
        Api admin = api();
        Api manager = Accounts.create(admin, "manager").api(port);
        Api staff = Accounts.create(admin, "warehouse-staff").api(port);
        String warehouseId = StockFlows.warehouse(admin, unique("WH"), "Silent store");
        String locationId = coldRoom(manager, warehouseId, "S-1");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant lastHeard = now.minus(Duration.ofMinutes(90));
        ProcurementFlows.ok(staff.post(readings(locationId), List.of(
                Map.of("sensorId", "door", "at", now.minus(Duration.ofHours(2)).toString(), "temperatureC", 5),
                Map.of("sensorId", "door", "at", lastHeard.toString(), "temperatureC", 5),
                Map.of("sensorId", "ceiling", "at", now.minus(Duration.ofMinutes(3)).toString(), "temperatureC", 4))));
        assertThat(alerts(manager, locationId, null)).as("nothing is silent before the check").isEmpty();

        assertThat(silenceCheck.check()).isPositive();
        JsonNode silence = Eventually.get(manager, "/api/v1/temperature-alerts?storageLocationId=" + locationId,
                body -> body.path("content").size() == 1).path("content").get(0);
        assertThat(silence.path("kind").asText()).isEqualTo("silence");
        assertThat(silence.path("status").asText()).isEqualTo("open");
        assertThat(silence.path("sensorId").asText()).as("the sensor heard 3 minutes ago is not silent")
                .isEqualTo("door");
        assertThat(silence.path("startedAt").asText()).isEqualTo(lastHeard.toString());
        assertThat(silence.path("warehouseId").asText()).isEqualTo(warehouseId);
        assertThat(silence.path("endedAt").isNull()).isTrue();
        String alertId = silence.path("id").asText();

        silenceCheck.check();
        assertThat(alerts(manager, locationId, null)).as("a silent sensor raises its silence once").hasSize(1);
        // a reading from before the silence, sent late, does not end it
        ProcurementFlows.ok(staff.post(readings(locationId), List.of(Map.of("sensorId", "door",
                "at", lastHeard.plusSeconds(60).toString(), "temperatureC", 5))));
        assertThat(alerts(manager, locationId, "open")).hasSize(1);

        assertThat(staff.post("/api/v1/temperature-alerts/" + alertId + "/acknowledgement", Map.of()).status())
                .isEqualTo(403);
        ProcurementFlows.ok(manager.post("/api/v1/temperature-alerts/" + alertId + "/acknowledgement",
                Map.of("note", "battery replaced")));
        assertThat(alerts(manager, locationId, "acknowledged")).hasSize(1);

        Instant heardAgain = Instant.now().minusSeconds(30).truncatedTo(ChronoUnit.SECONDS);
        ProcurementFlows.ok(staff.post(readings(locationId), List.of(Map.of("sensorId", "door",
                "at", heardAgain.toString(), "temperatureC", 5))));
        JsonNode resolved = alerts(manager, locationId, "resolved").get(0);
        assertThat(resolved.path("id").asText()).isEqualTo(alertId);
        assertThat(resolved.path("endedAt").asText()).isEqualTo(heardAgain.toString());
        assertThat(resolved.path("note").asText()).isEqualTo("battery replaced");

        silenceCheck.check();
        assertThat(alerts(manager, locationId, null)).as("a sensor heard again is not silent").hasSize(1);
    }

    @Test
    void canRaiseAcknowledgeAndResolveATemperatureAlertFromAReadingSeries() {
        Api admin = api();
        Api manager = Accounts.create(admin, "manager").api(port);
        Api staff = Accounts.create(admin, "warehouse-staff").api(port);
        String warehouseId = StockFlows.warehouse(admin, unique("WH"), "Cold store");
        String locationId = coldRoom(manager, warehouseId, "COLD-1");

        assertThat(manager.post("/api/v1/storage-locations", location(warehouseId, "cold-1")).status())
                .as("a code is unique in its warehouse, ignoring case").isEqualTo(409);
        assertThat(staff.post("/api/v1/storage-locations", location(warehouseId, "C2")).status()).isEqualTo(403);

        // a short run out of range (9 minutes) is tolerated
        Api.Response tolerated = staff.post(readings(locationId), List.of(reading(0, 5), reading(1, 9.5),
                reading(10, 9.8), reading(11, 6)));
        assertThat(tolerated.status()).as(tolerated.body().toString()).isEqualTo(200);
        assertThat(alerts(manager, locationId, null)).isEmpty();

        // out of range from minute 20; the reading at minute 31 makes it longer than the 10 minutes of grace
        assertThat(staff.post(readings(locationId), List.of(reading(20, 8.5), reading(25, 11))).status())
                .isEqualTo(200);
        assertThat(alerts(manager, locationId, null)).isEmpty();
        assertThat(staff.post(readings(locationId), List.of(reading(31, 12.25), reading(31, 12.25))).status())
                .isEqualTo(200);
        List<JsonNode> open = alerts(manager, locationId, "open");
        assertThat(open).hasSize(1);
        JsonNode alert = open.get(0);
        String alertId = alert.path("id").asText();
        assertThat(alert.path("startedAt").asText()).isEqualTo(at(20).toString());
        assertThat(alert.path("confirmedAt").asText()).isEqualTo(at(31).toString());
        assertThat(alert.path("temperatureC").decimalValue()).isEqualByComparingTo("12.25");
        assertThat(alert.path("warehouseId").asText()).isEqualTo(warehouseId);
        assertThat(manager.get("/api/v1/storage-locations/" + locationId).body().path("openAlertId").asText())
                .isEqualTo(alertId);
        assertThat(alerts(manager, null, "open").stream().map(a -> a.path("id").asText())).contains(alertId);
        assertThat(manager.get("/api/v1/temperature-alerts?warehouseId=" + warehouseId + "&status=resolved").body()
                .path("content")).isEmpty();

        // staff may not acknowledge; the manager does, once
        assertThat(staff.post("/api/v1/temperature-alerts/" + alertId + "/acknowledgement", Map.of()).status())
                .isEqualTo(403);
        Api.Response acknowledged = manager.post("/api/v1/temperature-alerts/" + alertId + "/acknowledgement",
                Map.of("note", "door left open"));
        assertThat(acknowledged.status()).as(acknowledged.body().toString()).isEqualTo(200);
        assertThat(manager.post("/api/v1/temperature-alerts/" + alertId + "/acknowledgement", Map.of()).status())
                .isEqualTo(422);
        JsonNode seen = alerts(manager, locationId, "acknowledged").get(0);
        assertThat(seen.path("note").asText()).isEqualTo("door left open");
        assertThat(seen.path("acknowledgedBy").asText()).isNotBlank();

        // back in range: the excursion ends and, acknowledged, the alert resolves itself
        assertThat(staff.post(readings(locationId), List.of(reading(40, 13.5), reading(45, 4))).status())
                .isEqualTo(200);
        JsonNode resolved = alerts(manager, locationId, "resolved").get(0);
        assertThat(resolved.path("endedAt").asText()).isEqualTo(at(45).toString());
        assertThat(resolved.path("peakTemperatureC").decimalValue()).isEqualByComparingTo("13.5");
        assertThat(manager.get("/api/v1/storage-locations/" + locationId).body().path("openAlertId").isNull())
                .isTrue();

        // the series per bucket
        JsonNode chart = manager.get(readings(locationId) + "?from=" + at(0) + "&to=" + at(60) + "&bucket=30m")
                .body();
        assertThat(chart.path("buckets")).hasSize(2);
        JsonNode first = chart.path("buckets").get(0);
        assertThat(first.path("from").asText()).isEqualTo(at(0).toString());
        assertThat(first.path("readings").asLong()).as("the duplicate reading is kept once").isEqualTo(6);
        assertThat(first.path("temperatureMinC").decimalValue()).isEqualByComparingTo("5");
        assertThat(first.path("temperatureMaxC").decimalValue()).isEqualByComparingTo("11");
        assertThat(chart.path("buckets").get(1).path("temperatureMaxC").decimalValue()).isEqualByComparingTo("13.5");
        assertThat(chart.path("buckets").get(1).path("temperatureAvgC").decimalValue())
                .isEqualByComparingTo("9.92");
    }

    @Test
    void canKeepTheRangeOfALocationAndRefuseReadingsNoSensorCouldSend() {
        Api admin = api();
        String warehouseId = StockFlows.warehouse(admin, unique("WH"), "Freezers");
        String locationId = coldRoom(admin, warehouseId, "F-1");
        Map<String, Object> frozen = new LinkedHashMap<>(location(warehouseId, "ignored"));
        frozen.remove("warehouseId");
        frozen.remove("code");
        frozen.put("name", "Freezer 1");
        frozen.put("kind", "frozen");
        frozen.put("temperatureMinC", -25);
        frozen.put("temperatureMaxC", -18);
        assertThat(admin.put("/api/v1/storage-locations/" + locationId, frozen).status()).isEqualTo(200);
        JsonNode changed = admin.get("/api/v1/storage-locations/" + locationId).body();
        assertThat(changed.path("kind").asText()).isEqualTo("frozen");
        assertThat(changed.path("code").asText()).isEqualTo("F-1");
        assertThat(changed.path("temperatureMaxC").decimalValue()).isEqualByComparingTo("-18");
        assertThat(admin.get("/api/v1/storage-locations?warehouseId=" + warehouseId).body().path("content"))
                .hasSize(1);

        Api.Response inverted = admin.put("/api/v1/storage-locations/" + locationId,
                Map.of("name", "F", "kind", "frozen", "temperatureMinC", -10, "temperatureMaxC", -20));
        assertThat(inverted.status()).isEqualTo(400);
        assertThat(inverted.body().toString()).contains("temperatureMaxC");

        Api.Response hot = admin.post(readings(locationId), List.of(reading(0, -20), reading(1, 150)));
        assertThat(hot.status()).isEqualTo(400);
        assertThat(hot.body().toString()).contains("readings[1].temperatureC");
        Api.Response future = admin.post(readings(locationId), List.of(Map.of("sensorId", "s-1",
                "at", Instant.now().plus(Duration.ofHours(1)).toString(), "temperatureC", -20)));
        assertThat(future.status()).isEqualTo(400);
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            tooMany.add(reading(i, -20));
        }
        assertThat(admin.post(readings(locationId), tooMany).status()).isEqualTo(400);
        assertThat(admin.post(readings(java.util.UUID.randomUUID().toString()), List.of(reading(0, -20))).status())
                .isEqualTo(404);
        assertThat(jdbc.queryForObject("select count(*) from sensor_reading where storage_location_id = ?",
                Integer.class, locationId)).as("nothing of a refused call is kept").isZero();
    }

    @Test
    void canValueWasteHoldALargeWriteOffForAManagerAndReportItByDisposalMethod() {
        Api admin = api();
        Api manager = Accounts.create(admin, "manager").api(port);
        Api staff = Accounts.create(admin, "warehouse-staff").api(port);
        StockFlows.StockSetup s = StockFlows.stockItem(admin, "Lettuce", "pcs", 0);
        String supplierId = ProcurementFlows.activeSupplier(admin, unique("SUP"));
        String order = "/api/v1/purchase-orders/" + ProcurementFlows.order(admin, supplierId, s.warehouseId(),
                List.of(ProcurementFlows.line(s.productId(), 100, 12.5)));
        ProcurementFlows.ok(admin.post(order + "/submission", Map.of()));
        ProcurementFlows.approveAsAnotherPerson(admin, port, order);
        ProcurementFlows.ok(admin.post(order + "/sending", Map.of()));
        ProcurementFlows.ok(admin.post(order + "/receipts", Map.of("lines", List.of(Map.of("lineId", "1",
                "quantity", 60)))));
        Instant from = Instant.now().minusSeconds(1);
        String item = "/api/v1/stock-items/" + s.stockItemId();
        Eventually.get(admin, item, body -> body.path("onHand").decimalValue().compareTo(new java.math.BigDecimal(60))
                == 0);

        // 4 at the last purchase price, 12.50 EUR: 50.00 EUR, below the 500 EUR limit, leaves at once
        ProcurementFlows.ok(staff.post(item + "/write-offs", Map.of("quantity", 4, "reason", "wilted",
                "disposalMethod", "compost")));
        assertThat(staff.post(item + "/write-offs", Map.of("quantity", 1, "reason", "wilted",
                "disposalMethod", "river")).status()).isEqualTo(400);
        // 50 are worth 625.00 EUR: the write-off waits for a manager and the stock stays
        ProcurementFlows.ok(staff.post(item + "/write-offs", Map.of("quantity", 50, "reason", "frost damage",
                "disposalMethod", "landfill")));
        assertThat(admin.get(item).body().path("onHand").decimalValue()).isEqualByComparingTo("56");
        JsonNode pending = Eventually.get(manager, "/api/v1/write-offs?status=pending&stockItemId=" + s.stockItemId(),
                body -> body.path("content").size() == 1).path("content").get(0);
        assertThat(pending.path("value").decimalValue()).isEqualByComparingTo("625");
        assertThat(pending.path("currency").asText()).isEqualTo("EUR");
        String approval = item + "/write-offs/" + pending.path("id").asText();
        assertThat(staff.post(approval + "/approval", Map.of()).status()).isEqualTo(403);
        ProcurementFlows.ok(manager.post(approval + "/approval", Map.of()));
        assertThat(manager.post(approval + "/rejection", Map.of("reason", "too late")).status()).isEqualTo(422);
        assertThat(admin.get(item).body().path("onHand").decimalValue()).isEqualByComparingTo("6");

        JsonNode report = manager.get("/api/v1/reports/waste?groupBy=disposalMethod&from=" + from).body();
        Map<String, String> values = new LinkedHashMap<>();
        report.path("groups").forEach(g -> values.put(g.path("key").asText(), g.path("value").decimalValue()
                .stripTrailingZeros().toPlainString() + " " + g.path("currency").asText() + " x"
                + g.path("writeOffs").asLong()));
        assertThat(values).containsEntry("compost", "50 EUR x1").containsEntry("landfill", "625 EUR x1");
        JsonNode byProduct = manager.get("/api/v1/reports/waste?groupBy=product&from=" + from).body();
        List<JsonNode> lettuce = new ArrayList<>();
        byProduct.path("groups").forEach(g -> {
            if (g.path("key").asText().equals(s.productId())) {
                lettuce.add(g);
            }
        });
        assertThat(lettuce).hasSize(1);
        assertThat(lettuce.get(0).path("quantity").decimalValue()).isEqualByComparingTo("54");
        assertThat(lettuce.get(0).path("value").decimalValue()).isEqualByComparingTo("675");
        assertThat(manager.get("/api/v1/reports/waste?groupBy=colour").status()).isEqualTo(400);
    }

    @Test
    void canKeepAStockItemInAStorageLocationOfItsOwnWarehouseOnly() {
        Api admin = api();
        StockFlows.StockSetup s = StockFlows.stockItem(admin, "Yoghurt", "pcs", 0);
        String here = coldRoom(admin, s.warehouseId(), "Y-1");
        String elsewhere = coldRoom(admin, StockFlows.warehouse(admin, unique("WH"), "Elsewhere"), "Y-1");
        String location = "/api/v1/stock-items/" + s.stockItemId() + "/location";
        Api.Response other = admin.put(location, Map.of("storageLocationId", elsewhere));
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.body().toString()).contains("other-warehouse");
        ProcurementFlows.ok(admin.put(location, Map.of("storageLocationId", here)));
        assertThat(admin.get("/api/v1/stock-items/" + s.stockItemId()).body().path("storageLocationId").asText())
                .isEqualTo(here);
        Map<String, Object> none = new java.util.HashMap<>();
        none.put("storageLocationId", null);
        ProcurementFlows.ok(admin.put(location, none));
        assertThat(admin.get("/api/v1/stock-items/" + s.stockItemId()).body().path("storageLocationId").isNull())
                .isTrue();
    }

    @Test
    void canOpenAStorageCheckForEachPerishableBatchKeptWhereAnExcursionHappened() {
        Api admin = api();
        String warehouseId = StockFlows.warehouse(admin, unique("WH"), "Dairy");
        String room = coldRoom(admin, warehouseId, "D-1");
        String milk = perishableStockItem(admin, warehouseId, "Milk", true);
        String salt = perishableStockItem(admin, warehouseId, "Salt", false);
        for (String item : List.of(milk, salt)) {
            ProcurementFlows.ok(admin.put("/api/v1/stock-items/" + item + "/location",
                    Map.of("storageLocationId", room)));
            ProcurementFlows.ok(admin.post("/api/v1/stock-items/" + item + "/receipts", Map.of("quantity", 5,
                    "batch", "B-1")));
            ProcurementFlows.ok(admin.post("/api/v1/stock-items/" + item + "/receipts", Map.of("quantity", 2,
                    "batch", "B-2")));
        }
        String productOfMilk = admin.get("/api/v1/stock-items/" + milk).body().path("productId").asText();
        String productOfSalt = admin.get("/api/v1/stock-items/" + salt).body().path("productId").asText();

        ProcurementFlows.ok(admin.post(readings(room), List.of(reading(100, 12), reading(111, 12))));

        JsonNode checks = Eventually.get(admin, "/api/v1/quality-checks?checkType=storage&productId=" + productOfMilk,
                body -> body.path("content").size() == 2);
        List<String> batches = new ArrayList<>();
        checks.path("content").forEach(check -> {
            batches.add(check.path("batch").asText());
            assertThat(check.path("status").asText()).isEqualTo("open");
            assertThat(check.path("warehouseId").asText()).isEqualTo(warehouseId);
        });
        assertThat(batches).containsExactlyInAnyOrder("B-1", "B-2");
        assertThat(admin.get("/api/v1/quality-checks?checkType=storage&productId=" + productOfSalt).body()
                .path("content")).as("salt does not spoil").isEmpty();
    }

    private static String perishableStockItem(Api api, String warehouseId, String name, boolean perishable) {
        Map<String, Object> product = new LinkedHashMap<>();
        product.put("sku", unique("SKU"));
        product.put("name", name);
        product.put("unit", "pcs");
        product.put("reorderPoint", 0);
        product.put("leadTimeDays", 2);
        product.put("perishable", perishable);
        Api.Response created = api.post("/api/v1/products", product);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        Api.Response opened = api.post("/api/v1/stock-items", Map.of("productId", created.id(),
                "warehouseId", warehouseId));
        assertThat(opened.status()).as(opened.body().toString()).isEqualTo(201);
        return opened.id();
    }

    private static String coldRoom(Api api, String warehouseId, String code) {
        Api.Response created = api.post("/api/v1/storage-locations", location(warehouseId, code));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.id();
    }

    private static Map<String, Object> location(String warehouseId, String code) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("warehouseId", warehouseId);
        body.put("code", code);
        body.put("name", "Cold room " + code);
        body.put("kind", "chilled");
        body.put("temperatureMinC", 2);
        body.put("temperatureMaxC", 8);
        return body;
    }

    private static String readings(String locationId) {
        return "/api/v1/storage-locations/" + locationId + "/readings";
    }

    private static Instant at(int minute) {
        return T0.plus(Duration.ofMinutes(minute));
    }

    private static Map<String, Object> reading(int minute, double temperature) {
        return Map.of("sensorId", "s-1", "at", at(minute).toString(), "temperatureC", temperature);
    }

    private List<JsonNode> alerts(Api api, String locationId, String status) {
        String path = "/api/v1/temperature-alerts?size=100" + (locationId == null ? "" : "&storageLocationId="
                + locationId) + (status == null ? "" : "&status=" + status);
        List<JsonNode> found = new ArrayList<>();
        api.get(path).body().path("content").forEach(found::add);
        return found;
    }
}
