package com.opsledger.query.warehouse;

import com.opsledger.kernel.warehouse.WarehouseCreatedEvent;
import com.opsledger.kernel.warehouse.WarehouseUpdatedEvent;
import com.opsledger.kernel.warehouse.WarehouseView;
import com.opsledger.query.audit.RecordEvent;
import com.opsledger.query.audit.RowEvolution;
import com.opsledger.query.common.Amounts;
import com.opsledger.query.common.ReadModelTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** The warehouse table, and a warehouse as it was at any instant, through one {@link #evolve}. */
@Component
@ReadModelTables("warehouse_view")
@ProcessingGroup("warehouses-postgres")
class WarehouseTablePostgresProjection extends RowEvolution<WarehouseRow, WarehouseView> {

    WarehouseTablePostgresProjection(WarehouseRowRepository rows) {
        super("warehouses", "Warehouse", WarehouseView::version, rows, WarehouseRow::toView, WarehouseRow::of);
    }

    @Override
    public WarehouseView evolve(WarehouseView w, RecordEvent event) {
        if (event.payload() instanceof WarehouseCreatedEvent e) {
            return new WarehouseView(e.warehouseId(), e.code(), e.name(), event.sequenceNumber(), event.timestamp(),
                    null, null);
        }
        if (w != null && event.payload() instanceof WarehouseUpdatedEvent e) {
            return new WarehouseView(w.id(), w.code(), e.name(), event.sequenceNumber(), w.createdAt(),
                    degrees(e.latitude()), degrees(e.longitude()));
        }
        return w;
    }

    @EventHandler
    void on(WarehouseCreatedEvent event, DomainEventMessage<?> message) {
        project(event.warehouseId(), message);
    }

    static java.math.BigDecimal degrees(java.math.BigDecimal value) {
        return value == null ? null : Amounts.plain(value);
    }

    @EventHandler
    void on(WarehouseUpdatedEvent event, DomainEventMessage<?> message) {
        project(event.warehouseId(), message);
    }
}
