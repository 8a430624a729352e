package com.opsledger.command.route;

import com.opsledger.command.web.CommandSender;
import com.opsledger.command.web.IdResponse;
import com.opsledger.kernel.access.Caller;
import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.common.Ids;
import com.opsledger.kernel.route.ChangeRouteStopsCommand;
import com.opsledger.kernel.route.CompleteRouteCommand;
import com.opsledger.kernel.route.OptimiseRouteCommand;
import com.opsledger.kernel.route.PlanRouteCommand;
import com.opsledger.kernel.route.RouteId;
import com.opsledger.kernel.route.StartRouteCommand;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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

import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping(RouteCommandController.PATH)
@Tag(name = "Routes")
public record RouteCommandController(CommandSender sender, RouteNumbers numbers) {

    static final String PATH = "/api/v1/routes";

    public record PlanRouteRequest(@NotBlank String warehouseId, @NotNull LocalDate date, @NotBlank String vehicleId,
                                   @NotBlank String driverId, @Size(max = 100) List<String> deliveryIds) {
    }

    public record RouteStopsRequest(@NotNull @Size(max = 100) List<String> deliveryIds) {
    }

    public record OptimisationRequest(@NotBlank String objective) {
    }

    @PostMapping
    @RequiresPermission("routes:create")
    @Operation(summary = "Plan a route (RT-000123, planned): its deliveries in the order given, with planned arrivals "
            + "when coordinates are known; the load must fit the vehicle, the vehicle and the driver be free that date "
            + "and the licence valid")
    public IdResponse plan(@Valid @RequestBody PlanRouteRequest body) {
        return sender.create(PATH, new PlanRouteCommand(Ids.newId(), numbers.next(),
                Ids.requireValid("warehouseId", body.warehouseId()), body.date(),
                Ids.requireValid("vehicleId", body.vehicleId()), Ids.requireValid("driverId", body.driverId()),
                body.deliveryIds()));
    }

    @PutMapping("/{id}")
    @RequiresPermission("routes:update")
    @Operation(summary = "Change a planned route's deliveries and their order")
    public IdResponse stops(@PathVariable RouteId id, @Valid @RequestBody RouteStopsRequest body) {
        return sender.send(new ChangeRouteStopsCommand(id.value(), body.deliveryIds()));
    }

    @PostMapping("/{id}/optimisation")
    @RequiresPermission("routes:update")
    @Operation(summary = "Order a planned route's stops by the solver for distance or time (kept only when better); "
            + "422 naming the stops without coordinates")
    public IdResponse optimise(@PathVariable RouteId id, @Valid @RequestBody OptimisationRequest body) {
        return sender.send(new OptimiseRouteCommand(id.value(), body.objective()));
    }

    @PostMapping("/{id}/start")
    @RequiresPermission("routes:start")
    @Operation(summary = "The route leaves the warehouse: each delivery is dispatched (its stock leaves)")
    public IdResponse start(@PathVariable RouteId id, @Parameter(hidden = true) Caller caller) {
        return sender.send(new StartRouteCommand(id.value(), caller.scope().driverFilter()));
    }

    @PostMapping("/{id}/completion")
    @RequiresPermission("routes:complete")
    @Operation(summary = "The route is back at the warehouse")
    public IdResponse complete(@PathVariable RouteId id, @Parameter(hidden = true) Caller caller) {
        return sender.send(new CompleteRouteCommand(id.value(), caller.scope().driverFilter()));
    }
}
