package com.opsledger.query.invoice;

import com.opsledger.kernel.invoice.PaymentView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import static com.opsledger.query.common.Amounts.stripped;

@Entity
@Table(name = "payment_view")
class PaymentRow {

    @Id
    String id;
    @Column(name = "invoice_id")
    String invoiceId;
    @Column(name = "purchase_order_id")
    String purchaseOrderId;
    @Column(name = "supplier_id")
    String supplierId;
    BigDecimal amount;
    String currency;
    @Column(name = "paid_on")
    LocalDate paidOn;
    String reference;
    @Column(name = "recorded_at")
    Instant recordedAt;

    PaymentView toView() {
        return new PaymentView(id, invoiceId, purchaseOrderId, supplierId, stripped(amount), currency, paidOn,
                reference, recordedAt);
    }
}
