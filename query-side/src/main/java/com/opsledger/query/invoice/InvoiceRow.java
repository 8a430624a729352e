package com.opsledger.query.invoice;

import com.opsledger.kernel.invoice.InvoiceLineView;
import com.opsledger.kernel.invoice.InvoiceStatus;
import com.opsledger.kernel.invoice.InvoiceView;
import com.opsledger.query.common.RecordRow;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static com.opsledger.query.common.Amounts.stripped;

@Entity
@Table(name = "invoice_view")
class InvoiceRow extends RecordRow {

    String number;
    String purchaseOrderId;
    String supplierId;
    @Enumerated(EnumType.STRING)
    InvoiceStatus status;
    boolean matched;
    LocalDate invoiceDate;
    LocalDate dueDate;
    String currency;
    BigDecimal subtotal;
    BigDecimal total;
    BigDecimal paid;
    BigDecimal outstanding;
    @JdbcTypeCode(SqlTypes.JSON)
    List<InvoiceLineView> lines = new ArrayList<>();
    String acceptedBy;

    /** {@code row} (a new one when null) holding {@code view}; overdue is not stored, it depends on the day. */
    static InvoiceRow of(InvoiceRow row, InvoiceView view) {
        InvoiceRow written = row == null ? new InvoiceRow() : row;
        written.record(view.id(), view.version(), view.createdAt(), view.updatedAt());
        written.number = view.number();
        written.purchaseOrderId = view.purchaseOrderId();
        written.supplierId = view.supplierId();
        written.status = view.status();
        written.matched = view.matched();
        written.invoiceDate = view.invoiceDate();
        written.dueDate = view.dueDate();
        written.currency = view.currency();
        written.subtotal = view.subtotal();
        written.total = view.total();
        written.paid = view.paid();
        written.outstanding = view.outstanding();
        written.lines = new ArrayList<>(view.lines());
        written.acceptedBy = view.acceptedBy();
        return written;
    }

    InvoiceView toView(LocalDate today) {
        return new InvoiceView(id, number, purchaseOrderId, supplierId, status, matched,
                overdue(status, dueDate, today), invoiceDate, dueDate,
                currency, stripped(subtotal), stripped(total), stripped(paid), stripped(outstanding),
                List.copyOf(lines),
                acceptedBy, version, createdAt, updatedAt);
    }

    static boolean overdue(InvoiceStatus status, LocalDate dueDate, LocalDate day) {
        return status != InvoiceStatus.PAID && status != InvoiceStatus.REJECTED && dueDate.isBefore(day);
    }
}
