package com.opsledger.infra.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Object-level access over HTTP: a customer-portal user sees and acts on their own customer's records only; another
 * party's record is 404 (as if it did not exist) and lists, searches, reports, exports, {@code asOf}, histories and
 * the audit trail hold only their own. A portal role decides the scope, not the link alone: without a link it shows
 * nothing.
 */
class CrossTenantIT extends ApplicationIT {

    record Tenant(String customerId, String orderId, String backorderId, Api portal) {
    }

    private Tenant tenant(String name, StockFlows.StockSetup stock) {
        String customerId = OrderFlows.customer(api(), name, unique(name).toLowerCase() + "@example.com", "standard");
        String orderId = OrderFlows.order(api(), customerId, stock.warehouseId(), stock.productId(), 3);
        JsonNode order = Eventually.get(api(), "/api/v1/orders/" + orderId,
                body -> !body.path("lines").get(0).path("backorderId").isMissingNode()
                        && !body.path("lines").get(0).path("backorderId").isNull());
        String backorderId = order.path("lines").get(0).path("backorderId").asText();
        Accounts.Account user = Accounts.create(api(), "customer-portal", customerId, null);
        return new Tenant(customerId, orderId, backorderId, user.api(port));
    }

    @Test
    void canKeepEachCustomerToTheirOwnOrdersBackordersAndCustomerRecord() {
        StockFlows.StockSetup stock = StockFlows.stockItem(api(), "Tenancy", "pcs", 0);
        Tenant a = tenant("Alpha", stock);
        Tenant b = tenant("Bravo", stock);

        assertThat(a.portal().get("/api/v1/orders/" + a.orderId()).status()).isEqualTo(200);
        assertThat(a.portal().get("/api/v1/orders/" + b.orderId()).status()).isEqualTo(404);
        assertThat(b.portal().get("/api/v1/orders/" + a.orderId()).status()).isEqualTo(404);
        assertThat(a.portal().get("/api/v1/backorders/" + a.backorderId()).status()).isEqualTo(200);
        assertThat(a.portal().get("/api/v1/backorders/" + b.backorderId()).status()).isEqualTo(404);
        assertThat(a.portal().get("/api/v1/customers/" + a.customerId()).status()).isEqualTo(200);
        assertThat(a.portal().get("/api/v1/customers/" + b.customerId()).status()).isEqualTo(404);

        assertThat(ids(a.portal().get("/api/v1/orders?size=200").body())).containsExactly(a.orderId());
        assertThat(ids(a.portal().get("/api/v1/orders?size=200&customerId=" + b.customerId()).body()))
                .doesNotContain(b.orderId());
        assertThat(ids(a.portal().get("/api/v1/backorders?size=200").body())).containsExactly(a.backorderId());
        assertThat(ids(a.portal().get("/api/v1/customers?size=200").body())).containsExactly(a.customerId());
        assertThat(ids(api().get("/api/v1/orders?size=200&customerId=" + b.customerId()).body()))
                .as("staff see every customer").contains(b.orderId());

        assertThat(a.portal().post("/api/v1/orders/" + b.orderId() + "/cancellation", Map.of()).status())
                .as("cannot cancel another customer's order").isEqualTo(404);
        Api.Response foreign = a.portal().post("/api/v1/orders", Map.of("customerId", b.customerId(),
                "warehouseId", stock.warehouseId(), "lines", List.of(Map.of("productId", stock.productId(),
                        "quantity", 1))));
        assertThat(foreign.status()).as("cannot order on another customer's account").isIn(403, 404);
        assertThat(api().get("/api/v1/orders/" + b.orderId()).body().path("status").asText())
                .isNotEqualTo("cancelled");
        assertThat(a.portal().post("/api/v1/orders/" + a.orderId() + "/cancellation", Map.of()).status())
                .as("but can cancel their own").isEqualTo(200);
    }

