package com.opsledger.query.supplier;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** What the performance projection keeps of each purchase order: its supplier, when it was sent, its quantities. */
@Entity
@Table(name = "supplier_performance_order")
class SupplierPerformanceOrderRow {

    @Id
    String purchaseOrderId;
    String supplierId;
    LocalDate sentOn;
    @JdbcTypeCode(SqlTypes.JSON)
    Map<String, BigDecimal> lines = new HashMap<>();
    long version;

    BigDecimal ordered() {
        return lines.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
