package com.opsledger.infra.web;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class OperationIdsTest {

    @Test
    void namesAQueryGetOrListOnItsResource() {
        assertThat(OperationIds.of("GET", "/api/v1/stock-items/{id}", "get")).isEqualTo("getStockItem");
        assertThat(OperationIds.of("GET", "/api/v1/stock-items", "list")).isEqualTo("listStockItems");
        assertThat(OperationIds.of("GET", "/api/v1/stock-items/{id}/movements", "movements"))
                .isEqualTo("listStockItemMovements");
        assertThat(OperationIds.of("GET", "/api/v1/stock-items/{id}/reservations/{reservationId}", "reservation"))
                .isEqualTo("getStockItemReservation");
        assertThat(OperationIds.of("GET", "/api/v1/admin/users", "users")).isEqualTo("listUsers");
        assertThat(OperationIds.of("GET", "/api/v1/products/{id}/stock", "stock")).isEqualTo("getProductStock");
        assertThat(OperationIds.of("GET", "/api/v1/reports/spending", "spending")).isEqualTo("getSpendingReport");
        assertThat(OperationIds.of("GET", "/api/v1/categories", "list")).isEqualTo("listCategories");
        assertThat(OperationIds.of("GET", "/api/v1/addresses/{id}", "get")).isEqualTo("getAddress");
    }

    @Test
    void namesACommandByItsVerbOnTheRecordItActsOn() {
        assertThat(OperationIds.of("POST", "/api/v1/warehouses", "create")).isEqualTo("createWarehouse");
        assertThat(OperationIds.of("POST", "/api/v1/purchase-orders/{id}/approval", "approve"))
                .isEqualTo("approvePurchaseOrder");
        assertThat(OperationIds.of("POST", "/api/v1/orders/{id}/lines/{lineId}/cancellation", "cancelLine"))
                .isEqualTo("cancelOrderLine");
        assertThat(OperationIds.of("POST", "/api/v1/purchase-orders/{id}/lines", "addLine"))
                .isEqualTo("addPurchaseOrderLine");
        assertThat(OperationIds.of("POST", "/api/v1/admin/users/{id}/password-reset", "resetPassword"))
                .isEqualTo("resetUserPassword");
        assertThat(OperationIds.of("PUT", "/api/v1/suppliers/{id}/products/{productId}", "offer"))
                .isEqualTo("offerSupplierProduct");
        assertThat(OperationIds.of("POST", "/api/v1/alerts/{id}/acknowledgement", "acknowledge"))
                .isEqualTo("acknowledgeAlert");
    }

    @Test
    void takesTheNameGivenWhereTheRuleWouldReadBadly() {
        assertThat(OperationIds.of("POST", "/api/v1/stock-items/{id}/receipts", "receive")).isEqualTo("receiveStock");
        assertThat(OperationIds.of("POST", "/api/v1/auth/login", "login")).isEqualTo("signIn");
        // one operation answered by several handlers (one per representation) has one name whichever comes first
        assertThat(OperationIds.of("GET", "/api/v1/audit/events", "exportCsv"))
                .isEqualTo(OperationIds.of("GET", "/api/v1/audit/events", "trail"));
        Map<String, Long> names = OperationIds.NAMED.values().stream()
                .collect(java.util.stream.Collectors.groupingBy(name -> name, java.util.stream.Collectors.counting()));
        assertThat(names).allSatisfy((name, count) -> assertThat(count).as(name).isEqualTo(1L));
    }
}