    @Test
    void canKeepEachCustomerToTheirOwnDeliveries() {
        StockFlows.StockSetup stock = StockFlows.stockItem(api(), "Delivered tenancy", "pcs", 0);
        OrderFlows.receive(api(), stock.stockItemId(), 10);
        String alpha = OrderFlows.customer(api(), "Alpha", unique("alpha").toLowerCase() + "@example.com", "standard");
        String bravo = OrderFlows.customer(api(), "Bravo", unique("bravo").toLowerCase() + "@example.com", "standard");
        String alphaOrder = OrderFlows.order(api(), alpha, stock.warehouseId(), stock.productId(), 2);
        String bravoOrder = OrderFlows.order(api(), bravo, stock.warehouseId(), stock.productId(), 2);
        String alphaDelivery = delivery(alphaOrder);
        String bravoDelivery = delivery(bravoOrder);
        Api portal = Accounts.create(api(), "customer-portal", alpha, null).api(port);

        assertThat(portal.get("/api/v1/deliveries/" + alphaDelivery).status()).isEqualTo(200);
        assertThat(portal.get("/api/v1/deliveries/" + bravoDelivery).status()).isEqualTo(404);
        assertThat(ids(portal.get("/api/v1/deliveries?size=200").body())).containsExactly(alphaDelivery);
        assertThat(ids(portal.get("/api/v1/deliveries?size=200&customerId=" + bravo).body())).isEmpty();
        assertThat(ids(api().get("/api/v1/deliveries?size=200&customerId=" + bravo).body()))
                .as("staff see every customer's").containsExactly(bravoDelivery);
    }

    private String delivery(String orderId) {
        return Eventually.get(api(), "/api/v1/deliveries?orderId=" + orderId, l -> l.path("content").size() == 1)
                .path("content").get(0).path("id").asText();
    }

    @Test
    void canKeepEachSupplierToTheirOwnPurchaseOrders() {
        StockFlows.StockSetup stock = StockFlows.stockItem(api(), "Sourcing", "pcs", 0);
        String supplierA = ProcurementFlows.activeSupplier(api(), unique("SA"));
        String supplierB = ProcurementFlows.activeSupplier(api(), unique("SB"));
        String orderA = sentOrder(supplierA, stock);
        String orderB = sentOrder(supplierB, stock);
        Api portalA = Accounts.create(api(), "supplier-portal", null, supplierA).api(port);

        assertThat(portalA.get("/api/v1/purchase-orders/" + orderA).status()).isEqualTo(200);
        assertThat(portalA.get("/api/v1/purchase-orders/" + orderB).status()).isEqualTo(404);
        assertThat(ids(portalA.get("/api/v1/purchase-orders?size=200").body())).containsExactly(orderA);
        assertThat(ids(portalA.get("/api/v1/purchase-orders?size=200&supplierId=" + supplierB).body()))
                .doesNotContain(orderB);
        assertThat(portalA.get("/api/v1/suppliers/" + supplierB).status()).isEqualTo(404);

        List<Map<String, Object>> confirmation = List.of(Map.of("lineId", "1", "quantity", 4,
                "expectedDate", "2030-02-01"));
        assertThat(portalA.post("/api/v1/purchase-orders/" + orderB + "/confirmation",
                Map.of("lines", confirmation)).status()).as("cannot confirm another supplier's order").isEqualTo(404);
        assertThat(api().get("/api/v1/purchase-orders/" + orderB).body().path("status").asText())
                .isNotEqualToIgnoringCase("confirmed");
        Api.Response own = portalA.post("/api/v1/purchase-orders/" + orderA + "/confirmation",
                Map.of("lines", confirmation));
        assertThat(own.status()).as(own.body().toString()).isEqualTo(200);
        assertThat(portalA.post("/api/v1/purchase-orders/" + orderA + "/approval", Map.of()).status())
                .as("a supplier does not approve").isEqualTo(403);
    }

