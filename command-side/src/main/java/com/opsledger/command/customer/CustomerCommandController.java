package com.opsledger.command.customer;

import com.opsledger.command.web.CommandSender;
import com.opsledger.command.web.IdResponse;
import com.opsledger.kernel.access.Caller;
import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.common.BusinessRuleViolationException;
import com.opsledger.kernel.common.Ids;
import com.opsledger.kernel.customer.Address;
import com.opsledger.kernel.customer.CreateCustomerCommand;
import com.opsledger.kernel.customer.CustomerId;
import com.opsledger.kernel.customer.UpdateCustomerCommand;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping(CustomerCommandController.PATH)
@Tag(name = "Customers")
public record CustomerCommandController(CommandSender sender) {

    static final String PATH = "/api/v1/customers";

    public record CustomerRequest(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 254) String email,
                                  @Size(max = 40) String phone, @NotBlank String tier, List<Address> addresses,
                                  String communicationPreference) {
    }

    @PostMapping
    @RequiresPermission("customers:create")
    @Operation(summary = "Create a customer; tier standard, silver or gold; communicationPreference email (default), "
            + "sms or none")
    public IdResponse create(@Valid @RequestBody CustomerRequest body, @Parameter(hidden = true) Caller caller) {
        if (caller.isScoped()) {
            throw new BusinessRuleViolationException("customer-scope", "a portal account cannot create customers");
        }
        return sender.create(PATH, new CreateCustomerCommand(Ids.newId(), body.name(), body.email(), body.phone(),
                body.tier(), body.addresses(), body.communicationPreference()));
    }

    @PutMapping("/{id}")
    @RequiresPermission("customers:update")
    @Operation(summary = "Replace a customer's details")
    public IdResponse update(@PathVariable CustomerId id, @Valid @RequestBody CustomerRequest body,
                             @Parameter(hidden = true) Caller caller) {
        return sender.send(new UpdateCustomerCommand(id.value(), body.name(), body.email(), body.phone(), body.tier(),
                body.addresses(), body.communicationPreference(), caller.customerScope()));
    }
}
