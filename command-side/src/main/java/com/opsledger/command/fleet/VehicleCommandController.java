package com.opsledger.command.fleet;

import com.opsledger.command.web.CommandSender;
import com.opsledger.command.web.IdResponse;
import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.common.Ids;
import com.opsledger.kernel.vehicle.ChangeVehicleStatusCommand;
import com.opsledger.kernel.vehicle.RegisterVehicleCommand;
import com.opsledger.kernel.vehicle.UpdateVehicleCommand;
import com.opsledger.kernel.vehicle.VehicleId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.LocalDate;

@RestController
@RequestMapping(VehicleCommandController.PATH)
@Tag(name = "Fleet")
public record VehicleCommandController(CommandSender sender) {

    static final String PATH = "/api/v1/vehicles";

    public record CreateVehicleRequest(@NotBlank @Size(max = 20) String number, @NotBlank String type,
                                       @Size(max = 100) String model, @NotNull BigDecimal capacityKg,
                                       @NotBlank String fuelType, LocalDate insuranceExpiry,
                                       LocalDate registrationExpiry, LocalDate nextMaintenanceDate) {
    }

    public record UpdateVehicleRequest(@NotBlank String type, @Size(max = 100) String model,
                                       @NotNull BigDecimal capacityKg, @NotBlank String fuelType,
                                       LocalDate insuranceExpiry, LocalDate registrationExpiry,
                                       LocalDate nextMaintenanceDate) {
    }

    public record VehicleStatusRequest(@NotBlank String status, @Size(max = 500) String reason) {
    }

    @PostMapping
    @RequiresPermission("vehicles:create")
    @Operation(summary = "Add a vehicle (type van, truck, bike or car; fuel petrol, diesel, electric or cng); it starts "
            + "active; its number must be unique ignoring case, spaces, dots and dashes (409 otherwise)")
    public IdResponse create(@Valid @RequestBody CreateVehicleRequest body) {
        return sender.create(PATH, new RegisterVehicleCommand(Ids.newId(), body.number(), body.type(), body.model(),
                body.capacityKg(), body.fuelType(), body.insuranceExpiry(), body.registrationExpiry(),
                body.nextMaintenanceDate()));
    }

    @PutMapping("/{id}")
    @RequiresPermission("vehicles:update")
    @Operation(summary = "Change a vehicle's type, model, capacity, fuel and due dates (its number is fixed)")
    public IdResponse update(@PathVariable VehicleId id, @Valid @RequestBody UpdateVehicleRequest body) {
        return sender.send(new UpdateVehicleCommand(id.value(), body.type(), body.model(), body.capacityKg(),
                body.fuelType(), body.insuranceExpiry(), body.registrationExpiry(), body.nextMaintenanceDate()));
    }

    @PostMapping("/{id}/status")
    @RequiresPermission("vehicles:update")
    @Operation(summary = "Put a vehicle in service (active), in maintenance or out of service (inactive)")
    public IdResponse status(@PathVariable VehicleId id, @Valid @RequestBody VehicleStatusRequest body) {
        return sender.send(new ChangeVehicleStatusCommand(id.value(), body.status(), body.reason()));
    }
}