    /** Every read permission a portal user could be given, so that only the scope keeps them to their own. */
    @Test
    void canKeepTransfersToStaff() {
        StockFlows.StockSetup stock = StockFlows.stockItem(api(), "ScopedTransfer", "pcs", 0);
        OrderFlows.receive(api(), stock.stockItemId(), 2);
        String to = StockFlows.warehouse(api(), unique("WH"), "Scoped destination");
        Api.Response transfer = api().post("/api/v1/transfers", Map.of("fromWarehouseId", stock.warehouseId(),
                "toWarehouseId", to, "lines", List.of(Map.of("productId", stock.productId(), "quantity", 1))));
        assertThat(transfer.status()).as(transfer.body().toString()).isEqualTo(201);
        String customer = OrderFlows.customer(api(), "Transfer Tenant", unique("tt").toLowerCase() + "@example.com",
                "standard");
        Api customerPortal = Accounts.create(api(), "scoped-transfers", Set.of("customer-portal", tenantReader()),
                customer, null).api(port);
        Api supplierPortal = Accounts.create(api(), "scoped-transfers", Set.of("supplier-portal", tenantReader()),
                null, ProcurementFlows.activeSupplier(api(), unique("ST"))).api(port);
        for (Api portal : List.of(customerPortal, supplierPortal)) {
            assertThat(portal.get("/api/v1/transfers").status()).isEqualTo(403);
            assertThat(portal.get("/api/v1/transfers/" + transfer.id()).status()).isEqualTo(403);
            assertThat(portal.post("/api/v1/transfers/" + transfer.id() + "/cancellation", Map.of("reason", "x"))
                    .status()).isEqualTo(403);
            assertThat(portal.get("/api/v1/audit/transfers/" + transfer.id() + "/events").status())
                    .as("a transfer's past is staff's").isEqualTo(404);
            assertThat(portal.get("/api/v1/products/" + stock.productId() + "/stock").status()).isEqualTo(403);
        }
        assertThat(api().get("/api/v1/audit/transfers/" + transfer.id() + "/events").status()).isEqualTo(200);
    }

    private String tenantReader() {
        String name = unique("tenant-reader").toLowerCase();
        Api.Response role = api().post("/api/v1/admin/roles", Map.of("name", name, "description",
                "Reads everything a tenant could", "permissions", List.of("audit:read", "orders:read",
                        "backorders:read", "customers:read", "notifications:read", "reports:read",
                        "purchase-orders:read", "suppliers:read", "invoices:read")));
        assertThat(role.status()).as(role.body().toString()).isBetween(200, 201);
        return name;
    }

    private String order(String customerId, StockFlows.StockSetup stock, String correlationId) {
        Api.Response placed = api().post("/api/v1/orders", Map.of("customerId", customerId, "warehouseId",
                stock.warehouseId(), "lines", List.of(Map.of("productId", stock.productId(), "quantity", 2))),
                Map.of("X-Correlation-Id", correlationId));
        assertThat(placed.status()).as(placed.body().toString()).isEqualTo(201);
        return placed.id();
    }

    private String backorderOf(String orderId) {
        return Eventually.get(api(), "/api/v1/orders/" + orderId,
                o -> o.path("lines").get(0).path("backorderId").isTextual()).path("lines").get(0)
                .path("backorderId").asText();
    }

