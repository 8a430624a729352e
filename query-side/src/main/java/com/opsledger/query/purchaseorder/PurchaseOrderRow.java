package com.opsledger.query.purchaseorder;

import com.opsledger.kernel.purchaseorder.PurchaseOrderHistoryView;
import com.opsledger.kernel.purchaseorder.PurchaseOrderLineView;
import com.opsledger.kernel.purchaseorder.PurchaseOrderStatus;
import com.opsledger.kernel.purchaseorder.PurchaseOrderView;
import com.opsledger.query.common.RecordRow;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static com.opsledger.query.common.Amounts.stripped;

@Entity
@Table(name = "purchase_order_view")
class PurchaseOrderRow extends RecordRow {

    String number;
    String supplierId;
    String warehouseId;
    @Enumerated(EnumType.STRING)
    PurchaseOrderStatus status;
    String currency;
    @JdbcTypeCode(SqlTypes.JSON)
    List<PurchaseOrderLineView> lines = new ArrayList<>();
    BigDecimal subtotal;
    BigDecimal discount;
    BigDecimal tax;
    BigDecimal total;
    LocalDate expectedDate;
    String approvedBy;
    String origin;
    Instant sentAt;
    @JdbcTypeCode(SqlTypes.JSON)
    List<PurchaseOrderHistoryView> history = new ArrayList<>();

    /** {@code row} (a new one when null) holding {@code state}. */
    static PurchaseOrderRow of(PurchaseOrderRow row, PurchaseOrderState state) {
        PurchaseOrderRow written = row == null ? new PurchaseOrderRow() : row;
        PurchaseOrderView view = state.view();
        written.record(view.id(), view.version(), view.createdAt(), view.updatedAt());
        written.number = view.number();
        written.supplierId = view.supplierId();
        written.warehouseId = view.warehouseId();
        written.status = view.status();
        written.currency = view.currency();
        written.lines = new ArrayList<>(view.lines());
        written.subtotal = view.subtotal();
        written.discount = view.discount();
        written.tax = view.tax();
        written.total = view.total();
        written.expectedDate = view.expectedDate();
        written.approvedBy = view.approvedBy();
        written.origin = view.origin();
        written.sentAt = state.sentAt();
        written.history = new ArrayList<>(view.history());
        return written;
    }

    PurchaseOrderState toState() {
        return new PurchaseOrderState(toView(), sentAt);
    }

    PurchaseOrderView toView() {
        return new PurchaseOrderView(id, number, supplierId, warehouseId, status,
                lines.stream().map(l -> new PurchaseOrderLineView(l.lineId(), l.productId(), stripped(l.quantity()),
                        stripped(l.received()), stripped(l.unitPrice()), l.expectedDate(), l.unit(),
                        l.returned() == null ? BigDecimal.ZERO : stripped(l.returned()))).toList(),
                stripped(subtotal), stripped(discount), stripped(tax), stripped(total), currency, expectedDate,
                approvedBy, origin, List.copyOf(history), version, createdAt, updatedAt);
    }
}
