package com.opsledger.infra.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.opsledger.infra.it.ProcurementFlows.line;
import static com.opsledger.infra.it.ProcurementFlows.ok;
import static org.assertj.core.api.Assertions.assertThat;

class ProcurementScenarioIT extends ApplicationIT {

    @Test
    void canBuyFromASupplierThroughApprovalConfirmationAndTwoReceiptsOntoStock() {
        Api api = api();
        StockFlows.StockSetup stocked = StockFlows.stockItem(api, "Flour", "kg", 10);
        String unstocked = StockFlows.product(api, ApplicationIT.unique("SKU"), "Yeast", "pcs", 0);
        String supplierId = ProcurementFlows.activeSupplier(api, ApplicationIT.unique("SUP"));

        Api.Response created = ProcurementFlows.createOrder(api, supplierId, stocked.warehouseId(),
                List.of(line(stocked.productId(), 100, 12.5), line(unstocked, 4, 100)), 19);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String path = "/api/v1/purchase-orders/" + created.id();
        assertThat(created.header("Location")).isEqualTo(path);

        JsonNode draft = api.get(path).body();
        assertThat(draft.path("number").asText()).matches("PO-\\d{6}");
        assertThat(draft.path("status").asText()).isEqualTo("DRAFT");
        assertThat(draft.path("supplierId").asText()).isEqualTo(supplierId);
        assertThat(draft.path("currency").asText()).isEqualTo("EUR");
        assertThat(draft.path("total").decimalValue()).isEqualByComparingTo("1963.50");
        assertThat(draft.path("lines")).hasSize(2);
        assertThat(draft.path("lines").get(0).path("lineId").asText()).isEqualTo("1");
        assertThat(draft.path("lines").get(0).path("unitPrice").decimalValue()).isEqualByComparingTo("12.5");

        ok(api.post(path + "/submission", Map.of()));
        assertThat(api.get(path).body().path("status").asText()).as("above the first threshold")
                .isEqualTo("SUBMITTED");
        ProcurementFlows.approveAsAnotherPerson(api, port, path);
        JsonNode approved = api.get(path).body();
        assertThat(approved.path("status").asText()).isEqualTo("APPROVED");
        assertThat(approved.path("approvedBy").asText()).isNotBlank().isNotEqualTo("approval-policy");

        ok(api.post(path + "/sending", Map.of()));
        ok(api.post(path + "/confirmation", Map.of("lines", List.of(
                Map.of("lineId", "1", "quantity", 100, "expectedDate", "2030-05-04"),
                Map.of("lineId", "2", "quantity", 4, "expectedDate", "2030-05-06")))));
        JsonNode confirmed = api.get(path).body();
        assertThat(confirmed.path("status").asText()).isEqualTo("CONFIRMED");
        assertThat(confirmed.path("lines").get(0).path("expectedDate").asText()).isEqualTo("2030-05-04");

        Api.Response first = api.post(path + "/receipts", Map.of("lines", List.of(
                Map.of("lineId", "1", "quantity", 60, "batch", "L-1", "expiryDate", "2031-01-31",
                        "qualityGrade", "A"),
                Map.of("lineId", "2", "quantity", 4))));
        assertThat(first.status()).as(first.body().toString()).isEqualTo(201);
        JsonNode partly = api.get(path).body();
        assertThat(partly.path("status").asText()).isEqualTo("PARTIALLY_RECEIVED");
        assertThat(partly.path("lines").get(0).path("received").decimalValue()).isEqualByComparingTo("60");

        String stockPath = "/api/v1/stock-items/" + stocked.stockItemId();
        Eventually.get(api, stockPath, body -> body.path("onHand").decimalValue().compareTo(
                new java.math.BigDecimal("60")) == 0);
        JsonNode opened = Eventually.get(api, "/api/v1/stock-items?productId=" + unstocked + "&warehouseId="
                + stocked.warehouseId(), body -> body.path("totalElements").asLong() == 1
                && body.path("content").get(0).path("onHand").decimalValue().signum() > 0);
        assertThat(opened.path("content").get(0).path("onHand").decimalValue()).isEqualByComparingTo("4");

        Api.Response over = api.post(path + "/receipts", Map.of("lines", List.of(Map.of("lineId", "1", "quantity", 50))));
        assertThat(over.status()).isEqualTo(422);
        assertThat(over.body().path("rule").asText()).isEqualTo("over-receipt");

        ok(api.post(path + "/receipts", Map.of("lines", List.of(Map.of("lineId", "1", "quantity", 40, "batch", "L-2")))));
        JsonNode received = api.get(path).body();
        assertThat(received.path("status").asText()).isEqualTo("RECEIVED");
        assertThat(received.path("lines").get(0).path("received").decimalValue()).isEqualByComparingTo("100");
        JsonNode stock = Eventually.get(api, stockPath, body -> body.path("onHand").decimalValue().compareTo(
                new java.math.BigDecimal("100")) == 0);
        assertThat(stock.path("batches")).hasSize(2);

        Api.Response cancel = api.post(path + "/cancellation", Map.of("reason", "too late"));
        assertThat(cancel.status()).isEqualTo(422);

        List<String> history = received.path("history").findValuesAsText("event");
        assertThat(history).containsExactly("created", "submitted", "approved", "sent", "confirmed",
                "goods-received", "goods-received");

        JsonNode listed = api.get("/api/v1/purchase-orders?supplierId=" + supplierId + "&status=RECEIVED").body();
        assertThat(listed.path("totalElements").asLong()).isEqualTo(1);
        assertThat(listed.path("content").get(0).path("id").asText()).isEqualTo(created.id());

        JsonNode performance = api.get("/api/v1/suppliers/" + supplierId + "/performance").body();
        assertThat(performance.path("ordersSent").asLong()).isEqualTo(1);
        assertThat(performance.path("receipts").asLong()).isEqualTo(2);
        assertThat(performance.path("linesReceived").asLong()).isEqualTo(3);
        assertThat(performance.path("onTimeRate").decimalValue()).as("received before 2030").isEqualByComparingTo("1");
        assertThat(performance.path("fillRate").decimalValue()).isEqualByComparingTo("1");
        assertThat(performance.path("averageLeadTimeDays").decimalValue()).isEqualByComparingTo("0");
        assertThat(performance.path("rating").decimalValue()).isEqualByComparingTo("5");
        assertThat(performance.path("qualityPassRate").isNull()).isTrue();

        JsonNode bySupplier = Eventually.get(api, "/api/v1/reports/spending?groupBy=supplier",
                body -> body.path("groups").findValuesAsText("key").contains(supplierId));
        JsonNode spent = null;
        for (JsonNode group : bySupplier.path("groups")) {
            if (group.path("key").asText().equals(supplierId)) {
                spent = group;
            }
        }
        assertThat(spent.path("currency").asText()).isEqualTo("EUR");
        assertThat(spent.path("orders").asLong()).isEqualTo(1);
        assertThat(spent.path("total").decimalValue()).isEqualByComparingTo("1963.50");
        String month = java.time.YearMonth.now(java.time.ZoneOffset.UTC).toString();
        JsonNode byMonth = api.get("/api/v1/reports/spending?groupBy=month&from="
                + java.time.Instant.now().minusSeconds(86_400)).body();
        assertThat(byMonth.path("groups").findValuesAsText("key")).contains(month);
        JsonNode byCategory = api.get("/api/v1/reports/spending?groupBy=category&from="
                + java.time.Instant.now().minusSeconds(86_400)).body();
        assertThat(byCategory.path("groups").findValuesAsText("key")).as("both products are uncategorised")
                .contains("uncategorised");

        payTheSuppliersInvoicesAfterAThreeWayMatch(api, created.id(), supplierId);
    }