    @Test
    void canKeepACustomerPortalUserToTheirOwnRecordsInEveryReadTheirPermissionsAllow() {
        StockFlows.StockSetup stock = StockFlows.stockItem(api(), "ScopedReads", "pcs", 0);
        String customerA = OrderFlows.customer(api(), "Alpha", unique("sa").toLowerCase() + "@example.com",
                "standard");
        String customerB = OrderFlows.customer(api(), "Bravo", unique("sb").toLowerCase() + "@example.com",
                "standard");
        String correlationA = unique("tenant-a");
        String correlationB = unique("tenant-b");
        String orderA = order(customerA, stock, correlationA);
        String orderB = order(customerB, stock, correlationB);
        String backorderA = backorderOf(orderA);
        String backorderB = backorderOf(orderB);
        String supplier = ProcurementFlows.activeSupplier(api(), unique("SC"));
        String purchaseOrder = sentOrder(supplier, stock);
        Set<String> own = Set.of(customerA, orderA, backorderA);
        Api portal = Accounts.create(api(), "scoped-customer", Set.of("customer-portal", tenantReader()), customerA,
                null).api(port);

        Eventually.get(api(), "/api/v1/notifications?size=200&customerId=" + customerB,
                page -> page.path("content").size() > 0);
        Eventually.get(api(), "/api/v1/reports/backorders?customerId=" + customerB, r -> r.path("total").asLong() > 0);
        Eventually.get(api(), "/api/v1/reports/spending", r -> keys(r).contains(supplier));
        assertThat(portal.get("/api/v1/notifications?size=200&customerId=" + customerB).body().path("content"))
                .as("another customer's notifications").isEmpty();
        portal.get("/api/v1/notifications?size=200").body().path("content").forEach(n ->
                assertThat(n.path("customerId").asText()).isEqualTo(customerA));
        assertThat(portal.get("/api/v1/reports/backorders?customerId=" + customerB).body().path("total").asLong())
                .isZero();
        JsonNode report = Eventually.get(portal, "/api/v1/reports/backorders", r -> r.path("total").asLong() > 0);
        assertThat(report.path("total").asLong()).isEqualTo(1);
        assertThat(report.path("byCustomer").properties()).extracting(Map.Entry::getKey).containsExactly(customerA);
        assertThat(keys(portal.get("/api/v1/reports/spending").body())).as("no supplier's spending").isEmpty();
        assertThat(ids(portal.get("/api/v1/purchase-orders?size=200").body())).isEmpty();
        assertThat(ids(portal.get("/api/v1/suppliers?size=200").body())).isEmpty();
        assertThat(ids(portal.get("/api/v1/invoices?size=200").body())).isEmpty();
        assertThat(ids(portal.get("/api/v1/payments?size=200").body())).isEmpty();
        assertThat(portal.get("/api/v1/suppliers/" + supplier + "/performance").status()).isEqualTo(404);

        String now = "?asOf=" + Instant.now().plusSeconds(1);
        assertThat(portal.get("/api/v1/orders/" + orderA + now).status()).isEqualTo(200);
        assertThat(portal.get("/api/v1/orders/" + orderB + now).status()).isEqualTo(404);
        assertThat(portal.get("/api/v1/stock-items/" + stock.stockItemId() + now).status())
                .as("stock's past is staff's").isEqualTo(404);
        assertThat(portal.get("/api/v1/audit/orders/" + orderA + "/events").status()).isEqualTo(200);
        assertThat(portal.get("/api/v1/audit/backorders/" + backorderA + "/events").status()).isEqualTo(200);
        assertThat(portal.get("/api/v1/audit/orders/" + orderB + "/events").status()).isEqualTo(404);
        assertThat(portal.get("/api/v1/audit/backorders/" + backorderB + "/events").status()).isEqualTo(404);
        assertThat(portal.get("/api/v1/audit/customers/" + customerB + "/events").status()).isEqualTo(404);
        assertThat(portal.get("/api/v1/audit/purchase-orders/" + purchaseOrder + "/events").status()).isEqualTo(404);
        assertThat(portal.get("/api/v1/audit/stock-items/" + stock.stockItemId() + "/events").status())
                .isEqualTo(404);
        assertThat(portal.get("/api/v1/audit/users/" + adminId() + "/events").status())
                .as("nobody else's account").isEqualTo(404);
        assertThat(portal.get("/api/v1/audit/orders/" + orderA + "/diff").status()).isEqualTo(200);
        assertThat(portal.get("/api/v1/audit/orders/" + orderB + "/diff").status()).isEqualTo(404);
        assertThat(portal.get("/api/v1/audit/users/" + adminId() + "/diff").status()).isEqualTo(404);

        JsonNode trail = Eventually.get(portal, "/api/v1/audit/events?size=200",
                page -> aggregateIds(page.path("content")).containsAll(own));
        assertThat(aggregateIds(trail.path("content"))).as("only their own records' events").isSubsetOf(own);
        assertThat(portal.get("/api/v1/audit/events?size=200&aggregateType=UserAccount").body().path("content"))
                .isEmpty();
        String csv = portal.get("/api/v1/audit/events", Map.of("Accept", "text/csv")).raw().body();
        String ndjson = portal.get("/api/v1/audit/events", Map.of("Accept", "application/x-ndjson")).raw().body();
        for (String export : List.of(csv, ndjson)) {
            assertThat(export).contains(orderA).doesNotContain(orderB).doesNotContain(customerB)
                    .doesNotContain(backorderB).doesNotContain(purchaseOrder).doesNotContain("UserAccount");
        }
        assertThat(csv.lines().skip(1).toList()).allSatisfy(line ->
                assertThat(own.stream().anyMatch(line::contains)).as(line).isTrue());

        JsonNode correlated = portal.get("/api/v1/audit/correlations/" + correlationA).body();
        assertThat(aggregateIds(correlated.path("events"))).contains(orderA).isSubsetOf(own);
        assertThat(portal.get("/api/v1/audit/correlations/" + correlationB).status())
                .as("another customer's request").isEqualTo(404);
        assertThat(aggregateIds(api().get("/api/v1/audit/correlations/" + correlationB).body().path("events")))
                .as("staff see it").contains(orderB);
    }

