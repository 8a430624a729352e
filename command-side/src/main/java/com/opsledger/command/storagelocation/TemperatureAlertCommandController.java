package com.opsledger.command.storagelocation;

import com.opsledger.command.registry.ReferenceRegistry;
import com.opsledger.command.web.CommandSender;
import com.opsledger.command.web.IdResponse;
import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.common.NotFoundException;
import com.opsledger.kernel.storagelocation.AcknowledgeTemperatureAlertCommand;
import com.opsledger.kernel.storagelocation.TemperatureAlertId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/temperature-alerts")
@Tag(name = "Cold chain")
public record TemperatureAlertCommandController(CommandSender sender, ReferenceRegistry registry) {

    public record AcknowledgementRequest(String note) {
    }

    @RequiresPermission("temperature-alerts:acknowledge")
    @PostMapping("/{id}/acknowledgement")
    @Operation(summary = "Acknowledge a temperature alert (409 if it was already); it resolves once its excursion "
            + "has ended too")
    public IdResponse acknowledge(@PathVariable TemperatureAlertId id,
                                  @RequestBody(required = false) AcknowledgementRequest body) {
        String location = registry.ownerOf(StorageLocation.ALERT_SCOPE, id.value())
                .orElseThrow(() -> new NotFoundException("temperature alert", id.value()));
        sender.send(new AcknowledgeTemperatureAlertCommand(location, id.value(), body == null ? null : body.note()));
        return new IdResponse(id.value());
    }
}
