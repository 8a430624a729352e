package com.opsledger.infra.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.opsledger.command.alert.SupplierLateCheck;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.opsledger.infra.it.ProcurementFlows.line;
import static com.opsledger.infra.it.ProcurementFlows.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff alert inbox over HTTP: alerts raised by what happens to stock, backorders, purchase orders, quality
 * checks, cold rooms and sign-ins, acknowledged and resolved by people or resolved by themselves, muted per user, and
 * shown to each caller as their role and scope allow.
 */
class AlertsIT extends ApplicationIT {

    @Autowired
    private SupplierLateCheck supplierLateCheck;

    @Test
    void canRaiseAcknowledgeAndResolveAStockItemBelowItsReorderPoint() {
        Api admin = api();
        Accounts.Account staffAccount = Accounts.create(admin, "warehouse-staff");
        Api staff = staffAccount.api(port);
        StockFlows.StockSetup stock = StockFlows.stockItem(admin, "Alerted", "pcs", 5);
        String inbox = "/api/v1/alerts?kind=below-reorder-point&warehouseId=" + stock.warehouseId();
        OrderFlows.receive(admin, stock.stockItemId(), 10);
        String customer = OrderFlows.customer(admin, "Alert Customer", unique("a").toLowerCase() + "@example.com",
                "gold");
        Eventually.get(admin, "/api/v1/stock-items/" + stock.stockItemId(),
                s -> s.path("available").decimalValue().intValue() == 10);
        assertThat(content(staff, inbox)).as("10 available of a reorder point of 5").isEmpty();

        // an order takes 7: 3 are left, below the reorder point
        OrderFlows.order(admin, customer, stock.warehouseId(), stock.productId(), 7);
        JsonNode alert = one(staff, inbox + "&status=open");
        String alertId = alert.path("id").asText();
        assertThat(alert.path("subjectType").asText()).isEqualTo("stock-item");
        assertThat(alert.path("subjectId").asText()).isEqualTo(stock.stockItemId());
        assertThat(alert.path("severity").asText()).isEqualTo("warning");
        assertThat(alert.path("title").asText()).contains(stock.sku());
        assertThat(alert.path("detail").asText()).isEqualTo("available 3, reorder point 5");
        assertThat(alert.path("raisedAt").asText()).isNotBlank();
        assertThat(staff.get("/api/v1/alerts/" + alertId).body().path("kind").asText())
                .isEqualTo("below-reorder-point");

        // staff acknowledge it, once
        Api.Response acknowledged = staff.post("/api/v1/alerts/" + alertId + "/acknowledgement",
                Map.of("note", "  ordering more "));
        assertThat(acknowledged.status()).as(acknowledged.body().toString()).isEqualTo(200);
        Api.Response again = staff.post("/api/v1/alerts/" + alertId + "/acknowledgement", Map.of());
        assertThat(again.status()).as(again.body().toString()).isEqualTo(409);
        assertThat(again.body().path("type").asText()).endsWith("alert-already-acknowledged");
        JsonNode seen = one(staff, inbox + "&status=acknowledged");
        assertThat(seen.path("acknowledgedBy").asText()).isEqualTo(staffAccount.id());
        assertThat(seen.path("acknowledgedAt").asText()).isNotBlank();
        assertThat(seen.path("note").asText()).isEqualTo("ordering more");
        JsonNode trail = admin.get("/api/v1/audit/alerts/" + alertId + "/events").body();
        assertThat(trail.get(0).path("eventType").asText()).isEqualTo("AlertAcknowledgedEvent");
        assertThat(trail.get(0).path("userId").asText()).isEqualTo(staffAccount.id());

        // stock back above the reorder point: it resolves by itself, and cannot be resolved again
        OrderFlows.receive(admin, stock.stockItemId(), 10);
        JsonNode resolved = one(staff, inbox + "&status=resolved");
        assertThat(resolved.path("id").asText()).isEqualTo(alertId);
        assertThat(resolved.path("resolvedBy").asText()).isEqualTo("system");
        Api.Response resolveAgain = staff.post("/api/v1/alerts/" + alertId + "/resolution", Map.of());
        assertThat(resolveAgain.status()).as(resolveAgain.body().toString()).isEqualTo(409);
        assertThat(content(staff, inbox + "&status=open")).isEmpty();

        // below again: a new alert, which a person resolves with a note
        OrderFlows.order(admin, customer, stock.warehouseId(), stock.productId(), 10);
        JsonNode second = one(staff, inbox + "&status=open");
        assertThat(second.path("id").asText()).isNotEqualTo(alertId);
        Api.Response closed = staff.post("/api/v1/alerts/" + second.path("id").asText() + "/resolution",
                Map.of("note", "transfer on its way"));
        assertThat(closed.status()).as(closed.body().toString()).isEqualTo(200);
        JsonNode byHand = staff.get("/api/v1/alerts/" + second.path("id").asText()).body();
        assertThat(byHand.path("status").asText()).isEqualTo("resolved");
        assertThat(byHand.path("resolvedBy").asText()).isEqualTo(staffAccount.id());
        assertThat(byHand.path("note").asText()).isEqualTo("transfer on its way");
        assertThat(content(staff, inbox)).hasSize(2);
    }