    private void payTheSuppliersInvoicesAfterAThreeWayMatch(Api api, String purchaseOrderId, String supplierId) {
        Api.Response dearer = api.post("/api/v1/invoices", Map.of("purchaseOrderId", purchaseOrderId,
                "number", "INV-1", "invoiceDate", "2030-05-10",
                "lines", List.of(Map.of("lineId", "1", "quantity", 100, "unitPrice", 12.6))));
        assertThat(dearer.status()).as(dearer.body().toString()).isEqualTo(201);
        String invoicePath = "/api/v1/invoices/" + dearer.id();
        JsonNode mismatched = api.get(invoicePath).body();
        assertThat(mismatched.path("status").asText()).isEqualTo("MISMATCHED");
        assertThat(mismatched.path("matched").asBoolean()).isFalse();
        assertThat(mismatched.path("dueDate").asText()).as("NET_30").isEqualTo("2030-06-09");
        assertThat(mismatched.path("total").decimalValue()).isEqualByComparingTo("1499.40");
        JsonNode matchedLine = mismatched.path("lines").get(0);
        assertThat(matchedLine.path("ordered").decimalValue()).isEqualByComparingTo("100");
        assertThat(matchedLine.path("received").decimalValue()).isEqualByComparingTo("100");
        assertThat(matchedLine.path("invoiced").decimalValue()).isEqualByComparingTo("100");
        assertThat(matchedLine.path("issues").get(0).asText()).isEqualTo("price-differs");

        Api.Response unresolved = api.post("/api/v1/payments", Map.of("invoiceId", dearer.id(), "amount", 100));
        assertThat(unresolved.status()).isEqualTo(422);
        assertThat(unresolved.body().path("rule").asText()).isEqualTo("invoice-mismatch-unresolved");

        ok(api.post(invoicePath + "/acceptance", Map.of("reason", "price rise agreed by phone")));
        assertThat(api.get(invoicePath).body().path("status").asText()).isEqualTo("ACCEPTED");
        Api.Response first = api.post("/api/v1/payments", Map.of("invoiceId", dearer.id(), "amount", 1000,
                "paidOn", "2030-05-20", "reference", "TRX-1"));
        assertThat(first.status()).as(first.body().toString()).isEqualTo(201);
        JsonNode partlyPaid = api.get(invoicePath).body();
        assertThat(partlyPaid.path("status").asText()).isEqualTo("PARTIALLY_PAID");
        assertThat(partlyPaid.path("outstanding").decimalValue()).isEqualByComparingTo("499.40");
        Api.Response tooMuch = api.post("/api/v1/payments", Map.of("invoiceId", dearer.id(), "amount", 500));
        assertThat(tooMuch.status()).isEqualTo(422);
        assertThat(tooMuch.body().path("rule").asText()).isEqualTo("overpayment");
        ok(api.post("/api/v1/payments", Map.of("invoiceId", dearer.id(), "amount", 499.4)));
        JsonNode paid = api.get(invoicePath).body();
        assertThat(paid.path("status").asText()).isEqualTo("PAID");
        assertThat(paid.path("outstanding").decimalValue()).isEqualByComparingTo("0");
        assertThat(paid.path("overdue").asBoolean()).isFalse();
        JsonNode payments = api.get("/api/v1/payments?invoiceId=" + dearer.id()).body();
        assertThat(payments.path("totalElements").asLong()).isEqualTo(2);
        assertThat(api.get("/api/v1/payments/" + first.id()).body().path("reference").asText()).isEqualTo("TRX-1");

        Api.Response old = api.post("/api/v1/invoices", Map.of("purchaseOrderId", purchaseOrderId,
                "number", "INV-2", "invoiceDate", "2020-01-01",
                "lines", List.of(Map.of("lineId", "2", "quantity", 4, "unitPrice", 100))));
        assertThat(old.status()).as(old.body().toString()).isEqualTo(201);
        assertThat(api.get("/api/v1/invoices/" + old.id()).body().path("status").asText()).isEqualTo("MATCHED");
        JsonNode overdue = api.get("/api/v1/invoices?supplierId=" + supplierId + "&overdue=true").body();
        assertThat(overdue.findValuesAsText("id")).containsExactly(old.id());
        assertThat(overdue.path("content").get(0).path("overdue").asBoolean()).isTrue();
        ok(api.post("/api/v1/payments", Map.of("invoiceId", old.id(), "amount", 476)));
        assertThat(api.get("/api/v1/invoices/" + old.id()).body().path("status").asText()).isEqualTo("PAID");
        assertThat(api.get("/api/v1/invoices?supplierId=" + supplierId + "&overdue=true").body()
                .path("totalElements").asLong()).as("paid, no longer overdue").isZero();

        Api.Response again = api.post("/api/v1/invoices", Map.of("purchaseOrderId", purchaseOrderId,
                "number", "inv-2", "invoiceDate", "2020-01-01",
                "lines", List.of(Map.of("lineId", "2", "quantity", 4, "unitPrice", 100))));
        assertThat(again.status()).as("one supplier invoice number once").isEqualTo(409);

        Api.Response twice = api.post("/api/v1/invoices", Map.of("purchaseOrderId", purchaseOrderId,
                "number", "INV-3", "invoiceDate", "2030-05-11",
                "lines", List.of(Map.of("lineId", "2", "quantity", 4, "unitPrice", 100))));
        assertThat(twice.status()).isEqualTo(201);
        JsonNode billedTwice = api.get("/api/v1/invoices/" + twice.id()).body();
        assertThat(billedTwice.path("status").asText()).as("the same goods billed again").isEqualTo("MISMATCHED");
        assertThat(billedTwice.path("lines").get(0).path("invoicedBefore").decimalValue()).isEqualByComparingTo("4");
        assertThat(billedTwice.path("lines").get(0).path("issues").toString()).contains("invoiced-above-received");
    }