    @Test
    void canKeepASupplierPortalUserToTheirOwnRecordsInEveryReadTheirPermissionsAllow() {
        StockFlows.StockSetup stock = StockFlows.stockItem(api(), "ScopedSourcing", "pcs", 0);
        String supplierA = ProcurementFlows.activeSupplier(api(), unique("SPA"));
        String supplierB = ProcurementFlows.activeSupplier(api(), unique("SPB"));
        String orderA = sentOrder(supplierA, stock);
        String orderB = sentOrder(supplierB, stock);
        String customer = OrderFlows.customer(api(), "Charlie", unique("sc").toLowerCase() + "@example.com",
                "standard");
        String customerOrder = order(customer, stock, unique("tenant-c"));
        Set<String> own = Set.of(supplierA, orderA);
        Api portal = Accounts.create(api(), "scoped-supplier", Set.of("supplier-portal", tenantReader()), null,
                supplierA).api(port);

        Eventually.get(api(), "/api/v1/reports/spending", r -> keys(r).containsAll(List.of(supplierA, supplierB)));
        Eventually.get(api(), "/api/v1/notifications?size=200&customerId=" + customer,
                page -> page.path("content").size() > 0);
        assertThat(ids(portal.get("/api/v1/purchase-orders?size=200").body())).containsExactly(orderA);
        assertThat(ids(portal.get("/api/v1/suppliers?size=200").body())).containsExactly(supplierA);
        assertThat(keys(Eventually.get(portal, "/api/v1/reports/spending", r -> keys(r).contains(supplierA))))
                .containsExactly(supplierA);
        portal.get("/api/v1/invoices?size=200").body().path("content").forEach(invoice ->
                assertThat(invoice.path("supplierId").asText()).isEqualTo(supplierA));
        portal.get("/api/v1/payments?size=200").body().path("content").forEach(payment ->
                assertThat(payment.path("supplierId").asText()).isEqualTo(supplierA));
        assertThat(portal.get("/api/v1/suppliers/" + supplierB + "/performance").status()).isEqualTo(404);
        assertThat(ids(portal.get("/api/v1/orders?size=200").body())).as("no customer's orders").isEmpty();
        assertThat(ids(portal.get("/api/v1/backorders?size=200").body())).isEmpty();
        assertThat(ids(portal.get("/api/v1/customers?size=200").body())).isEmpty();
        assertThat(portal.get("/api/v1/notifications?size=200").body().path("content"))
                .as("no customer's notifications").isEmpty();
        assertThat(portal.get("/api/v1/reports/backorders").body().path("total").asLong()).isZero();
        String checkA = qualityCheck(stock, orderA);
        String checkB = qualityCheck(stock, orderB);
        Api checksA = Accounts.create(api(), "supplier-portal", null, supplierA).api(port);
        assertThat(ids(checksA.get("/api/v1/quality-checks?size=200").body())).containsExactly(checkA);
        assertThat(ids(checksA.get("/api/v1/quality-checks?size=200&supplierId=" + supplierB).body())).isEmpty();
        assertThat(checksA.get("/api/v1/quality-checks/" + checkB).status()).isEqualTo(404);
        assertThat(checksA.get("/api/v1/quality-checks/" + checkA + "?asOf=" + Instant.now().plusSeconds(1))
                .status()).as("its audit permission is not the portal's").isEqualTo(403);
        assertThat(portal.get("/api/v1/quality-checks/" + checkA + "?asOf=" + Instant.now().plusSeconds(1))
                .status()).isEqualTo(200);
        assertThat(portal.get("/api/v1/quality-checks/" + checkB + "?asOf=" + Instant.now().plusSeconds(1))
                .status()).isEqualTo(404);
        assertThat(keys(Eventually.get(portal, "/api/v1/reports/quality?groupBy=supplier",
                r -> keys(r).contains(supplierA)))).containsExactly(supplierA);

        String now = "?asOf=" + Instant.now().plusSeconds(1);
        assertThat(portal.get("/api/v1/purchase-orders/" + orderA + now).status()).isEqualTo(200);
        assertThat(portal.get("/api/v1/purchase-orders/" + orderB + now).status()).isEqualTo(404);
        assertThat(portal.get("/api/v1/orders/" + customerOrder + now).status()).isEqualTo(404);
        assertThat(portal.get("/api/v1/audit/purchase-orders/" + orderA + "/events").status()).isEqualTo(200);
        assertThat(portal.get("/api/v1/audit/suppliers/" + supplierA + "/events").status()).isEqualTo(200);
        assertThat(portal.get("/api/v1/audit/purchase-orders/" + orderB + "/events").status()).isEqualTo(404);
        assertThat(portal.get("/api/v1/audit/suppliers/" + supplierB + "/events").status()).isEqualTo(404);
        assertThat(portal.get("/api/v1/audit/orders/" + customerOrder + "/events").status()).isEqualTo(404);
        assertThat(portal.get("/api/v1/audit/purchase-orders/" + orderA + "/diff").status()).isEqualTo(200);
        assertThat(portal.get("/api/v1/audit/purchase-orders/" + orderB + "/diff").status()).isEqualTo(404);

        JsonNode trail = Eventually.get(portal, "/api/v1/audit/events?size=200",
                page -> aggregateIds(page.path("content")).containsAll(own));
        assertThat(aggregateIds(trail.path("content"))).isSubsetOf(own);
        for (String accept : List.of("text/csv", "application/x-ndjson")) {
            assertThat(portal.get("/api/v1/audit/events", Map.of("Accept", accept)).raw().body())
                    .contains(orderA).doesNotContain(orderB).doesNotContain(supplierB).doesNotContain(customerOrder)
                    .doesNotContain("UserAccount");
        }
    }