    @Test
    void canRaiseSlaAlertsAsTheDeadlinesComeAndResolveThemWhenTheBackorderIsFilled() {
        Api admin = api();
        Api manager = Accounts.create(admin, "manager").api(port);
        OrderFlows.PlacedOrder placed = OrderFlows.newCustomerOrders(admin, "Sla Alerted", 0, "Alert Larry",
                "standard", 3);
        JsonNode order = Eventually.get(admin, "/api/v1/orders/" + placed.orderId(),
                o -> o.path("lines").get(0).path("backorderId").isTextual());
        String backorderId = order.path("lines").get(0).path("backorderId").asText();
        Instant due = Instant.parse(Eventually.get(admin, "/api/v1/backorders/" + backorderId, b -> true)
                .path("slaDueDate").asText());
        String inbox = "/api/v1/alerts?warehouseId=" + placed.stock().warehouseId();
        assertThat(content(manager, inbox + "&kind=sla-at-risk")).isEmpty();

        // the durable deadlines wait in PostgreSQL: make their time come, as a clock would
        assertThat(moveDeadline(due.minus(Duration.ofDays(2)))).isEqualTo(1);
        JsonNode atRisk = one(manager, inbox + "&kind=sla-at-risk&status=open");
        assertThat(atRisk.path("subjectId").asText()).isEqualTo(backorderId);
        assertThat(atRisk.path("customerId").asText()).isEqualTo(placed.customerId());
        assertThat(atRisk.path("severity").asText()).isEqualTo("warning");
        assertThat(moveDeadline(due)).isEqualTo(1);
        JsonNode breached = one(manager, inbox + "&kind=sla-breached&status=open");
        assertThat(breached.path("severity").asText()).isEqualTo("critical");
        JsonNode superseded = one(manager, inbox + "&kind=sla-at-risk&status=resolved");
        assertThat(superseded.path("resolvedBy").asText()).isEqualTo("system");

        // stock arrives and fills the backorder: its breach alert is over
        OrderFlows.receive(admin, placed.stock().stockItemId(), 3);
        JsonNode over = one(manager, inbox + "&kind=sla-breached&status=resolved");
        assertThat(over.path("id").asText()).isEqualTo(breached.path("id").asText());
        assertThat(content(manager, inbox + "&status=open")).isEmpty();
    }

