package com.opsledger.command.fleet;

import com.opsledger.command.web.CommandSender;
import com.opsledger.command.web.IdResponse;
import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.common.Ids;
import com.opsledger.kernel.driver.DriverId;
import com.opsledger.kernel.driver.RegisterDriverCommand;
import com.opsledger.kernel.driver.UpdateDriverCommand;
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

import java.time.LocalDate;

@RestController
@RequestMapping(DriverCommandController.PATH)
@Tag(name = "Fleet")
public record DriverCommandController(CommandSender sender) {

    static final String PATH = "/api/v1/drivers";

    public record DriverRequest(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 32) String phone,
                                @NotBlank @Size(max = 32) String licenceNumber, @NotNull LocalDate licenceExpiry) {
    }

    @PostMapping
    @RequiresPermission("drivers:create")
    @Operation(summary = "Register a driver; a user with the delivery-driver role names its id as driverId")
    public IdResponse create(@Valid @RequestBody DriverRequest body) {
        return sender.create(PATH, new RegisterDriverCommand(Ids.newId(), body.name(), body.phone(),
                body.licenceNumber(), body.licenceExpiry()));
    }

    @PutMapping("/{id}")
    @RequiresPermission("drivers:update")
    @Operation(summary = "Change a driver's name, phone and licence")
    public IdResponse update(@PathVariable DriverId id, @Valid @RequestBody DriverRequest body) {
        return sender.send(new UpdateDriverCommand(id.value(), body.name(), body.phone(), body.licenceNumber(),
                body.licenceExpiry()));
    }
}
