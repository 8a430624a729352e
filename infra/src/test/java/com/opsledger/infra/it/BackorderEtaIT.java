package com.opsledger.infra.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Purchasing driven by backorders, over HTTP: a backorder proposes a draft purchase order, the right role approves
 * it, the supplier's date becomes the backorder's ETA, receipts fill the backorder, the invoice is matched and paid.
 */
class BackorderEtaIT extends ApplicationIT {

    @Test
    void canRunPurchasingFromABackorderToPayment() {
        StockFlows.StockSetup stock = StockFlows.stockItem(api(), "Bought", "pcs", 0);
        String supplierCode = unique("BUY");
        String supplierId = ProcurementFlows.activeSupplier(api(), supplierCode);
        ProcurementFlows.ok(api().put("/api/v1/suppliers/" + supplierId + "/products/" + stock.productId(),
                Map.of("price", 200, "currency", "EUR", "leadTimeDays", 10)));
        ProcurementFlows.ok(api().put("/api/v1/products/" + stock.productId() + "/preferred-supplier",
                Map.of("supplierId", supplierId)));
        String customerId = OrderFlows.customer(api(), "Buyer", unique("buy").toLowerCase() + "@example.com", "gold");
        String orderId = OrderFlows.order(api(), customerId, stock.warehouseId(), stock.productId(), 6);
        String backorder = "/api/v1/backorders/" + Eventually.get(api(), "/api/v1/orders/" + orderId,
                body -> body.path("lines").get(0).hasNonNull("backorderId")).path("lines").get(0)
                .path("backorderId").asText();

        JsonNode told = Eventually.get(api(), "/api/v1/notifications?kind=supplier-need&backorderId="
                + backorder.substring(backorder.lastIndexOf('/') + 1),
                body -> body.path("content").size() == 1
                        && body.path("content").get(0).path("status").asText().equals("sent"));
        assertThat(told.path("content").get(0).path("recipient").asText())
                .as("the preferred supplier hears of the need").isEqualTo("ines@" + supplierCode.toLowerCase() + ".example");

        JsonNode drafts = Eventually.get(api(), "/api/v1/purchase-orders?status=DRAFT&supplierId=" + supplierId,
                body -> body.path("totalElements").asInt() == 1);
        String path = "/api/v1/purchase-orders/" + drafts.path("content").get(0).path("id").asText();
        JsonNode draft = api().get(path).body();
        assertThat(draft.path("lines").get(0).path("productId").asText()).isEqualTo(stock.productId());
        assertThat(draft.path("lines").get(0).path("quantity").decimalValue()).isEqualByComparingTo("6");

        ProcurementFlows.ok(api().post(path + "/submission", Map.of()));
        assertThat(api().get(path).body().path("status").asText()).as("1,200 EUR needs a manager")
                .isEqualTo("SUBMITTED");
        assertThat(Accounts.create(api(), "warehouse-staff").api(port).post(path + "/approval", Map.of()).status())
                .isEqualTo(403);
        Accounts.Account manager = Accounts.create(api(), "manager");
        ProcurementFlows.ok(manager.api(port).post(path + "/approval", Map.of()));
        JsonNode approved = api().get(path).body();
        assertThat(approved.path("status").asText()).isEqualTo("APPROVED");
        assertThat(approved.path("approvedBy").asText()).isEqualTo(manager.username());

        ProcurementFlows.ok(api().post(path + "/sending", Map.of()));
        ProcurementFlows.ok(api().post(path + "/confirmation", Map.of("lines",
                List.of(Map.of("lineId", "1", "quantity", 6, "expectedDate", "2030-04-01")))));
        assertThat(Eventually.get(api(), backorder, body -> body.path("etaBasis").asText().startsWith("purchase-order"))
                .path("eta").asText()).isEqualTo("2030-04-01");

        ProcurementFlows.ok(api().post(path + "/receipts", Map.of("lines", List.of(Map.of("lineId", "1", "quantity", 2)))));
        Eventually.get(api(), backorder, body -> body.path("status").asText().equals("in-progress"));
        ProcurementFlows.ok(api().post(path + "/receipts", Map.of("lines", List.of(Map.of("lineId", "1", "quantity", 4)))));
        JsonNode filled = Eventually.get(api(), backorder, body -> body.path("status").asText().equals("fulfilled"));
        OrderFlows.assertBackorderAddsUp(filled);
        JsonNode item = api().get("/api/v1/stock-items/" + stock.stockItemId()).body();
        assertThat(item.path("onHand").decimalValue()).isEqualByComparingTo("6");
        assertThat(item.path("available").decimalValue()).isEqualByComparingTo("0");
        assertThat(api().get(path).body().path("status").asText()).isEqualTo("RECEIVED");

        Api.Response invoice = api().post("/api/v1/invoices", Map.of("purchaseOrderId", approved.path("id").asText(),
                "number", unique("INV"), "invoiceDate", "2030-04-05",
                "lines", List.of(Map.of("lineId", "1", "quantity", 6, "unitPrice", 210))));
        assertThat(invoice.status()).as(invoice.body().toString()).isEqualTo(201);
        String invoicePath = "/api/v1/invoices/" + invoice.id();
        assertThat(api().get(invoicePath).body().path("status").asText()).isEqualTo("MISMATCHED");
        assertThat(api().post("/api/v1/payments", Map.of("invoiceId", invoice.id(), "amount", 100)).status())
                .isEqualTo(422);
        ProcurementFlows.ok(manager.api(port).post(invoicePath + "/acceptance", Map.of("reason", "agreed surcharge")));
        ProcurementFlows.ok(manager.api(port).post("/api/v1/payments", Map.of("invoiceId", invoice.id(),
                "amount", api().get(invoicePath).body().path("total").decimalValue())));
        assertThat(api().get(invoicePath).body().path("status").asText()).isEqualTo("PAID");
    }