    @Test
    void canAlertAdministratorsAloneToRepeatedFailedSignIns() {
        Api admin = api();
        Accounts.Account target = Accounts.create(admin, "warehouse-staff");
        Api manager = Accounts.create(admin, "manager").api(port);
        for (int i = 0; i < 5; i++) {
            assertThat(SignInFrom.login(port, "127.0.0.81", target.username(), "not the password " + i).status())
                    .isEqualTo(401);
        }
        JsonNode alert = one(admin, "/api/v1/alerts?kind=failed-sign-ins&status=open", a -> a.path("subjectId")
                .asText().equals(target.id()));
        assertThat(alert.path("severity").asText()).isEqualTo("critical");
        assertThat(alert.path("detail").asText()).startsWith("5 failed sign-ins within 15 minutes");
        assertThat(content(manager, "/api/v1/alerts?kind=failed-sign-ins")).as("administrators only").isEmpty();
        assertThat(manager.get("/api/v1/alerts/" + alert.path("id").asText()).status()).isEqualTo(404);
        assertThat(manager.post("/api/v1/alerts/" + alert.path("id").asText() + "/resolution", Map.of())
                .status()).isEqualTo(404);

        assertThat(admin.post("/api/v1/alerts/" + alert.path("id").asText() + "/resolution",
                Map.of("note", "user forgot the password")).status()).isEqualTo(200);
        assertThat(content(admin, "/api/v1/alerts?kind=failed-sign-ins").stream()
                .filter(a -> a.path("subjectId").asText().equals(target.id()))).hasSize(1);
    }

    @Test
    void canShowSuppliersTheirOwnLateOrdersOnlyAndResolveThemOnReceipt() {
        Api admin = api();
        StockFlows.StockSetup stock = StockFlows.stockItem(admin, "Late goods", "pcs", 0);
        String supplier = ProcurementFlows.activeSupplier(admin, unique("SUP"));
        String other = ProcurementFlows.activeSupplier(admin, unique("SUP"));
        String late = sent(admin, order(admin, supplier, stock.warehouseId(), stock.productId(), "2020-01-01"));
        String otherLate = sent(admin, order(admin, other, stock.warehouseId(), stock.productId(), "2020-01-02"));
        String onTime = sent(admin, order(admin, supplier, stock.warehouseId(), stock.productId(),
                java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(30).toString()));
        Eventually.get(admin, "/api/v1/purchase-orders/" + otherLate, o -> o.path("status").asText().equals("SENT"));

        String inbox = "/api/v1/alerts?kind=supplier-late&warehouseId=" + stock.warehouseId();
        checkForLateDeliveries();
        awaitAlerts(admin, inbox, 2);
        checkForLateDeliveries();
        List<JsonNode> lateOrders = awaitAlerts(admin, inbox, 2).findValues("subjectId");
        assertThat(lateOrders.stream().map(JsonNode::asText)).containsExactlyInAnyOrder(late, otherLate)
                .doesNotContain(onTime);

        Api portal = Accounts.create(admin, "supplier-portal", null, supplier).api(port);
        List<JsonNode> theirs = content(portal, "/api/v1/alerts");
        assertThat(theirs).isNotEmpty().allSatisfy(a -> assertThat(a.path("supplierId").asText()).isEqualTo(supplier));
        JsonNode own = theirs.stream().filter(a -> a.path("subjectId").asText().equals(late)).findFirst()
                .orElseThrow();
        assertThat(own.path("kind").asText()).isEqualTo("supplier-late");
        assertThat(own.path("detail").asText()).startsWith("expected 2020-01-01");
        String otherAlert = content(admin, inbox).stream().filter(a -> a.path("subjectId").asText().equals(otherLate))
                .findFirst().orElseThrow().path("id").asText();
        assertThat(portal.get("/api/v1/alerts/" + otherAlert).status()).as("another supplier's").isEqualTo(404);
        assertThat(portal.post("/api/v1/alerts/" + own.path("id").asText() + "/acknowledgement", Map.of()).status())
                .as("suppliers read, staff handle").isEqualTo(403);
        Api customer = Accounts.create(admin, "customer-portal", UUID.randomUUID().toString(), null).api(port);
        assertThat(customer.get("/api/v1/alerts").status()).isEqualTo(403);

        // the goods arrive in full: nothing is late any more
        ok(admin.post("/api/v1/purchase-orders/" + late + "/receipts", Map.of("lines", List.of(Map.of("lineId", "1",
                "quantity", 4)))));
        JsonNode over = one(admin, inbox + "&status=resolved");
        assertThat(over.path("subjectId").asText()).isEqualTo(late);
        assertThat(over.path("resolvedBy").asText()).isEqualTo("system");
    }

