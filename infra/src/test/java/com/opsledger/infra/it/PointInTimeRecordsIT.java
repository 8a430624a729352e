package com.opsledger.infra.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.opsledger.infra.it.ProcurementFlows.line;
import static com.opsledger.infra.it.ProcurementFlows.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Customers, orders, backorders, suppliers, purchase orders and invoices as they were at an instant: the state rebuilt
 * from the events is what the read model answered then, and a portal user sees only their own records' past.
 */
class PointInTimeRecordsIT extends ApplicationIT {

    private static final Instant LONG_AGO = Instant.parse("2000-01-01T00:00:00Z");

    private record Seen(Instant at, JsonNode view) {
    }

    @Test
    void canShowAnOrderAndItsBackorderPendingBeforeTheReceiptAndFulfilledAfter() throws InterruptedException {
        Api api = api();
        String customerId = OrderFlows.customer(api, "Asof Kunde", unique("asof").toLowerCase() + "@example.com",
                "gold");
        Seen customer = seen(api, "/api/v1/customers/" + customerId);
        StockFlows.StockSetup stock = StockFlows.stockItem(api, "AsOfOrder", "pcs", 0);
        OrderFlows.receive(api, stock.stockItemId(), 6);
        String orderId = OrderFlows.order(api, customerId, stock.warehouseId(), stock.productId(), 10);
        String orderPath = "/api/v1/orders/" + orderId;
        JsonNode backordered = Eventually.get(api, orderPath, o -> o.path("status").asText().equals("backordered")
                && o.path("lines").get(0).path("reserved").decimalValue().intValue() == 6);
        String backorderPath = "/api/v1/backorders/" + backordered.path("lines").get(0).path("backorderId").asText();
        Eventually.get(api, backorderPath, b -> b.path("status").asText().equals("pending"));
        Seen orderBefore = seen(api, orderPath);
        Seen backorderBefore = seen(api, backorderPath);
        assertThat(backorderBefore.view().path("status").asText()).isEqualTo("pending");

        OrderFlows.receive(api, stock.stockItemId(), 4);
        Eventually.get(api, backorderPath, b -> b.path("status").asText().equals("fulfilled"));
        Eventually.get(api, orderPath, o -> o.path("status").asText().equals("fulfilled"));
        Seen orderAfter = seen(api, orderPath);
        Seen backorderAfter = seen(api, backorderPath);
        assertThat(backorderAfter.view().path("allocations")).hasSize(1);

        assertAsOf(api, "/api/v1/customers/" + customerId, customer);
        assertAsOf(api, orderPath, orderBefore);
        assertAsOf(api, orderPath, orderAfter);
        assertAsOf(api, backorderPath, backorderBefore);
        assertAsOf(api, backorderPath, backorderAfter);
        assertThat(api.get(backorderPath + "?asOf=" + backorderBefore.at()).body().path("state").path("status")
                .asText()).isEqualTo("pending");
        assertThat(api.get(backorderPath + "?asOf=" + backorderAfter.at()).body().path("state").path("status")
                .asText()).isEqualTo("fulfilled");
        assertThat(api.get(orderPath + "?asOf=" + LONG_AGO).status()).isEqualTo(404);
        assertThat(api.get(orderPath + "?asOf=" + customer.at()).status()).as("before the order was placed")
                .isEqualTo(404);
    }

