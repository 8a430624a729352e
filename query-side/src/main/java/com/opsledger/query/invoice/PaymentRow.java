package com.opsledger.query.invoice;

import com.opsledger.kernel.invoice.PaymentView;
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
    String invoiceId;
    String purchaseOrderId;
    String supplierId;
    BigDecimal amount;
    String currency;
    LocalDate paidOn;
    String reference;
    Instant recordedAt;

    PaymentView toView() {
        return new PaymentView(id, invoiceId, purchaseOrderId, supplierId, stripped(amount), currency, paidOn,
                reference, recordedAt);
    }
}