    @Test
    void canAlertOnARejectedQualityCheckAndAColdRoomOutOfRangeAndLetEachUserMuteKinds() {
        Api admin = api();
        Accounts.Account managerAccount = Accounts.create(admin, "manager");
        Api manager = managerAccount.api(port);
        StockFlows.StockSetup stock = StockFlows.stockItem(admin, "Inspected", "pcs", 0);
        String inbox = "/api/v1/alerts?warehouseId=" + stock.warehouseId();

        Api.Response opened = admin.post("/api/v1/quality-checks", Map.of("checkType", "incoming", "productId",
                stock.productId(), "warehouseId", stock.warehouseId(), "batch", unique("B"), "quantity", 10));
        ok(opened);
        ok(admin.post("/api/v1/quality-checks/" + opened.id() + "/results", Map.of("scores", Map.of("freshness", 2))));
        ok(manager.post("/api/v1/quality-checks/" + opened.id() + "/decision", Map.of("decision", "reject",
                "reason", "mould on the crates", "disposition", "write-off")));
        JsonNode rejected = one(manager, inbox + "&kind=quality-rejected");
        assertThat(rejected.path("subjectId").asText()).isEqualTo(opened.id());
        assertThat(rejected.path("detail").asText()).isEqualTo("mould on the crates");

        String locationId = admin.post("/api/v1/storage-locations", Map.of("warehouseId", stock.warehouseId(),
                "code", "COLD-A", "name", "Cold room", "kind", "chilled", "temperatureMinC", 2,
                "temperatureMaxC", 8)).id();
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofDays(1));
        String readings = "/api/v1/storage-locations/" + locationId + "/readings";
        ok(admin.post(readings, List.of(Map.of("sensorId", "s-1", "at", t0.toString(), "temperatureC", 5),
                Map.of("sensorId", "s-1", "at", t0.plusSeconds(60).toString(), "temperatureC", 12),
                Map.of("sensorId", "s-1", "at", t0.plusSeconds(720).toString(), "temperatureC", 12.5))));
        JsonNode excursion = one(manager, inbox + "&kind=temperature-excursion&status=open");
        assertThat(excursion.path("subjectId").asText()).isEqualTo(locationId);
        assertThat(excursion.path("severity").asText()).isEqualTo("critical");
        ok(admin.post(readings, List.of(Map.of("sensorId", "s-1", "at", t0.plusSeconds(900).toString(),
                "temperatureC", 4))));
        assertThat(one(manager, inbox + "&kind=temperature-excursion&status=resolved").path("resolvedBy").asText())
                .isEqualTo("system");

        // the manager mutes quality alerts: gone from their inbox, not from anyone else's, nor by id
        assertThat(manager.get("/api/v1/alerts/settings").body().path("mutedKinds")).isEmpty();
        Api.Response muted = manager.put("/api/v1/alerts/settings", Map.of("mutedKinds",
                List.of("quality-rejected", "sla-at-risk")));
        assertThat(muted.status()).as(muted.body().toString()).isEqualTo(200);
        assertThat(texts(muted.body().path("mutedKinds"))).containsExactly("quality-rejected", "sla-at-risk");
        assertThat(texts(manager.get("/api/v1/alerts/settings").body().path("mutedKinds")))
                .containsExactly("quality-rejected", "sla-at-risk");
        assertThat(content(manager, inbox).stream().map(a -> a.path("kind").asText()))
                .containsExactly("temperature-excursion");
        assertThat(content(admin, inbox)).hasSize(2);
        assertThat(manager.get("/api/v1/alerts/" + rejected.path("id").asText()).status()).isEqualTo(200);

