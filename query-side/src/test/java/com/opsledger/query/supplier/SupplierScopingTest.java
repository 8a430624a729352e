package com.opsledger.query.supplier;

import com.opsledger.kernel.supplier.FindSupplierPerformanceQuery;
import com.opsledger.kernel.supplier.FindSupplierQuery;
import com.opsledger.kernel.supplier.PaymentTerms;
import com.opsledger.kernel.supplier.SupplierStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** A supplier-portal caller finds only their own supplier and its figures. */
class SupplierScopingTest {

    private static final String OWNER = "5b0c9f3e-1a2b-4c3d-8e9f-0a1b2c3d4e01";
    private static final String OTHER = "5b0c9f3e-1a2b-4c3d-8e9f-0a1b2c3d4e02";

    private final SupplierRowRepository rows = mock(SupplierRowRepository.class);
    private final SupplierPerformanceRowRepository performance = mock(SupplierPerformanceRowRepository.class);
    private final SupplierQueryHandler handler = new SupplierQueryHandler(rows, performance);

    @Test
    void canFindTheCallersOwnSupplierAndItsPerformance() {
        when(rows.findById(OWNER)).thenReturn(Optional.of(row()));
        SupplierPerformanceRow figures = new SupplierPerformanceRow();
        figures.supplierId = OWNER;
        when(performance.findById(OWNER)).thenReturn(Optional.of(figures));
        assertThat(handler.handle(new FindSupplierQuery(OWNER, OWNER))).isNotNull();
        assertThat(handler.handle(new FindSupplierPerformanceQuery(OWNER, OWNER)).rating()).as("nothing measured yet")
                .isNull();
    }

    @Test
    void cannotFindAnotherSupplierNorItsPerformance() {
        when(rows.findById(OWNER)).thenReturn(Optional.of(row()));
        assertThat(handler.handle(new FindSupplierQuery(OWNER, OTHER))).isNull();
        assertThat(handler.handle(new FindSupplierPerformanceQuery(OWNER, OTHER))).isNull();
    }

    private static SupplierRow row() {
        SupplierRow row = new SupplierRow();
        row.record(OWNER, 0, Instant.EPOCH, Instant.EPOCH);
        row.code = "S-1";
        row.name = "Mill";
        row.paymentTerms = PaymentTerms.NET_30;
        row.status = SupplierStatus.ACTIVE;
        return row;
    }
}
