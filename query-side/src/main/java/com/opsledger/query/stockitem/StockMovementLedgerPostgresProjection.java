package com.opsledger.query.stockitem;

import com.opsledger.kernel.stockitem.BatchView;
import com.opsledger.kernel.stockitem.StockLevelsChangedEvent;
import com.opsledger.query.common.BatchedJdbcWrites;
import com.opsledger.query.common.JsonColumns;
import com.opsledger.query.common.ReadModelTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

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

    /**
     * One row per event, keyed {@code <stockItemId>/<sequence>}: a redelivered or replayed event inserts nothing. The
     * rows of a processing batch go to PostgreSQL as one JDBC batch.
     */
    @EventHandler
    void on(StockLevelsChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue("userId") String userId) {
        StockMovement movement = StockMovement.of(event);
        List<BatchView> batches = movement.batches().stream()
                .map(b -> new BatchView(b.batch(), b.expiryDate(), b.quantity().amount())).toList();
        writes.add(INSERT, movement.stockItemId() + "/" + sequence, movement.stockItemId(), sequence, movement.type(),
                movement.signedQuantity(), movement.quantity().unit(), JsonColumns.write(batches),
                movement.reservationId(), movement.reference(), movement.reason(),
                movement.levels().onHand().amount(), movement.levels().reserved().amount(), userId,
                OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from stock_movement_view");
    }
}
