package com.opsledger.command.warehouse;

import com.opsledger.command.registry.ReferenceRegistry;
import com.opsledger.kernel.common.Coordinates;
import com.opsledger.kernel.common.FreeText;
import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.warehouse.CreateWarehouseCommand;
import com.opsledger.kernel.warehouse.UpdateWarehouseCommand;
import com.opsledger.kernel.warehouse.WarehouseCreatedEvent;
import com.opsledger.kernel.warehouse.WarehouseUpdatedEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.Locale;
import java.util.regex.Pattern;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

@Aggregate(cache = "warehouseCache")
public class Warehouse {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,31}");

    @AggregateIdentifier
    private String warehouseId;

    protected Warehouse() {
    }

    @CommandHandler
    public Warehouse(CreateWarehouseCommand command, ReferenceRegistry registry) {
        if (command.code() == null || !CODE.matcher(command.code()).matches()) {
            throw new InvalidValueException("code", "must be 1 to 32 letters, digits or . _ - and start with a letter or digit");
        }
        String name = FreeText.required("name", command.name(), 200);
        Coordinates.require("", command.latitude(), command.longitude());
        registry.claim("warehouse.code", "code", command.code().toUpperCase(Locale.ROOT), command.warehouseId());
        registry.registerWarehouse(command.warehouseId());
        apply(new WarehouseCreatedEvent(command.warehouseId(), command.code(), name));
        if (command.latitude() != null) {
            apply(new WarehouseUpdatedEvent(command.warehouseId(), name, command.latitude(), command.longitude()));
        }
    }

    /** A new name and coordinates (none clears them); the code stays. */
    @CommandHandler
    public void handle(UpdateWarehouseCommand command) {
        String name = FreeText.required("name", command.name(), 200);
        Coordinates.require("", command.latitude(), command.longitude());
        apply(new WarehouseUpdatedEvent(warehouseId, name, command.latitude(), command.longitude()));
    }

    @EventSourcingHandler
    void on(WarehouseCreatedEvent event) {
        warehouseId = event.warehouseId();
    }
}
