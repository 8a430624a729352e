package com.opsledger.query.stockitem;

import com.opsledger.kernel.stockitem.BatchView;
import com.opsledger.kernel.stockitem.StockMovementView;
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
    String stockItemId;
    long sequence;
    String type;
    BigDecimal quantity;
    String unit;
    @JdbcTypeCode(SqlTypes.JSON)
    List<BatchView> batches;
    String reservationId;
    String reference;
    String reason;
    BigDecimal onHandAfter;
    BigDecimal reservedAfter;
    String userId;
    Instant occurredAt;

    StockMovementView toView() {
        return new StockMovementView(id, stockItemId, sequence, type, stripped(quantity), unit,
                batches.stream().map(b -> new BatchView(b.batch(), b.expiryDate(), stripped(b.quantity()))).toList(),
                reservationId, reference, reason, stripped(onHandAfter), stripped(reservedAfter), userId, occurredAt);
    }
}