    @Test
    void canShowAPurchaseOrderItsSupplierAndInvoiceAsTheyWere() throws InterruptedException {
        Api api = api();
        StockFlows.StockSetup stocked = StockFlows.stockItem(api, "AsOfPo", "pcs", 0);
        String other = StockFlows.product(api, unique("SKU"), "Other part", "pcs", 0);
        String supplierId = ProcurementFlows.activeSupplier(api, unique("ASOF"));
        String supplierPath = "/api/v1/suppliers/" + supplierId;
        Seen supplierActive = seen(api, supplierPath);
        ok(api.post(supplierPath + "/status", Map.of("status", "SUSPENDED", "reason", "audit")));
        Seen supplierSuspended = seen(api, supplierPath);
        ok(api.post(supplierPath + "/status", Map.of("status", "ACTIVE")));

        Api.Response created = ProcurementFlows.createOrder(api, supplierId, stocked.warehouseId(),
                List.of(line(stocked.productId(), 100, 12.5), line(other, 4, 100)), 19);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String path = "/api/v1/purchase-orders/" + created.id();
        Seen draft = seen(api, path);
        ok(api.post(path + "/submission", Map.of()));
        Seen submitted = seen(api, path);
        assertThat(submitted.view().path("status").asText()).isEqualTo("SUBMITTED");
        ProcurementFlows.approveAsAnotherPerson(api, port, path);
        ok(api.post(path + "/sending", Map.of()));
        ok(api.post(path + "/confirmation", Map.of("lines", List.of(
                Map.of("lineId", "1", "quantity", 100, "expectedDate", "2030-05-04"),
                Map.of("lineId", "2", "quantity", 4, "expectedDate", "2030-05-06")))));
        Seen confirmed = seen(api, path);
        assertThat(confirmed.view().path("status").asText()).isEqualTo("CONFIRMED");
        ok(api.post(path + "/receipts", Map.of("lines", List.of(Map.of("lineId", "1", "quantity", 60, "batch", "L-1"),
                Map.of("lineId", "2", "quantity", 4)))));
        Seen partly = seen(api, path);

        Api.Response invoice = api.post("/api/v1/invoices", Map.of("purchaseOrderId", created.id(),
                "number", unique("INV"), "invoiceDate", "2020-01-01",
                "lines", List.of(Map.of("lineId", "2", "quantity", 4, "unitPrice", 100))));
        assertThat(invoice.status()).as(invoice.body().toString()).isEqualTo(201);
        String invoicePath = "/api/v1/invoices/" + invoice.id();
        Seen registered = seen(api, invoicePath);
        assertThat(registered.view().path("overdue").asBoolean()).isTrue();
        ok(api.post("/api/v1/payments", Map.of("invoiceId", invoice.id(), "amount", 100)));
        Eventually.get(api, invoicePath, i -> i.path("status").asText().equals("PARTIALLY_PAID"));
        Seen partlyPaid = seen(api, invoicePath);

        assertAsOf(api, supplierPath, supplierActive);
        assertAsOf(api, supplierPath, supplierSuspended);
        assertAsOf(api, path, draft);
        JsonNode wasSubmitted = assertAsOf(api, path, submitted);
        assertThat(wasSubmitted.path("status").asText()).as("between submission and confirmation")
                .isEqualTo("SUBMITTED");
        assertThat(wasSubmitted.path("history")).hasSize(2);
        assertAsOf(api, path, confirmed);
        assertAsOf(api, path, partly);
        assertAsOf(api, invoicePath, registered);
        assertAsOf(api, invoicePath, partlyPaid);
        assertThat(api.get(path + "?asOf=" + supplierActive.at()).status()).isEqualTo(404);
    }

