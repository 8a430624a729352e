package com.opsledger.query.stockitem;

import com.opsledger.kernel.stockitem.BatchView;
import com.opsledger.kernel.stockitem.StockMovementView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static com.opsledger.query.common.Amounts.stripped;

@Entity
@Table(name = "stock_movement_view")
class StockMovementRow {

    /** {@code <stockItemId>/<sequence>}: one row per event, so a redelivered event cannot add a second one. */
    @Id
    String id;
    @Column(name = "stock_item_id")
    String stockItemId;
    long sequence;
    String type;
    BigDecimal quantity;
    String unit;
    @JdbcTypeCode(SqlTypes.JSON)
    List<BatchView> batches;
    @Column(name = "reservation_id")
    String reservationId;
    String reference;
    String reason;
    @Column(name = "on_hand_after")
    BigDecimal onHandAfter;
    @Column(name = "reserved_after")
    BigDecimal reservedAfter;
    @Column(name = "user_id")
    String userId;
    @Column(name = "occurred_at")
    Instant occurredAt;

    StockMovementView toView() {
        return new StockMovementView(id, stockItemId, sequence, type, stripped(quantity), unit,
                batches.stream().map(b -> new BatchView(b.batch(), b.expiryDate(), stripped(b.quantity()))).toList(),
                reservationId, reference, reason, stripped(onHandAfter), stripped(reservedAfter), userId, occurredAt);
    }
}