    @Test
    void cannotSeeAnyoneWhenAStaffUserIsGivenAPortalRoleWithoutALink() {
        StockFlows.StockSetup stock = StockFlows.stockItem(api(), "ScopedStaff", "pcs", 0);
        String customer = OrderFlows.customer(api(), "Delta", unique("sd").toLowerCase() + "@example.com",
                "standard");
        String order = order(customer, stock, unique("tenant-d"));
        String backorder = backorderOf(order);
        String supplier = ProcurementFlows.activeSupplier(api(), unique("SD"));
        String purchaseOrder = sentOrder(supplier, stock);
        String reader = tenantReader();
        Accounts.Account account = Accounts.create(api(), "scoped-staff", Set.of("manager", reader), null, null);
        Api staff = account.api(port);
        assertThat(ids(staff.get("/api/v1/orders?size=200&customerId=" + customer).body()))
                .as("as staff, every customer").containsExactly(order);

        assertThat(api().put("/api/v1/admin/users/" + account.id() + "/roles",
                Map.of("roles", Set.of("manager", reader, "customer-portal"))).status()).isEqualTo(200);
        Eventually.get(staff, "/api/v1/orders?size=200", page -> page.path("content").isEmpty());
        assertNothingVisible(staff, customer, order, backorder, supplier, purchaseOrder);

        assertThat(api().put("/api/v1/admin/users/" + account.id() + "/roles",
                Map.of("roles", Set.of("manager", reader, "supplier-portal"))).status()).isEqualTo(200);
        Eventually.get(staff, "/api/v1/auth/me", me -> me.path("roles").toString().contains("supplier-portal"));
        assertNothingVisible(staff, customer, order, backorder, supplier, purchaseOrder);
    }

