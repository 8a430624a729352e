package com.opsledger.infra.it;

import com.opsledger.command.invoice.InvoicedQuantities;
import com.opsledger.command.invoice.PurchaseOrderFacts;
import com.opsledger.kernel.purchaseorder.PurchaseOrderStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.opsledger.infra.it.ProcurementFlows.line;
import static com.opsledger.infra.it.ProcurementFlows.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The purchase orders and earlier invoices that an invoice is matched against: written with each command, and the
 * same when folded from the events by the migration that introduced them.
 */
class ProcurementLookupsIT extends ApplicationIT {

    private static final String MIGRATION = "db/migration/V63__purchase_order_lookups.sql";
    private static final String WAREHOUSES = "db/migration/V93__replenishment_needs.sql";

    @Autowired
    PurchaseOrderFacts purchaseOrders;

    @Autowired
    InvoicedQuantities invoiced;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void canFollowAPurchaseOrderThroughConfirmationAndReceipts() {
        Api api = api();
        StockFlows.StockSetup s = StockFlows.stockItem(api, "Looked up", "kg", 0);
        String supplierId = ProcurementFlows.activeSupplier(api, ApplicationIT.unique("SUP"));
        Api.Response created = ProcurementFlows.createOrder(api, supplierId, s.warehouseId(),
                List.of(line(s.productId(), 100, 12.5)), 19);
        ok(created);
        String path = "/api/v1/purchase-orders/" + created.id();
        ok(api.post(path + "/lines", line(StockFlows.product(api, ApplicationIT.unique("SKU"), "Added", "pcs", 0),
                3, 2)));
        PurchaseOrderFacts.Order draft = purchaseOrders.of(created.id()).orElseThrow();
        assertThat(draft.status()).isEqualTo(PurchaseOrderStatus.DRAFT);
        assertThat(draft.supplierId()).isEqualTo(supplierId);
        assertThat(draft.currency()).isEqualTo("EUR");
        assertThat(draft.taxRate()).isEqualByComparingTo("19");
        assertThat(draft.discountRate()).isNull();
        assertThat(draft.lines().keySet()).containsExactly("1", "2");
        assertThat(draft.lines().get("1").unitPrice().toString()).isEqualTo("12.50 EUR");
        assertThat(draft.lines().get("2").ordered().toString()).isEqualTo("3 pcs");

        ok(api.post(path + "/submission", Map.of()));
        ProcurementFlows.approveAsAnotherPerson(api, port, path);
        assertThat(purchaseOrders.of(created.id()).orElseThrow().status()).isEqualTo(PurchaseOrderStatus.APPROVED);
        ok(api.post(path + "/sending", Map.of()));
        ok(api.post(path + "/confirmation", Map.of("lines", List.of(
                Map.of("lineId", "1", "quantity", 80, "expectedDate", "2030-05-04")))));
        ok(api.post(path + "/receipts", Map.of("lines", List.of(Map.of("lineId", "1", "quantity", 30)))));

        PurchaseOrderFacts.Order partly = purchaseOrders.of(created.id()).orElseThrow();
        assertThat(partly.status()).isEqualTo(PurchaseOrderStatus.PARTIALLY_RECEIVED);
        assertThat(partly.lines().get("1").ordered().toString()).isEqualTo("80 kg");
        assertThat(partly.lines().get("1").received().toString()).isEqualTo("30 kg");
        assertThat(partly.lines().get("2").received().toString()).isEqualTo("0 pcs");
        assertThat(purchaseOrders.of(ApplicationIT.unique("none"))).isEmpty();

        ok(invoice(api, created.id(), 20));
        Api.Response twice = invoice(api, created.id(), 5);
        ok(twice);
        assertThat(invoiced.invoiced(created.id(), "1")).isEqualByComparingTo("25");
        ok(api.post("/api/v1/invoices/" + twice.id() + "/rejection", Map.of("reason", "sent twice")));
        assertThat(invoiced.invoiced(created.id(), "1")).isEqualByComparingTo("20");
        assertThat(invoiced.invoiced(created.id(), "2")).isZero();
    }

    private static Api.Response invoice(Api api, String purchaseOrderId, int quantity) {
        return api.post("/api/v1/invoices", Map.of("purchaseOrderId", purchaseOrderId,
                "number", ApplicationIT.unique("INV"), "invoiceDate", "2030-05-10",
                "lines", List.of(Map.of("lineId", "1", "quantity", quantity, "unitPrice", 12.5))));
    }

    @Test
    void canFoldThePurchaseOrdersRecordedBeforeTheLookupsFromTheirEvents() throws IOException {
        canFollowAPurchaseOrderThroughConfirmationAndReceipts();
        String sql = new ClassPathResource(MIGRATION).getContentAsString(StandardCharsets.UTF_8);
        List<String> backfill = Arrays.stream(sql.split(";\n"))
                .map(statement -> statement.replaceAll("(?m)^--.*\n", "").strip())
                .filter(statement -> statement.startsWith("create temporary table") || statement.startsWith("insert"))
                .toList();
        assertThat(backfill).hasSize(4);
        List<String> warehouses = Arrays.stream(new ClassPathResource(WAREHOUSES).getContentAsString(
                        StandardCharsets.UTF_8).split(";\n"))
                .map(statement -> statement.replaceAll("(?m)^--.*\n", "").strip())
                .filter(statement -> statement.startsWith("update cmd_purchase_order ")).toList();
        assertThat(warehouses).as("the warehouse of each purchase order, folded later").hasSize(1);
        Map<String, List<Map<String, Object>>> live = tables();
        assertThat(live.values()).allSatisfy(rows -> assertThat(rows).isNotEmpty());
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            live.keySet().forEach(table -> jdbc.update("delete from " + table));
            backfill.forEach(jdbc::execute);
            warehouses.forEach(jdbc::execute);
            assertThat(tables()).isEqualTo(live);
            status.setRollbackOnly();
        });
        assertThat(tables()).as("the live lookups, untouched").isEqualTo(live);
    }

    private Map<String, List<Map<String, Object>>> tables() {
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        tables.put("cmd_purchase_order_line", jdbc.queryForList("select * from cmd_purchase_order_line "
                + "order by purchase_order_id, line_id"));
        tables.put("cmd_purchase_order", jdbc.queryForList("select * from cmd_purchase_order "
                + "order by purchase_order_id"));
        tables.put("cmd_invoice_line", jdbc.queryForList("select * from cmd_invoice_line order by invoice_id, line_id"));
        return tables;
    }
}
