package com.opsledger.query.warehouse;

import com.opsledger.kernel.warehouse.WarehouseCreatedEvent;
import com.opsledger.kernel.warehouse.WarehouseView;
import com.opsledger.query.audit.RecordEvent;
import com.opsledger.query.audit.ViewEvolution;
import com.opsledger.query.common.EvolvedRows;
import com.opsledger.query.common.ReadModelTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

/** The warehouse table, and a warehouse as it was at any instant, through one {@link #evolve}. */
@Component
@ReadModelTables("warehouse_view")
@ProcessingGroup("warehouses-postgres")
class WarehouseTablePostgresProjection implements ViewEvolution<WarehouseView> {

    private final WarehouseRowRepository rows;

    WarehouseTablePostgresProjection(WarehouseRowRepository rows) {
        this.rows = rows;
    }

    @Override
    public String resource() {
        return "warehouses";
    }

    @Override
    public String aggregateType() {
        return "Warehouse";
    }

    @Override
    public WarehouseView evolve(WarehouseView w, RecordEvent event) {
        if (event.payload() instanceof WarehouseCreatedEvent e) {
            return new WarehouseView(e.warehouseId(), e.code(), e.name(), event.sequenceNumber(), event.timestamp());
        }
        return w;
    }

    @Override
    public long version(WarehouseView warehouse) {
        return warehouse.version();
    }

    @EventHandler
    void on(WarehouseCreatedEvent event, DomainEventMessage<?> message) {
        EvolvedRows.evolve(rows, event.warehouseId(), this, WarehouseRow::toView, WarehouseRow::of, message);
    }

    @ResetHandler
    void reset() {
        rows.deleteAllInBatch();
    }
}