    private void assertNothingVisible(Api staff, String customer, String order, String backorder, String supplier,
                                      String purchaseOrder) {
        for (String list : List.of("orders", "backorders", "customers", "notifications", "purchase-orders",
                "suppliers", "invoices", "payments", "deliveries")) {
            assertThat(ids(staff.get("/api/v1/" + list + "?size=200").body())).as(list).isEmpty();
        }
        assertThat(ids(staff.get("/api/v1/alerts?size=200").body())).as("alerts").isEmpty();
        assertThat(staff.get("/api/v1/orders/" + order).status()).isEqualTo(404);
        assertThat(staff.get("/api/v1/purchase-orders/" + purchaseOrder).status()).isEqualTo(404);
        assertThat(staff.get("/api/v1/reports/backorders").body().path("total").asLong()).isZero();
        assertThat(keys(staff.get("/api/v1/reports/spending").body())).isEmpty();
        String now = "?asOf=" + Instant.now().plusSeconds(1);
        assertThat(staff.get("/api/v1/orders/" + order + now).status()).isEqualTo(404);
        assertThat(staff.get("/api/v1/suppliers/" + supplier + now).status()).isEqualTo(404);
        assertThat(staff.get("/api/v1/audit/customers/" + customer + "/events").status()).isEqualTo(404);
        assertThat(staff.get("/api/v1/audit/backorders/" + backorder + "/events").status()).isEqualTo(404);
        assertThat(staff.get("/api/v1/audit/orders/" + order + "/diff").status()).isEqualTo(404);
        assertThat(staff.get("/api/v1/audit/events?size=200").body().path("content")).isEmpty();
        assertThat(staff.get("/api/v1/audit/events", Map.of("Accept", "text/csv")).raw().body().lines())
                .as("the header alone").hasSize(1);
        assertThat(staff.get("/api/v1/audit/events", Map.of("Accept", "application/x-ndjson")).raw().body())
                .isBlank();
    }

    private static Set<String> aggregateIds(JsonNode events) {
        Set<String> ids = new java.util.HashSet<>();
        events.forEach(event -> ids.add(event.path("aggregateId").asText()));
        return ids;
    }

    private String qualityCheck(StockFlows.StockSetup stock, String purchaseOrderId) {
        Api.Response opened = api().post("/api/v1/quality-checks", Map.of("checkType", "incoming", "productId",
                stock.productId(), "warehouseId", stock.warehouseId(), "purchaseOrderId", purchaseOrderId));
        assertThat(opened.status()).as(opened.body().toString()).isEqualTo(201);
        return opened.id();
    }

    private static List<String> keys(JsonNode spending) {
        List<String> keys = new java.util.ArrayList<>();
        spending.path("groups").forEach(group -> keys.add(group.path("key").asText()));
        return keys;
    }

    private String sentOrder(String supplierId, StockFlows.StockSetup stock) {
        String id = ProcurementFlows.order(api(), supplierId, stock.warehouseId(),
                List.of(ProcurementFlows.line(stock.productId(), 4, 2.5)));
        ProcurementFlows.ok(api().post("/api/v1/purchase-orders/" + id + "/submission", Map.of()));
        ProcurementFlows.ok(api().post("/api/v1/purchase-orders/" + id + "/sending", Map.of()));
        return id;
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new java.util.ArrayList<>();
        page.path("content").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }
}