    @Test
    void canTakeTheEtaFromAConfirmedPurchaseOrderAndFallBackToTheLeadTimeWhenItIsCancelled() {
        StockFlows.StockSetup stock = StockFlows.stockItem(api(), "Inbound", "pcs", 0);
        String customerId = OrderFlows.customer(api(), "Eta Customer", unique("eta").toLowerCase() + "@example.com",
                "standard");
        String orderId = OrderFlows.order(api(), customerId, stock.warehouseId(), stock.productId(), 5);
        JsonNode order = Eventually.get(api(), "/api/v1/orders/" + orderId,
                body -> body.path("lines").get(0).hasNonNull("backorderId"));
        String backorder = "/api/v1/backorders/" + order.path("lines").get(0).path("backorderId").asText();
        String leadTimeEta = api().get(backorder).body().path("eta").asText();
        assertThat(api().get(backorder).body().path("etaBasis").asText()).isEqualTo("lead-time");

        String supplierId = ProcurementFlows.activeSupplier(api(), unique("ETA"));
        String purchaseOrderId = ProcurementFlows.order(api(), supplierId, stock.warehouseId(),
                List.of(ProcurementFlows.line(stock.productId(), 10, 3)));
        String path = "/api/v1/purchase-orders/" + purchaseOrderId;
        ProcurementFlows.ok(api().post(path + "/submission", Map.of()));
        ProcurementFlows.ok(api().post(path + "/sending", Map.of()));
        ProcurementFlows.ok(api().post(path + "/confirmation", Map.of("lines",
                List.of(Map.of("lineId", "1", "quantity", 10, "expectedDate", "2030-03-01")))));

        JsonNode covered = Eventually.get(api(), backorder,
                body -> body.path("etaBasis").asText().equals("purchase-order:" + purchaseOrderId));
        assertThat(covered.path("eta").asText()).isEqualTo("2030-03-01");

        ProcurementFlows.ok(api().post(path + "/cancellation", Map.of("reason", "supplier cannot deliver")));
        JsonNode fallenBack = Eventually.get(api(), backorder,
                body -> body.path("etaBasis").asText().equals("lead-time"));
        assertThat(fallenBack.path("eta").asText()).isEqualTo(leadTimeEta);
    }
}
