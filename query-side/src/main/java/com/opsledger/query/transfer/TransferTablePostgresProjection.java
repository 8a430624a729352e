package com.opsledger.query.transfer;

import com.opsledger.kernel.common.Quantity;
import com.opsledger.kernel.stockitem.BatchQuantity;
import com.opsledger.kernel.stockitem.BatchView;
import com.opsledger.kernel.transfer.DispatchedLine;
import com.opsledger.kernel.transfer.TransferArrival;
import com.opsledger.kernel.transfer.TransferCancelledEvent;
import com.opsledger.kernel.transfer.TransferDispatchedEvent;
import com.opsledger.kernel.transfer.TransferEvent;
import com.opsledger.kernel.transfer.TransferGoodsReceivedEvent;
import com.opsledger.kernel.transfer.TransferLineView;
import com.opsledger.kernel.transfer.TransferLoss;
import com.opsledger.kernel.transfer.TransferLossRecordedEvent;
import com.opsledger.kernel.transfer.TransferRequestedEvent;
import com.opsledger.kernel.transfer.TransferStatus;
import com.opsledger.kernel.transfer.TransferView;
import com.opsledger.query.audit.RecordEvent;
import com.opsledger.query.audit.RecordEvolution;
import com.opsledger.query.common.ReadModelTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;

import static com.opsledger.query.common.Amounts.plain;

/**
 * Transfers with their lines (asked for, dispatched in which batches, received, lost), and a transfer as it was at any
 * instant: both follow its events through one {@link #evolve}. The rows a processing batch touches are read once and
 * written back as one JDBC batch ({@link TransferRowsInBatch}). Transfers belong to no customer or supplier: staff
 * only.
 */
@Component
@ReadModelTables("transfer_view")
@ProcessingGroup("transfers-postgres")
class TransferTablePostgresProjection extends RecordEvolution<TransferView> {

    private final TransferRowsInBatch rows;

    TransferTablePostgresProjection(TransferRowsInBatch rows) {
        super("transfers", "Transfer", TransferView::version);
        this.rows = rows;
    }

    @Override
    public TransferView evolve(TransferView t, RecordEvent event) {
        Object payload = event.payload();
        if (payload instanceof TransferRequestedEvent e) {
            List<TransferLineView> lines = e.lines().stream().map(l -> new TransferLineView(l.lineId(),
                    l.productId(), l.batch(), l.quantity().unit(), plain(l.quantity().amount()), BigDecimal.ZERO,
                    BigDecimal.ZERO, BigDecimal.ZERO, List.of())).toList();
            return new TransferView(e.transferId(), e.number(), TransferStatus.REQUESTED, e.fromWarehouseId(),
                    e.toWarehouseId(), e.reason(), e.expectedDate(), lines, event.sequenceNumber(), event.timestamp(),
                    event.timestamp());
        }
        if (t == null) {
            return null;
        }
        if (payload instanceof TransferDispatchedEvent e) {
            return with(t, event, TransferStatus.IN_TRANSIT, line -> e.lines().stream()
                    .filter(d -> d.lineId().equals(line.lineId())).findFirst().map(d -> dispatched(line, d))
                    .orElse(line));
        }
        if (payload instanceof TransferGoodsReceivedEvent e) {
            return with(t, event, e.statusAfter(), line -> {
                BigDecimal arrived = e.arrivals().stream().filter(a -> a.lineId().equals(line.lineId()))
                        .map(TransferArrival::received).map(BatchQuantity::quantity).map(Quantity::amount)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                return new TransferLineView(line.lineId(), line.productId(), line.batch(), line.unit(),
                        line.quantity(), line.dispatched(), plain(line.received().add(arrived)), line.lost(),
                        line.batches());
            });
        }
        if (payload instanceof TransferLossRecordedEvent e) {
            return with(t, event, TransferStatus.CLOSED, line -> e.losses().stream()
                    .filter(l -> l.lineId().equals(line.lineId())).findFirst().map(TransferLoss::quantity)
                    .map(lost -> new TransferLineView(line.lineId(), line.productId(), line.batch(), line.unit(),
                            line.quantity(), line.dispatched(), line.received(), plain(lost.amount()),
                            line.batches())).orElse(line));
        }
        if (payload instanceof TransferCancelledEvent) {
            return with(t, event, TransferStatus.CANCELLED, UnaryOperator.identity());
        }
        return t;
    }

    @EventHandler
    void on(TransferEvent event, DomainEventMessage<?> message) {
        TransferView stored = rows.find(event.transferId()).orElse(null);
        TransferView next = evolveOnce(stored, RecordEvent.of(message));
        if (next != null) {
            rows.changed(next);
        }
    }

    @ResetHandler
    void reset() {
        rows.deleteAll();
    }

    private static TransferLineView dispatched(TransferLineView line, DispatchedLine d) {
        BigDecimal total = d.batches().stream().map(b -> b.quantity().amount()).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        List<BatchView> batches = d.batches().stream().map(b -> new BatchView(b.batch(), b.expiryDate(),
                plain(b.quantity().amount()))).toList();
        return new TransferLineView(line.lineId(), line.productId(), line.batch(), line.unit(), line.quantity(),
                plain(total), line.received(), line.lost(), batches);
    }

    private static TransferView with(TransferView t, RecordEvent event, String status,
                                     UnaryOperator<TransferLineView> line) {
        return new TransferView(t.id(), t.number(), status, t.fromWarehouseId(), t.toWarehouseId(), t.reason(),
                t.expectedDate(), t.lines().stream().map(line).toList(), event.sequenceNumber(), t.createdAt(),
                event.timestamp());
    }
}
