package com.opsledger.query.stockitem;

import com.opsledger.kernel.stockitem.ReservationView;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

import static com.opsledger.query.common.Amounts.stripped;

@Entity
@Table(name = "reservation_view")
class ReservationRow {

    @Id
    String id;
    String stockItemId;
    BigDecimal quantity;
    String unit;
    String reference;
    String status;
    Instant createdAt;
    Instant updatedAt;

    ReservationView toView() {
        return new ReservationView(id, stockItemId, stripped(quantity), unit, reference, status, createdAt, updatedAt);
    }
}
