package com.opsledger.command.storagelocation;

import com.opsledger.command.web.CommandSender;
import com.opsledger.command.web.IdResponse;
import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.common.Ids;
import com.opsledger.kernel.storagelocation.CreateStorageLocationCommand;
import com.opsledger.kernel.storagelocation.SensorReading;
import com.opsledger.kernel.storagelocation.StorageLocationId;
import com.opsledger.kernel.storagelocation.UpdateStorageLocationCommand;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.util.List;

@RestController
@RequestMapping("/api/v1/storage-locations")
@Tag(name = "Cold chain")
public record StorageLocationCommandController(CommandSender sender, SensorReadingIntake intake) {

    public record CreateStorageLocationRequest(@NotBlank String warehouseId, String code, String name,
                                               @Schema(allowableValues = {"ambient", "chilled", "frozen"}) String kind,
                                               BigDecimal temperatureMinC, BigDecimal temperatureMaxC,
                                               BigDecimal humidityMinPct, BigDecimal humidityMaxPct) {
    }

    public record UpdateStorageLocationRequest(String name,
                                               @Schema(allowableValues = {"ambient", "chilled", "frozen"}) String kind,
                                               BigDecimal temperatureMinC, BigDecimal temperatureMaxC,
                                               BigDecimal humidityMinPct, BigDecimal humidityMaxPct) {
    }

    @RequiresPermission("storage-locations:create")
    @PostMapping
    @Operation(summary = "Create a storage location in a warehouse; its code is unique in the warehouse (409)")
    public IdResponse create(@Valid @RequestBody CreateStorageLocationRequest body) {
        return sender.create("/api/v1/storage-locations", new CreateStorageLocationCommand(Ids.newId(),
                Ids.requireValid("warehouseId", body.warehouseId()), body.code(), body.name(), body.kind(), body.temperatureMinC(),
                body.temperatureMaxC(), body.humidityMinPct(), body.humidityMaxPct()));
    }

    @RequiresPermission("storage-locations:update")
    @PutMapping("/{id}")
    @Operation(summary = "Change a storage location's name, kind and ranges")
    public IdResponse update(@PathVariable StorageLocationId id, @Valid @RequestBody UpdateStorageLocationRequest body) {
        return sender.send(new UpdateStorageLocationCommand(id.value(), body.name(), body.kind(),
                body.temperatureMinC(), body.temperatureMaxC(), body.humidityMinPct(), body.humidityMaxPct()));
    }

    @RequiresPermission("storage-locations:record-readings")
    @PostMapping("/{id}/readings")
    @Operation(summary = "Record up to 1,000 sensor readings; a run out of range longer than the grace (judged on "
            + "the readings' own times) starts an excursion and its temperature alert, a reading back in range ends it")
    public IdResponse readings(@PathVariable StorageLocationId id, @RequestBody List<SensorReading> body) {
        return intake.record(id.value(), body);
    }
}
