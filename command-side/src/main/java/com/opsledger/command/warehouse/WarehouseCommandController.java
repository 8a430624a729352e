package com.opsledger.command.warehouse;

import com.opsledger.command.web.CommandSender;
import com.opsledger.command.web.IdResponse;
import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.common.Ids;
import com.opsledger.kernel.warehouse.CreateWarehouseCommand;
import com.opsledger.kernel.warehouse.UpdateWarehouseCommand;
import com.opsledger.kernel.warehouse.WarehouseId;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import java.math.BigDecimal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/warehouses")
@Tag(name = "Warehouses")
public record WarehouseCommandController(CommandSender sender) {

    public record CreateWarehouseRequest(@NotBlank @Size(max = 32) String code, @NotBlank @Size(max = 200) String name,
                                         BigDecimal latitude, BigDecimal longitude) {
    }

    public record UpdateWarehouseRequest(@NotBlank @Size(max = 200) String name, BigDecimal latitude,
                                         BigDecimal longitude) {
    }

    @RequiresPermission("warehouses:create")
    @PostMapping
    @Operation(summary = "Create a warehouse, with its coordinates if known; its code must be unique (409 otherwise)")
    public IdResponse create(@Valid @RequestBody CreateWarehouseRequest body) {
        return sender.create("/api/v1/warehouses", new CreateWarehouseCommand(Ids.newId(), body.code(), body.name(),
                body.latitude(), body.longitude()));
    }

    @RequiresPermission("warehouses:update")
    @PutMapping("/{id}")
    @Operation(summary = "Rename a warehouse and set its coordinates (decimal degrees; left out, they are cleared)")
    public IdResponse update(@PathVariable WarehouseId id, @Valid @RequestBody UpdateWarehouseRequest body) {
        return sender.send(new UpdateWarehouseCommand(id.value(), body.name(), body.latitude(), body.longitude()));
    }
}
