package com.opsledger.query.stockitem;

import com.opsledger.kernel.stockitem.ReservationIssuedEvent;
import com.opsledger.kernel.stockitem.ReservationReleasedEvent;
import com.opsledger.kernel.stockitem.StockReservedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import com.opsledger.query.common.ReadModelTables;
import org.springframework.stereotype.Component;

import java.time.Instant;

@Component
@ReadModelTables("reservation_view")
@ProcessingGroup("reservations-postgres")
class ReservationTablePostgresProjection {

    private final ReservationRowRepository rows;

    ReservationTablePostgresProjection(ReservationRowRepository rows) {
        this.rows = rows;
    }

    @EventHandler
    void on(StockReservedEvent event, @Timestamp Instant at) {
        if (rows.existsById(event.reservationId())) {
            return;
        }
        ReservationRow row = new ReservationRow();
        row.id = event.reservationId();
        row.stockItemId = event.stockItemId();
        row.quantity = event.quantity().amount();
        row.unit = event.quantity().unit();
        row.reference = event.reference();
        row.status = "reserved";
        row.createdAt = at;
        row.updatedAt = at;
        rows.save(row);
    }

    @EventHandler
    void on(ReservationReleasedEvent event, @Timestamp Instant at) {
        close(event.reservationId(), "released", at);
    }

    @EventHandler
    void on(ReservationIssuedEvent event, @Timestamp Instant at) {
        close(event.reservationId(), "issued", at);
    }

    @ResetHandler
    void reset() {
        rows.deleteAllInBatch();
    }

    private void close(String reservationId, String status, Instant at) {
        rows.findById(reservationId).ifPresent(row -> {
            row.status = status;
            row.updatedAt = at;
            rows.save(row);
        });
    }
}