    @Test
    void canApproveSmallOrdersAutomaticallyAndNumberOrdersInSequence() {
        Api api = api();
        StockFlows.StockSetup s = StockFlows.stockItem(api, "Salt", "kg", 0);
        String supplierId = ProcurementFlows.activeSupplier(api, ApplicationIT.unique("SUP"));
        String first = ProcurementFlows.order(api, supplierId, s.warehouseId(), List.of(line(s.productId(), 2, 3)));
        String second = ProcurementFlows.order(api, supplierId, s.warehouseId(), List.of(line(s.productId(), 2, 3)));
        int n1 = Integer.parseInt(api.get("/api/v1/purchase-orders/" + first).body().path("number").asText().substring(3));
        int n2 = Integer.parseInt(api.get("/api/v1/purchase-orders/" + second).body().path("number").asText().substring(3));
        assertThat(n2).isGreaterThan(n1);

        ok(api.post("/api/v1/purchase-orders/" + first + "/submission", Map.of()));
        JsonNode auto = api.get("/api/v1/purchase-orders/" + first).body();
        assertThat(auto.path("status").asText()).isEqualTo("APPROVED");
        assertThat(auto.path("approvedBy").asText()).isEqualTo("approval-policy");

        ok(api.post("/api/v1/purchase-orders/" + second + "/cancellation", Map.of("reason", "duplicate")));
        JsonNode cancelled = api.get("/api/v1/purchase-orders/" + second).body();
        assertThat(cancelled.path("status").asText()).isEqualTo("CANCELLED");
        assertThat(cancelled.path("history").get(1).path("note").asText()).isEqualTo("duplicate");
        assertThat(api.post("/api/v1/purchase-orders/" + second + "/cancellation", Map.of()).status()).isEqualTo(400);
    }

