package com.opsledger.query.stockitem;

import com.opsledger.kernel.common.Quantity;
import com.opsledger.kernel.stockitem.BatchQuantity;
import com.opsledger.kernel.stockitem.BatchView;
import com.opsledger.kernel.stockitem.ReservationIssuedEvent;
import com.opsledger.kernel.stockitem.ReservationReleasedEvent;
import com.opsledger.kernel.stockitem.StockAdjustedEvent;
import com.opsledger.kernel.stockitem.StockLevels;
import com.opsledger.kernel.stockitem.StockReceivedEvent;
import com.opsledger.kernel.stockitem.StockReservedEvent;
import com.opsledger.kernel.stockitem.StockWrittenOffEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import com.opsledger.query.common.BatchedJdbcWrites;
import com.opsledger.query.common.JsonColumns;
import com.opsledger.query.common.ReadModelTables;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Every movement of every stock item, with the balances it left: the stock ledger. */
@Component
@ReadModelTables("stock_movement_view")
@ProcessingGroup("stock-movements-postgres")
class StockMovementLedgerPostgresProjection {

    private static final String INSERT = "insert into stock_movement_view (id, stock_item_id, sequence, type, quantity, "
            + "unit, batches, reservation_id, reference, reason, on_hand_after, reserved_after, user_id, occurred_at) "
            + "values (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?) on conflict (id) do nothing";

    private final BatchedJdbcWrites writes;
    private final JdbcTemplate jdbc;

    StockMovementLedgerPostgresProjection(BatchedJdbcWrites writes, JdbcTemplate jdbc) {
        this.writes = writes;
        this.jdbc = jdbc;
    }

    /** The facts of one movement, besides where and when it happened. */
    private record Movement(String type, BigDecimal quantity, String unit, List<BatchQuantity> batches,
                            String reservationId, String reference, String reason, StockLevels levels) {
    }

    @EventHandler
    void on(StockReceivedEvent e, @SequenceNumber long seq, @Timestamp Instant at, @MetaDataValue("userId") String user) {
        record(e.stockItemId(), seq, at, user, new Movement("received", e.quantity().amount(), e.quantity().unit(),
                List.of(new BatchQuantity(e.batch(), e.expiryDate(), e.quantity())), null, null, null, e.levels()));
    }

    @EventHandler
    void on(StockReservedEvent e, @SequenceNumber long seq, @Timestamp Instant at, @MetaDataValue("userId") String user) {
        record(e.stockItemId(), seq, at, user, new Movement("reserved", e.quantity().amount(), e.quantity().unit(),
                List.of(), e.reservationId(), e.reference(), null, e.levels()));
    }

    @EventHandler
    void on(ReservationReleasedEvent e, @SequenceNumber long seq, @Timestamp Instant at,
            @MetaDataValue("userId") String user) {
        record(e.stockItemId(), seq, at, user, new Movement("released", negated(e.quantity()), e.quantity().unit(),
                List.of(), e.reservationId(), e.reference(), null, e.levels()));
    }

    @EventHandler
    void on(ReservationIssuedEvent e, @SequenceNumber long seq, @Timestamp Instant at,
            @MetaDataValue("userId") String user) {
        record(e.stockItemId(), seq, at, user, new Movement("issued", negated(e.quantity()), e.quantity().unit(),
                e.batches(), e.reservationId(), e.reference(), null, e.levels()));
    }

    @EventHandler
    void on(StockAdjustedEvent e, @SequenceNumber long seq, @Timestamp Instant at, @MetaDataValue("userId") String user) {
        record(e.stockItemId(), seq, at, user, new Movement("adjusted", e.quantity().amount(), e.quantity().unit(),
                e.batches(), null, null, e.reason(), e.levels()));
    }

    @EventHandler
    void on(StockWrittenOffEvent e, @SequenceNumber long seq, @Timestamp Instant at,
            @MetaDataValue("userId") String user) {
        record(e.stockItemId(), seq, at, user, new Movement("written-off", negated(e.quantity()), e.quantity().unit(),
                e.batches(), null, null, e.reason(), e.levels()));
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from stock_movement_view");
    }

    private static BigDecimal negated(Quantity quantity) {
        return quantity.amount().negate();
    }

    /**
     * One row per event, keyed {@code <stockItemId>/<sequence>}: a redelivered or replayed event inserts nothing. The
     * rows of a processing batch go to PostgreSQL as one JDBC batch.
     */
    private void record(String stockItemId, long sequence, Instant at, String userId, Movement movement) {
        List<BatchView> batches = movement.batches().stream()
                .map(b -> new BatchView(b.batch(), b.expiryDate(), b.quantity().amount())).toList();
        writes.add(INSERT, stockItemId + "/" + sequence, stockItemId, sequence, movement.type(), movement.quantity(),
                movement.unit(), JsonColumns.write(batches), movement.reservationId(), movement.reference(), movement.reason(),
                movement.levels().onHand().amount(), movement.levels().reserved().amount(), userId,
                OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
    }
}
