package com.opsledger.query.fleet;

import com.opsledger.kernel.vehicle.VehicleEvent;
import com.opsledger.kernel.vehicle.VehicleRegisteredEvent;
import com.opsledger.kernel.vehicle.VehicleStatusChangedEvent;
import com.opsledger.kernel.vehicle.VehicleUpdatedEvent;
import com.opsledger.kernel.vehicle.VehicleView;
import com.opsledger.query.audit.RecordEvent;
import com.opsledger.query.audit.RowEvolution;
import com.opsledger.query.common.ReadModelTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** The vehicle table, and a vehicle as it was at any instant, through one {@link #evolve}. */
@Component
@ReadModelTables("vehicle_view")
@ProcessingGroup("vehicles-postgres")
class VehicleTablePostgresProjection extends RowEvolution<VehicleRow, VehicleView> {

    VehicleTablePostgresProjection(VehicleRowRepository rows) {
        super("vehicles", "Vehicle", VehicleView::version, rows, VehicleRow::toView, VehicleRow::of);
    }

    @Override
    public VehicleView evolve(VehicleView v, RecordEvent event) {
        Object payload = event.payload();
        if (payload instanceof VehicleRegisteredEvent e) {
            return new VehicleView(e.vehicleId(), e.number(), e.type(), e.model(), e.capacityKg(), e.fuelType(),
                    e.insuranceExpiry(), e.registrationExpiry(), e.nextMaintenanceDate(), e.status(), null,
                    event.sequenceNumber(), event.timestamp(), event.timestamp());
        }
        if (v == null) {
            return null;
        }
        if (payload instanceof VehicleUpdatedEvent e) {
            return new VehicleView(v.id(), v.number(), e.type(), e.model(), e.capacityKg(), e.fuelType(),
                    e.insuranceExpiry(), e.registrationExpiry(), e.nextMaintenanceDate(), v.status(),
                    v.statusReason(), event.sequenceNumber(), v.createdAt(), event.timestamp());
        }
        if (payload instanceof VehicleStatusChangedEvent e) {
            return new VehicleView(v.id(), v.number(), v.type(), v.model(), v.capacityKg(), v.fuelType(),
                    v.insuranceExpiry(), v.registrationExpiry(), v.nextMaintenanceDate(), e.to(), e.reason(),
                    event.sequenceNumber(), v.createdAt(), event.timestamp());
        }
        return v;
    }

    @EventHandler
    void on(VehicleEvent event, DomainEventMessage<?> message) {
        project(event.vehicleId(), message);
    }
}