        Api.Response unknown = manager.put("/api/v1/alerts/settings", Map.of("mutedKinds", List.of("gossip")));
        assertThat(unknown.status()).as(unknown.body().toString()).isEqualTo(400);
        assertThat(unknown.body().toString()).contains("mutedKinds[0]");
        assertThat(manager.put("/api/v1/alerts/settings", Map.of("mutedKinds", List.of())).status()).isEqualTo(200);
        assertThat(content(manager, inbox)).hasSize(2);
    }

    @Test
    void canRefuseBadInputAndUnknownAlerts() {
        Api admin = api();
        Api.Response status = admin.get("/api/v1/alerts?status=closed");
        assertThat(status.status()).isEqualTo(400);
        assertThat(status.body().toString()).contains("status");
        Api.Response kind = admin.get("/api/v1/alerts?kind=weather");
        assertThat(kind.status()).isEqualTo(400);
        assertThat(kind.body().toString()).contains("kind");
        assertThat(admin.get("/api/v1/alerts/not-an-id").status()).isEqualTo(400);
        String unknown = UUID.randomUUID().toString();
        assertThat(admin.get("/api/v1/alerts/" + unknown).status()).isEqualTo(404);
        assertThat(admin.post("/api/v1/alerts/" + unknown + "/acknowledgement", Map.of()).status()).isEqualTo(404);
        assertThat(admin.post("/api/v1/alerts/" + unknown + "/resolution", Map.of()).status()).isEqualTo(404);
        Api.Response longNote = admin.post("/api/v1/alerts/" + unknown + "/resolution",
                Map.of("note", "x".repeat(2001)));
        assertThat(longNote.status()).isEqualTo(400);
        assertThat(longNote.body().toString()).contains("note");
    }

    /** The check as its schedule runs it: on a thread of its own. */
    private void checkForLateDeliveries() {
        java.util.concurrent.CompletableFuture.runAsync(supplierLateCheck::check).join();
    }

    /** {@code count} alerts at {@code path}, waiting up to a minute (the check's events come outside any request). */
    private static JsonNode awaitAlerts(Api api, String path, int count) {
        long deadline = System.currentTimeMillis() + 60_000;
        JsonNode body = null;
        while (System.currentTimeMillis() < deadline) {
            body = api.get(path).body();
            if (body.path("content").size() == count) {
                return body;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError(count + " alerts expected within 60 s at " + path + "; last body: " + body);
    }

    private int moveDeadline(Instant executionTime) {
        return jdbc.update("update scheduled_tasks set execution_time = now() where execution_time = ?",
                Timestamp.from(executionTime));
    }

    private static String order(Api api, String supplierId, String warehouseId, String productId,
                                String expectedDate) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("supplierId", supplierId);
        body.put("warehouseId", warehouseId);
        body.put("currency", "EUR");
        body.put("lines", List.of(line(productId, 4, 2.5)));
        body.put("expectedDate", expectedDate);
        Api.Response created = api.post("/api/v1/purchase-orders", body);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.id();
    }

    /** Submitted (approved at once, being small) and sent to the supplier. */
    private static String sent(Api api, String orderId) {
        String path = "/api/v1/purchase-orders/" + orderId;
        ok(api.post(path + "/submission", Map.of()));
        ok(api.post(path + "/sending", Map.of()));
        return orderId;
    }

    private static List<JsonNode> content(Api api, String path) {
        Api.Response response = api.get(path);
        assertThat(response.status()).as(path + " " + response.body()).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        response.body().path("content").forEach(items::add);
        return items;
    }

    /** The one alert {@code path} lists, once the read model has it. */
    private static JsonNode one(Api api, String path) {
        return Eventually.get(api, path, body -> body.path("content").size() == 1).path("content").get(0);
    }

    private static JsonNode one(Api api, String path, java.util.function.Predicate<JsonNode> which) {
        JsonNode body = Eventually.get(api, path, b -> {
            for (JsonNode a : b.path("content")) {
                if (which.test(a)) {
                    return true;
                }
            }
            return false;
        });
        for (JsonNode a : body.path("content")) {
            if (which.test(a)) {
                return a;
            }
        }
        throw new AssertionError("no such alert in " + body);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(t -> texts.add(t.asText()));
        return texts;
    }
}
