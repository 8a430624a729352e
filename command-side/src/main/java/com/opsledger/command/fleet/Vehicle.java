package com.opsledger.command.fleet;

import com.opsledger.command.registry.ReferenceRegistry;
import com.opsledger.kernel.common.Reason;
import com.opsledger.kernel.vehicle.ChangeVehicleStatusCommand;
import com.opsledger.kernel.vehicle.RegisterVehicleCommand;
import com.opsledger.kernel.vehicle.UpdateVehicleCommand;
import com.opsledger.kernel.vehicle.VehicleRegisteredEvent;
import com.opsledger.kernel.vehicle.VehicleStatusChangedEvent;
import com.opsledger.kernel.vehicle.VehicleUpdatedEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A vehicle of the fleet: its number is unique (ignoring case, spaces, dots and dashes); it starts active, and only
 * an active vehicle is given routes.
 */
@Aggregate
public class Vehicle {

    static final String NUMBER_SCOPE = "vehicle.number";
    static final String ACTIVE = "active";

    @AggregateIdentifier
    private String vehicleId;
    private String status;
    private BigDecimal capacityKg;

    protected Vehicle() {
    }

    @CommandHandler
    public Vehicle(RegisterVehicleCommand command, ReferenceRegistry registry, FleetDirectory directory) {
        String number = VehicleRules.number(command.number());
        VehicleRegisteredEvent event = new VehicleRegisteredEvent(command.vehicleId(), number,
                VehicleRules.type(command.type()), VehicleRules.model(command.model()),
                VehicleRules.capacityKg(command.capacityKg()), VehicleRules.fuelType(command.fuelType()),
                VehicleRules.date("insuranceExpiry", command.insuranceExpiry()),
                VehicleRules.date("registrationExpiry", command.registrationExpiry()),
                VehicleRules.date("nextMaintenanceDate", command.nextMaintenanceDate()), ACTIVE);
        registry.claim(NUMBER_SCOPE, "number", VehicleRules.numberKey(number), command.vehicleId());
        directory.vehicle(command.vehicleId(), event.capacityKg(), ACTIVE);
        apply(event);
    }

    @CommandHandler
    public void handle(UpdateVehicleCommand command, FleetDirectory directory) {
        VehicleUpdatedEvent event = new VehicleUpdatedEvent(vehicleId, VehicleRules.type(command.type()),
                VehicleRules.model(command.model()), VehicleRules.capacityKg(command.capacityKg()),
                VehicleRules.fuelType(command.fuelType()),
                VehicleRules.date("insuranceExpiry", command.insuranceExpiry()),
                VehicleRules.date("registrationExpiry", command.registrationExpiry()),
                VehicleRules.date("nextMaintenanceDate", command.nextMaintenanceDate()));
        directory.vehicle(vehicleId, event.capacityKg(), status);
        apply(event);
    }

    @CommandHandler
    public void handle(ChangeVehicleStatusCommand command, FleetDirectory directory) {
        String next = VehicleRules.status(command.status());
        String reason = Reason.optional("reason", command.reason());
        if (next.equals(status)) {
            return;
        }
        directory.vehicle(vehicleId, capacityKg, next);
        apply(new VehicleStatusChangedEvent(vehicleId, status, next, reason));
    }

    @EventSourcingHandler
    void on(VehicleRegisteredEvent event) {
        vehicleId = event.vehicleId();
        status = event.status();
        capacityKg = event.capacityKg();
    }

    @EventSourcingHandler
    void on(VehicleUpdatedEvent event) {
        capacityKg = event.capacityKg();
    }

    @EventSourcingHandler
    void on(VehicleStatusChangedEvent event) {
        status = event.to();
    }
}
