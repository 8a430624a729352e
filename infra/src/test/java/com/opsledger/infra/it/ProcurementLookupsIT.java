package com.opsledger.infra.it;

import com.opsledger.command.invoice.PurchaseOrderFacts;
import com.opsledger.kernel.purchaseorder.PurchaseOrderStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static com.opsledger.infra.it.ProcurementFlows.line;
import static com.opsledger.infra.it.ProcurementFlows.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The purchase orders as invoices are matched against them: written with each purchase order command, and the
 * same when folded from the events by the migration that introduced them.
 */
class ProcurementLookupsIT extends ApplicationIT {

    private static final String MIGRATION = "db/migration/V63__purchase_order_lookups.sql";
    private static final String BACKFILL = "-- the purchase orders recorded before these lookups existed";

    @Autowired
    PurchaseOrderFacts purchaseOrders;

    @Autowired
    JdbcTemplate jdbc;

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
        ok(api.post(path + "/approval", Map.of("approvedBy", "maria")));
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
    }

    @Test
    void canFoldThePurchaseOrdersRecordedBeforeTheLookupsFromTheirEvents() throws IOException {
        canFollowAPurchaseOrderThroughConfirmationAndReceipts();
        String sql = new ClassPathResource(MIGRATION).getContentAsString(StandardCharsets.UTF_8);
        String backfill = sql.substring(sql.indexOf(BACKFILL));
        List<Map<String, Object>> orders = orders();
        List<Map<String, Object>> lines = lines();
        assertThat(orders).isNotEmpty();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.update("delete from cmd_purchase_order_line");
            jdbc.update("delete from cmd_purchase_order");
            for (String statement : backfill.split(";\n")) {
                if (!statement.isBlank()) {
                    jdbc.execute(statement);
                }
            }
            assertThat(orders()).isEqualTo(orders);
            assertThat(lines()).isEqualTo(lines);
            status.setRollbackOnly();
        });
        assertThat(orders()).as("the live lookups, untouched").isEqualTo(orders);
    }

    private List<Map<String, Object>> orders() {
        return jdbc.queryForList("select * from cmd_purchase_order order by purchase_order_id");
    }

    private List<Map<String, Object>> lines() {
        return jdbc.queryForList("select * from cmd_purchase_order_line order by purchase_order_id, line_id");
    }
}
