package com.opsledger.query.warehouse;

import com.opsledger.kernel.warehouse.WarehouseCreatedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import com.opsledger.query.common.ReadModelTables;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Locale;

@Component
@ReadModelTables("warehouse_view")
@ProcessingGroup("warehouses-postgres")
class WarehouseTablePostgresProjection {

    private final WarehouseRowRepository rows;

    WarehouseTablePostgresProjection(WarehouseRowRepository rows) {
        this.rows = rows;
    }

    @EventHandler
    void on(WarehouseCreatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (rows.existsById(event.warehouseId())) {
            return;
        }
        WarehouseRow row = new WarehouseRow();
        row.id = event.warehouseId();
        row.code = event.code();
        row.codeUpper = event.code().toUpperCase(Locale.ROOT);
        row.name = event.name();
        row.version = sequence;
        row.createdAt = at;
        rows.save(row);
    }

    @ResetHandler
    void reset() {
        rows.deleteAllInBatch();
    }
}
