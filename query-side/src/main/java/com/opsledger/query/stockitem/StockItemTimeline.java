package com.opsledger.query.stockitem;

import com.opsledger.kernel.stockitem.BatchQuantity;
import com.opsledger.kernel.stockitem.BatchView;
import com.opsledger.kernel.stockitem.ReservationIssuedEvent;
import com.opsledger.kernel.stockitem.ReservationReleasedEvent;
import com.opsledger.kernel.stockitem.StockAdjustedEvent;
import com.opsledger.kernel.stockitem.StockItemOpenedEvent;
import com.opsledger.kernel.stockitem.StockLevels;
import com.opsledger.kernel.stockitem.StockReceivedEvent;
import com.opsledger.kernel.stockitem.StockReservedEvent;
import com.opsledger.kernel.stockitem.StockWrittenOffEvent;
import com.opsledger.query.audit.RecordEvent;
import com.opsledger.query.audit.ViewEvolution;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.List;

/** A stock item's levels and batches at any instant, from its own events. */
@Component
class StockItemTimeline implements ViewEvolution<StockItemState> {

    @Override
    public String resource() {
        return "stock-items";
    }

    @Override
    public long version(StockItemState state) {
        return state.version();
    }

    @Override
    public String aggregateType() {
        return "StockItem";
    }

    @Override
    public StockItemState evolve(StockItemState s, RecordEvent event) {
        Object payload = event.payload();
        if (payload instanceof StockItemOpenedEvent e) {
            return new StockItemState(e.stockItemId(), e.productId(), e.warehouseId(), e.unit(), BigDecimal.ZERO,
                    BigDecimal.ZERO, BigDecimal.ZERO,
                    List.of(), event.sequenceNumber(), event.timestamp());
        }
        if (payload instanceof StockReceivedEvent e) {
            return moved(s, event, e.levels(), List.of(new BatchQuantity(e.batch(), e.expiryDate(), e.quantity())), 1);
        }
        if (payload instanceof StockReservedEvent e) {
            return moved(s, event, e.levels(), List.of(), 1);
        }
        if (payload instanceof ReservationReleasedEvent e) {
            return moved(s, event, e.levels(), List.of(), 1);
        }
        if (payload instanceof ReservationIssuedEvent e) {
            return moved(s, event, e.levels(), e.batches(), -1);
        }
        if (payload instanceof StockAdjustedEvent e) {
            return moved(s, event, e.levels(), e.batches(), 1);
        }
        if (payload instanceof StockWrittenOffEvent e) {
            return moved(s, event, e.levels(), e.batches(), -1);
        }
        return s;
    }

    private static StockItemState moved(StockItemState s, RecordEvent event, StockLevels levels,
                                        List<BatchQuantity> changes, int sign) {
        var batches = s.batches();
        for (BatchQuantity change : changes) {
            batches = BatchBalances.apply(batches, change, sign);
        }
        return new StockItemState(s.id(), s.productId(), s.warehouseId(), s.unit(),
                StockItemRow.plain(levels.onHand().amount()), StockItemRow.plain(levels.reserved().amount()),
                StockItemRow.plain(levels.available().amount()), batches.stream().map(b -> new BatchView(b.batch(),
                b.expiryDate(), StockItemRow.plain(b.quantity()))).toList(), event.sequenceNumber(), event.timestamp());
    }
}
