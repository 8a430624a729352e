package com.opsledger.command.delivery;

import com.opsledger.command.web.CommandSender;
import com.opsledger.command.web.IdResponse;
import com.opsledger.kernel.access.Caller;
import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.customer.CustomerId;
import com.opsledger.kernel.customer.SetDeliveryPreferencesCommand;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** How a customer's deliveries are handed over: whether the driver asks for the code sent at dispatch. */
@RestController
@Tag(name = "Customers")
public record DeliveryPreferencesController(CommandSender sender) {

    public record DeliveryPreferencesRequest(@NotNull Boolean proofCodeRequired) {
    }

    @PutMapping("/api/v1/customers/{id}/delivery-preferences")
    @RequiresPermission("customers:update")
    @Operation(summary = "Whether the customer's deliveries planned from now on ask for the code sent at dispatch "
            + "(they do unless set otherwise)")
    public IdResponse set(@PathVariable CustomerId id, @Valid @RequestBody DeliveryPreferencesRequest body,
                          @Parameter(hidden = true) Caller caller) {
        return sender.send(new SetDeliveryPreferencesCommand(id.value(), body.proofCodeRequired(),
                caller.customerScope()));
    }
}
