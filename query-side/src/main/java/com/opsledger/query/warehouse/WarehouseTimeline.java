package com.opsledger.query.warehouse;

import com.opsledger.kernel.warehouse.WarehouseCreatedEvent;
import com.opsledger.kernel.warehouse.WarehouseView;
import com.opsledger.query.audit.RecordEvent;
import com.opsledger.query.audit.ViewEvolution;
import org.springframework.stereotype.Component;

/** A warehouse as it was at any instant, in the shape of its usual view. */
@Component
class WarehouseTimeline implements ViewEvolution<WarehouseView> {

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
}
