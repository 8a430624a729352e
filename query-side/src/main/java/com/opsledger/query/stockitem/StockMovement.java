package com.opsledger.query.stockitem;

import com.opsledger.kernel.common.Quantity;
import com.opsledger.kernel.stockitem.BatchQuantity;
import com.opsledger.kernel.stockitem.BatchView;
import com.opsledger.kernel.stockitem.ReservationIssuedEvent;
import com.opsledger.kernel.stockitem.ReservationReleasedEvent;
import com.opsledger.kernel.stockitem.StockAdjustedEvent;
import com.opsledger.kernel.stockitem.StockLevels;
import com.opsledger.kernel.stockitem.StockLevelsChangedEvent;
import com.opsledger.kernel.stockitem.StockReceivedEvent;
import com.opsledger.kernel.stockitem.StockReservedEvent;
import com.opsledger.kernel.stockitem.StockWrittenOffEvent;

import java.math.BigDecimal;
import java.util.List;

/**
 * What one stock event did to its item: the kind of movement, its quantity and batches with the direction they went
 * (out of the item, or a reservation given back: {@code sign} -1), and the levels it left. Each stock event is read
 * here once, for the stock item table, the movement ledger and whatever else follows stock movements.
 */
public record StockMovement(String stockItemId, String type, int sign, Quantity quantity, List<BatchQuantity> batches,
                            String reservationId, String reference, String reason, StockLevels levels) {

    public static StockMovement of(StockLevelsChangedEvent event) {
        if (event instanceof StockReceivedEvent e) {
            return new StockMovement(e.stockItemId(), "received", 1, e.quantity(),
                    List.of(new BatchQuantity(e.batch(), e.expiryDate(), e.quantity())), null, null, null, e.levels());
        }
        if (event instanceof StockReservedEvent e) {
            return new StockMovement(e.stockItemId(), "reserved", 1, e.quantity(), List.of(), e.reservationId(),
                    e.reference(), null, e.levels());
        }
        if (event instanceof ReservationReleasedEvent e) {
            return new StockMovement(e.stockItemId(), "released", -1, e.quantity(), List.of(), e.reservationId(),
                    e.reference(), null, e.levels());
        }
        if (event instanceof ReservationIssuedEvent e) {
            return new StockMovement(e.stockItemId(), "issued", -1, e.quantity(), e.batches(), e.reservationId(),
                    e.reference(), null, e.levels());
        }
        if (event instanceof StockAdjustedEvent e) {
            return new StockMovement(e.stockItemId(), "adjusted", 1, e.quantity(), e.batches(), null, null,
                    e.reason(), e.levels());
        }
        if (event instanceof StockWrittenOffEvent e) {
            return new StockMovement(e.stockItemId(), "written-off", -1, e.quantity(), e.batches(), null, null,
                    e.reason(), e.levels());
        }
        throw new IllegalArgumentException("unknown stock movement " + event.getClass().getSimpleName());
    }

    /** The quantity, negative when it went out of the item or back from a reservation. */
    public BigDecimal signedQuantity() {
        return sign < 0 ? quantity.amount().negate() : quantity.amount();
    }

    /** The batches an item holds after this movement, when it held {@code held} before. */
    List<BatchView> batchesAfter(List<BatchView> held) {
        List<BatchView> after = held;
        for (BatchQuantity change : batches) {
            after = BatchBalances.apply(after, change, sign);
        }
        return after;
    }
}
