package com.opsledger.command.supplier;

import com.opsledger.command.web.CommandSender;
import com.opsledger.command.web.IdResponse;
import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.common.Ids;
import com.opsledger.kernel.supplier.ChangeSupplierStatusCommand;
import com.opsledger.kernel.supplier.CreateSupplierCommand;
import com.opsledger.kernel.supplier.PaymentTerms;
import com.opsledger.kernel.supplier.SupplierId;
import com.opsledger.kernel.supplier.SupplierStatus;
import com.opsledger.kernel.supplier.UpdateSupplierCommand;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(SupplierCommandController.PATH)
@Tag(name = "Suppliers")
public record SupplierCommandController(CommandSender sender) {

    static final String PATH = "/api/v1/suppliers";

    public record CreateSupplierRequest(@NotBlank @Size(max = 32) String code, @NotBlank @Size(max = 200) String name,
                                        @Size(max = 200) String contactPerson, @Size(max = 254) String email,
                                        @Size(max = 32) String phone, @Size(max = 500) String address,
                                        @NotNull PaymentTerms paymentTerms,
                                        @NotNull @Min(0) @Max(3650) Integer leadTimeDays) {
    }

    public record UpdateSupplierRequest(@NotBlank @Size(max = 200) String name, @Size(max = 200) String contactPerson,
                                        @Size(max = 254) String email, @Size(max = 32) String phone,
                                        @Size(max = 500) String address, @NotNull PaymentTerms paymentTerms,
                                        @NotNull @Min(0) @Max(3650) Integer leadTimeDays) {
    }

    public record StatusRequest(@NotNull SupplierStatus status, @Size(max = 500) String reason) {
    }

    @PostMapping
    @RequiresPermission("suppliers:create")
    @Operation(summary = "Create a supplier (status PENDING); its code must be unique, ignoring case (409 otherwise)")
    public IdResponse create(@Valid @RequestBody CreateSupplierRequest body) {
        return sender.create(PATH, new CreateSupplierCommand(Ids.newId(), body.code(), body.name(),
                body.contactPerson(), body.email(), body.phone(), body.address(), body.paymentTerms(),
                body.leadTimeDays()));
    }

    @PutMapping("/{id}")
    @RequiresPermission("suppliers:update")
    @Operation(summary = "Change a supplier's name, contact, address, payment terms and lead time")
    public IdResponse update(@PathVariable SupplierId id, @Valid @RequestBody UpdateSupplierRequest body) {
        return sender.send(new UpdateSupplierCommand(id.value(), body.name(), body.contactPerson(), body.email(),
                body.phone(), body.address(), body.paymentTerms(), body.leadTimeDays()));
    }

    @PostMapping("/{id}/status")
    @RequiresPermission("suppliers:update")
    @Operation(summary = "Move a supplier to ACTIVE, SUSPENDED or INACTIVE (422 for a change the lifecycle forbids)")
    public IdResponse status(@PathVariable SupplierId id, @Valid @RequestBody StatusRequest body) {
        return sender.send(new ChangeSupplierStatusCommand(id.value(), body.status(), body.reason()));
    }
}