    @Test
    void cannotSeeAnotherCustomersOrSuppliersPastThroughAPortal() {
        Api admin = api();
        String auditor = unique("asof-auditor").toLowerCase();
        ok(admin.post("/api/v1/admin/roles", Map.of("name", auditor, "description", "Reads record history",
                "permissions", List.of("audit:read"))));
        StockFlows.StockSetup stock = StockFlows.stockItem(admin, "AsOfTenancy", "pcs", 0);
        String customerA = OrderFlows.customer(admin, "Alpha", unique("alpha").toLowerCase() + "@example.com",
                "standard");
        String customerB = OrderFlows.customer(admin, "Bravo", unique("bravo").toLowerCase() + "@example.com",
                "standard");
        String orderA = OrderFlows.order(admin, customerA, stock.warehouseId(), stock.productId(), 2);
        String orderB = OrderFlows.order(admin, customerB, stock.warehouseId(), stock.productId(), 2);
        String backorderB = Eventually.get(admin, "/api/v1/orders/" + orderB,
                o -> o.path("lines").get(0).path("backorderId").isTextual()).path("lines").get(0)
                .path("backorderId").asText();
        String supplierA = ProcurementFlows.activeSupplier(admin, unique("ASA"));
        String supplierB = ProcurementFlows.activeSupplier(admin, unique("ASB"));
        String poA = ProcurementFlows.order(admin, supplierA, stock.warehouseId(), List.of(line(stock.productId(), 1, 1)));
        String poB = ProcurementFlows.order(admin, supplierB, stock.warehouseId(), List.of(line(stock.productId(), 1, 1)));
        String now = "?asOf=" + Instant.now().plusSeconds(1);

        Api customerPortal = user(admin, Set.of("customer-portal", auditor), customerA, null);
        assertThat(customerPortal.get("/api/v1/orders/" + orderA + now).status()).isEqualTo(200);
        assertThat(customerPortal.get("/api/v1/customers/" + customerA + now).status()).isEqualTo(200);
        assertThat(customerPortal.get("/api/v1/orders/" + orderB + now).status()).isEqualTo(404);
        assertThat(customerPortal.get("/api/v1/backorders/" + backorderB + now).status()).isEqualTo(404);
        assertThat(customerPortal.get("/api/v1/customers/" + customerB + now).status()).isEqualTo(404);
        assertThat(customerPortal.get("/api/v1/purchase-orders/" + poA + now).status())
                .as("no supplier's records for a customer").isEqualTo(404);

        Api supplierPortal = user(admin, Set.of("supplier-portal", auditor), null, supplierA);
        assertThat(supplierPortal.get("/api/v1/purchase-orders/" + poA + now).status()).isEqualTo(200);
        assertThat(supplierPortal.get("/api/v1/suppliers/" + supplierA + now).status()).isEqualTo(200);
        assertThat(supplierPortal.get("/api/v1/purchase-orders/" + poB + now).status()).isEqualTo(404);
        assertThat(supplierPortal.get("/api/v1/suppliers/" + supplierB + now).status()).isEqualTo(404);
        assertThat(supplierPortal.get("/api/v1/orders/" + orderA + now).status())
                .as("no customer's records for a supplier").isEqualTo(404);

        Api withoutAudit = Accounts.create(admin, "customer-portal", customerA, null).api(port);
        assertThat(withoutAudit.get("/api/v1/orders/" + orderA).status()).isEqualTo(200);
        assertThat(withoutAudit.get("/api/v1/orders/" + orderA + now).status()).as("asOf needs audit:read")
                .isEqualTo(403);
    }

    private Api user(Api admin, Set<String> roles, String customerId, String supplierId) {
        return Accounts.create(admin, "asof-user", roles, customerId, supplierId).api(port);
    }

    /** The record rebuilt at the instant it was seen is exactly the view the read model answered then. */
    private static JsonNode assertAsOf(Api api, String path, Seen seen) {
        Api.Response asOf = api.get(path + "?asOf=" + seen.at());
        assertThat(asOf.status()).as(asOf.body().toString()).isEqualTo(200);
        JsonNode state = asOf.body().path("state");
        assertThat(state).as(path + " at " + seen.at()).isEqualTo(seen.view());
        assertThat(asOf.body().path("sequenceNumber").asLong()).isEqualTo(seen.view().path("version").asLong());
        return state;
    }

    private static Seen seen(Api api, String path) throws InterruptedException {
        Api.Response view = api.get(path);
        assertThat(view.status()).as(view.body().toString()).isEqualTo(200);
        Thread.sleep(5);
        Instant at = Instant.now();
        Thread.sleep(5);
        return new Seen(at, view.body());
    }
}
