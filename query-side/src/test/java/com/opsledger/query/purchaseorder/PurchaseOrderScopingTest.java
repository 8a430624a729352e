package com.opsledger.query.purchaseorder;

import com.opsledger.kernel.purchaseorder.FindPurchaseOrderQuery;
import com.opsledger.kernel.purchaseorder.PurchaseOrderStatus;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** A supplier-portal caller finds only their own supplier's purchase orders; everyone else finds any. */
class PurchaseOrderScopingTest {

    private static final String ORDER = "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c01";
    private static final String OWNER = "5b0c9f3e-1a2b-4c3d-8e9f-0a1b2c3d4e01";
    private static final String OTHER = "5b0c9f3e-1a2b-4c3d-8e9f-0a1b2c3d4e02";

    private final PurchaseOrderRowRepository rows = mock(PurchaseOrderRowRepository.class);
    private final PurchaseOrderQueryHandler handler = new PurchaseOrderQueryHandler(rows);

    @Test
    void canFindAnOrderOfTheCallersOwnSupplierOrWithoutScope() {
        when(rows.findById(ORDER)).thenReturn(Optional.of(row()));
        assertThat(handler.handle(new FindPurchaseOrderQuery(ORDER, OWNER))).isNotNull();
        assertThat(handler.handle(new FindPurchaseOrderQuery(ORDER, null))).isNotNull();
    }

    @Test
    void cannotFindAnotherSuppliersOrder() {
        when(rows.findById(ORDER)).thenReturn(Optional.of(row()));
        assertThat(handler.handle(new FindPurchaseOrderQuery(ORDER, OTHER))).isNull();
    }

    private static PurchaseOrderRow row() {
        PurchaseOrderRow row = new PurchaseOrderRow();
        row.record(ORDER, 0, Instant.EPOCH, Instant.EPOCH);
        row.number = "PO-000001";
        row.supplierId = OWNER;
        row.warehouseId = OWNER;
        row.status = PurchaseOrderStatus.DRAFT;
        row.currency = "EUR";
        row.subtotal = BigDecimal.ONE;
        row.discount = BigDecimal.ZERO;
        row.tax = BigDecimal.ZERO;
        row.total = BigDecimal.ONE;
        return row;
    }
}
