package com.opsledger.infra.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static com.opsledger.infra.it.ProcurementFlows.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replenishment looks at the company's other warehouses before a supplier, over HTTP: a backorder at B with surplus at A
 * proposes a transfer from A and buys only the rest; nothing is reserved until a person requests the transfer from the
 * proposal, which from then on counts as coming (never proposed or bought twice) and fills the backorders on receipt.
 */
class ReplenishmentProposalIT extends ApplicationIT {

    private static final String PROPOSALS = "/api/v1/replenishment-proposals";
    private static final String MIGRATION = "db/migration/V124__replenishment_incoming_transfers.sql";

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void canProposeATransferFromAWarehouseWithSurplusAndPurchaseOnlyTheRest() {
        Api api = api();
        StockFlows.StockSetup a = StockFlows.stockItem(api, "Oats", "pcs", 2);
        OrderFlows.receive(api, a.stockItemId(), 10);
        String warehouseB = StockFlows.warehouse(api, unique("WH"), "Warehouse B");
        Api.Response openedAtB = api.post("/api/v1/stock-items", Map.of("productId", a.productId(),
                "warehouseId", warehouseB));
        assertThat(openedAtB.status()).as(openedAtB.body().toString()).isEqualTo(201);
        String supplierId = ProcurementFlows.activeSupplier(api, unique("SUP"));
        ok(api.put("/api/v1/suppliers/" + supplierId + "/products/" + a.productId(),
                Map.of("price", 3, "currency", "EUR", "leadTimeDays", 4)));
        ok(api.put("/api/v1/products/" + a.productId() + "/preferred-supplier", Map.of("supplierId", supplierId)));
        String customerId = OrderFlows.customer(api, "Vorschlag Kunde", unique("rp").toLowerCase() + "@example.com",
                "standard");

        List<String> backorders = new ArrayList<>();
        backorders.add(backorder(api, OrderFlows.order(api, customerId, warehouseB, a.productId(), 6)));
        backorders.add(backorder(api, OrderFlows.order(api, customerId, warehouseB, a.productId(), 6)));

        String drafts = "/api/v1/purchase-orders?status=DRAFT&supplierId=" + supplierId;
        JsonNode draft = Eventually.get(api, drafts, page -> page.path("content").size() == 1
                && quantity(page.path("content").get(0).path("lines").get(0)).compareTo(new BigDecimal("4")) == 0)
                .path("content").get(0);
        assertThat(draft.path("warehouseId").asText()).isEqualTo(warehouseB);
        String draftId = draft.path("id").asText();

        String ofProduct = PROPOSALS + "?productId=" + a.productId();
        JsonNode proposal = Eventually.get(api, ofProduct, list -> list.size() == 1
                && list.get(0).path("purchase").path("onDraft").decimalValue().compareTo(new BigDecimal("4")) == 0)
                .get(0);
        assertThat(proposal.path("warehouseId").asText()).isEqualTo(warehouseB);
        assertThat(proposal.path("unit").asText()).isEqualTo("pcs");
        assertThat(proposal.path("openBackorders").decimalValue()).isEqualByComparingTo("12");
        assertThat(proposal.path("incoming").decimalValue()).isZero();
        assertThat(proposal.path("shortfall").decimalValue()).isEqualByComparingTo("12");
        assertThat(proposal.path("transfers")).hasSize(1);
        JsonNode transfer = proposal.path("transfers").get(0);
        assertThat(transfer.path("fromWarehouseId").asText()).isEqualTo(a.warehouseId());
        assertThat(transfer.path("available").decimalValue()).isEqualByComparingTo("10");
        assertThat(transfer.path("surplus").decimalValue()).as("above its reorder point of 2")
                .isEqualByComparingTo("8");
        assertThat(transfer.path("quantity").decimalValue()).isEqualByComparingTo("8");
        assertThat(proposal.path("purchase").path("quantity").decimalValue()).as("only the rest is bought")
                .isEqualByComparingTo("4");
        assertThat(proposal.path("purchase").path("purchaseOrderId").asText()).isEqualTo(draftId);
        assertThat(stockItem(api, a.stockItemId()).path("reserved").decimalValue()).as("a proposal reserves nothing")
                .isZero();
        assertThat(api.get(PROPOSALS + "?warehouseId=" + a.warehouseId()).body()).as("A lacks nothing").isEmpty();
        assertThat(api.get(PROPOSALS + "?warehouseId=not-an-id").status()).isEqualTo(400);

        Api.Response requested = api.post("/api/v1/transfers", transfer.path("transferRequest"));
        assertThat(requested.status()).as(requested.body().toString()).isEqualTo(201);
        String transferPath = "/api/v1/transfers/" + requested.id();
        assertThat(stockItem(api, a.stockItemId()).path("reserved").decimalValue()).isEqualByComparingTo("8");
        JsonNode afterRequest = Eventually.get(api, ofProduct, list -> list.size() == 1
                && list.get(0).path("incoming").decimalValue().compareTo(new BigDecimal("8")) == 0
                && list.get(0).path("transfers").isEmpty()).get(0);
        assertThat(afterRequest.path("shortfall").decimalValue()).isEqualByComparingTo("4");
        assertThat(afterRequest.path("transfers")).as("never proposed twice").isEmpty();
        assertThat(afterRequest.path("purchase").path("quantity").decimalValue()).isEqualByComparingTo("4");

        backorders.add(backorder(api, OrderFlows.order(api, customerId, warehouseB, a.productId(), 3)));
        JsonNode raised = Eventually.get(api, "/api/v1/purchase-orders/" + draftId, body -> quantity(
                body.path("lines").get(0)).compareTo(new BigDecimal("4")) != 0);
        assertThat(quantity(raised.path("lines").get(0))).as("15 backordered, 8 coming by transfer")
                .isEqualByComparingTo("7");

        assertThat(api.post(transferPath + "/dispatch", Map.of()).status()).isEqualTo(200);
        Api.Response received = api.post(transferPath + "/receipts", Map.of("lines", List.of(Map.of("lineId", "1",
                "quantity", 8))));
        assertThat(received.status()).as(received.body().toString()).isEqualTo(200);
        JsonNode filled = Eventually.get(api, "/api/v1/backorders?productId=" + a.productId() + "&warehouseId="
                + warehouseB, page -> allocated(page).compareTo(new BigDecimal("8")) == 0);
        assertThat(field(filled, "id")).containsExactlyInAnyOrderElementsOf(backorders);
        assertThat(field(filled, "status")).as("the transfer fills a backorder wholly").contains("fulfilled");

        JsonNode afterReceipt = Eventually.get(api, ofProduct, list -> list.size() == 1
                && list.get(0).path("openBackorders").decimalValue().compareTo(new BigDecimal("7")) == 0).get(0);
        assertThat(afterReceipt.path("incoming").decimalValue()).isZero();
        assertThat(afterReceipt.path("shortfall").decimalValue()).isEqualByComparingTo("7");
        assertThat(afterReceipt.path("transfers")).isEmpty();
        assertThat(afterReceipt.path("purchase").path("quantity").decimalValue()).isEqualByComparingTo("7");
    }