    @Test
    void cannotOrderFromAPendingSupplierNorCreateTwoSuppliersWithOneCode() {
        Api api = api();
        StockFlows.StockSetup s = StockFlows.stockItem(api, "Oil", "l", 0);
        String code = ApplicationIT.unique("SUP");
        Api.Response pending = api.post("/api/v1/suppliers", Map.of("code", code, "name", "Pending Ltd",
                "paymentTerms", "NET_15", "leadTimeDays", 3));
        assertThat(pending.status()).isEqualTo(201);
        assertThat(api.get("/api/v1/suppliers/" + pending.id()).body().path("status").asText()).isEqualTo("PENDING");

        Api.Response refused = ProcurementFlows.createOrder(api, pending.id(), s.warehouseId(),
                List.of(line(s.productId(), 1, 1)), null);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().path("rule").asText()).isEqualTo("supplier-not-active");

        Api.Response duplicate = api.post("/api/v1/suppliers", Map.of("code", code.toLowerCase(), "name", "Other",
                "paymentTerms", "NET_15", "leadTimeDays", 3));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.body().path("existingId").asText()).isEqualTo(pending.id());

        Api.Response offered = api.put("/api/v1/suppliers/" + pending.id() + "/products/" + s.productId(),
                Map.of("price", 2.35, "currency", "eur", "leadTimeDays", 4));
        assertThat(offered.status()).as(offered.body().toString()).isEqualTo(200);
        JsonNode supplier = api.get("/api/v1/suppliers/" + pending.id()).body();
        assertThat(supplier.path("products").get(0).path("currency").asText()).isEqualTo("EUR");
        assertThat(supplier.path("products").get(0).path("price").decimalValue()).isEqualByComparingTo("2.35");
        JsonNode found = api.get("/api/v1/suppliers?q=" + code.substring(0, code.length() - 2).toLowerCase()).body();
        assertThat(found.findValuesAsText("id")).contains(pending.id());
    }
}
