package com.opsledger.command.fleet;

import com.opsledger.kernel.driver.DriverRegisteredEvent;
import com.opsledger.kernel.driver.DriverUpdatedEvent;
import com.opsledger.kernel.driver.RegisterDriverCommand;
import com.opsledger.kernel.driver.UpdateDriverCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A person who drives routes. Their name, phone and licence number are personal data; the licence expiry decides
 * which dates they may be given a route on.
 */
@Aggregate
public class Driver {

    @AggregateIdentifier
    private String driverId;

    protected Driver() {
    }

    @CommandHandler
    public Driver(RegisterDriverCommand command, FleetDirectory directory) {
        DriverRegisteredEvent event = new DriverRegisteredEvent(command.driverId(), DriverRules.name(command.name()),
                DriverRules.phone(command.phone()), DriverRules.licenceNumber(command.licenceNumber()),
                DriverRules.licenceExpiry(command.licenceExpiry()));
        directory.driver(command.driverId(), event.licenceExpiry());
        apply(event);
    }

    @CommandHandler
    public void handle(UpdateDriverCommand command, FleetDirectory directory) {
        DriverUpdatedEvent event = new DriverUpdatedEvent(driverId, DriverRules.name(command.name()),
                DriverRules.phone(command.phone()), DriverRules.licenceNumber(command.licenceNumber()),
                DriverRules.licenceExpiry(command.licenceExpiry()));
        directory.driver(driverId, event.licenceExpiry());
        apply(event);
    }

    @EventSourcingHandler
    void on(DriverRegisteredEvent event) {
        driverId = event.driverId();
    }
}