    @Test
    void canFoldTheTransfersRequestedBeforeTheLookupFromTheirReadModel() throws IOException, InterruptedException {
        Api api = api();
        StockFlows.StockSetup a = StockFlows.stockItem(api, "Folded", "kg", 0);
        OrderFlows.receive(api, a.stockItemId(), 20);
        String warehouseB = StockFlows.warehouse(api, unique("WH"), "Warehouse B");
        String requested = transfer(api, a, warehouseB, 5);
        String partly = transfer(api, a, warehouseB, 6);
        assertThat(api.post("/api/v1/transfers/" + partly + "/dispatch", Map.of()).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/transfers/" + partly + "/receipts", Map.of("lines", List.of(Map.of(
                "lineId", "1", "quantity", 2.5)))).status()).isEqualTo(200);
        String cancelled = transfer(api, a, warehouseB, 3);
        assertThat(api.post("/api/v1/transfers/" + cancelled + "/cancellation", Map.of("reason", "not needed"))
                .status()).isEqualTo(200);
        List<Map<String, Object>> live = incoming();
        assertThat(live).filteredOn(row -> a.productId().equals(row.get("product_id")))
                .extracting(row -> row.get("transfer_id") + " " + ((BigDecimal) row.get("outstanding")).stripTrailingZeros()
                        .toPlainString()).containsExactlyInAnyOrder(requested + " 5", partly + " 3.5");

        String backfill = Arrays.stream(new ClassPathResource(MIGRATION).getContentAsString(StandardCharsets.UTF_8)
                        .split(";\n")).map(statement -> statement.replaceAll("(?m)^--.*\n", "").strip())
                .filter(statement -> statement.startsWith("insert")).findFirst().orElseThrow();
        long deadline = System.currentTimeMillis() + 15_000;
        List<Map<String, Object>> folded;
        do {
            // the read model it folds from follows the events a moment later
            Thread.sleep(100);
            folded = new TransactionTemplate(transactions).execute(status -> {
                jdbc.update("delete from cmd_transfer_incoming");
                jdbc.execute(backfill);
                status.setRollbackOnly();
                return incoming();
            });
        } while (!live.equals(folded) && System.currentTimeMillis() < deadline);
        assertThat(folded).isEqualTo(live);
        assertThat(incoming()).as("the live lookup, untouched").isEqualTo(live);
    }

    private static String transfer(Api api, StockFlows.StockSetup from, String toWarehouseId, Object quantity) {
        Api.Response requested = api.post("/api/v1/transfers", Map.of("fromWarehouseId", from.warehouseId(),
                "toWarehouseId", toWarehouseId, "lines", List.of(Map.of("productId", from.productId(),
                        "quantity", quantity))));
        assertThat(requested.status()).as(requested.body().toString()).isEqualTo(201);
        return requested.id();
    }

    private List<Map<String, Object>> incoming() {
        return jdbc.queryForList("select * from cmd_transfer_incoming order by transfer_id, line_id");
    }

    private static String backorder(Api api, String orderId) {
        JsonNode order = Eventually.get(api, "/api/v1/orders/" + orderId,
                o -> o.path("status").asText().equals("backordered"));
        return order.path("lines").get(0).path("backorderId").asText();
    }

    private static JsonNode stockItem(Api api, String stockItemId) {
        return api.get("/api/v1/stock-items/" + stockItemId).body();
    }

    private static BigDecimal allocated(JsonNode page) {
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode backorder : page.path("content")) {
            sum = sum.add(backorder.path("allocated").decimalValue());
        }
        return sum;
    }

    private static List<String> field(JsonNode page, String name) {
        List<String> values = new ArrayList<>();
        page.path("content").forEach(backorder -> values.add(backorder.path(name).asText()));
        return values;
    }

    private static BigDecimal quantity(JsonNode line) {
        return line.path("quantity").decimalValue();
    }
}
