package com.opsledger.command.supplier;

import com.opsledger.command.web.CommandSender;
import com.opsledger.command.web.Created;
import com.opsledger.command.web.IdResponse;
import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.common.Ids;
import com.opsledger.kernel.supplier.ChangeSupplierStatusCommand;
import com.opsledger.kernel.supplier.CreateSupplierCommand;
import com.opsledger.kernel.supplier.OfferSupplierProductCommand;
import com.opsledger.kernel.supplier.PaymentTerms;
import com.opsledger.kernel.supplier.SupplierStatus;
import com.opsledger.kernel.supplier.UpdateSupplierCommand;
import com.opsledger.kernel.supplier.WithdrawSupplierProductCommand;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;

@RestController
@RequestMapping(SupplierCommandController.PATH)
@Tag(name = "Suppliers")
public class SupplierCommandController {

    static final String PATH = "/api/v1/suppliers";

    private final CommandSender sender;

    public SupplierCommandController(CommandSender sender) {
        this.sender = sender;
    }

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

    public record CatalogueRequest(@NotNull @DecimalMin("0") BigDecimal price, @NotBlank String currency,
                                   @NotNull @Min(0) @Max(3650) Integer leadTimeDays) {
    }

    @PostMapping
    @RequiresPermission("suppliers:create")
    @Operation(summary = "Create a supplier (status PENDING); its code must be unique, ignoring case (409 otherwise)")
    public ResponseEntity<IdResponse> create(@Valid @RequestBody CreateSupplierRequest body, HttpServletRequest request,
                                             HttpServletResponse response) {
        String id = Ids.newId();
        sender.send(new CreateSupplierCommand(id, body.code(), body.name(), body.contactPerson(), body.email(),
                body.phone(), body.address(), body.paymentTerms(), body.leadTimeDays()), id, request, response);
        return Created.at(PATH, id);
    }

    @PutMapping("/{id}")
    @RequiresPermission("suppliers:update")
    @Operation(summary = "Change a supplier's name, contact, address, payment terms and lead time")
    public IdResponse update(@PathVariable String id, @Valid @RequestBody UpdateSupplierRequest body,
                             HttpServletRequest request, HttpServletResponse response) {
        String supplierId = Ids.requireValid("id", id);
        sender.send(new UpdateSupplierCommand(supplierId, body.name(), body.contactPerson(), body.email(),
                body.phone(), body.address(), body.paymentTerms(), body.leadTimeDays()), supplierId, request, response);
        return new IdResponse(supplierId);
    }

    @PostMapping("/{id}/status")
    @RequiresPermission("suppliers:update")
    @Operation(summary = "Move a supplier to ACTIVE, SUSPENDED or INACTIVE (422 for a change the lifecycle forbids)")
    public IdResponse status(@PathVariable String id, @Valid @RequestBody StatusRequest body,
                             HttpServletRequest request, HttpServletResponse response) {
        String supplierId = Ids.requireValid("id", id);
        sender.send(new ChangeSupplierStatusCommand(supplierId, body.status(), body.reason()), supplierId, request,
                response);
        return new IdResponse(supplierId);
    }

    @PutMapping("/{id}/products/{productId}")
    @RequiresPermission("suppliers:update")
    @Operation(summary = "Put a product in the supplier's catalogue, or change its price and lead time there")
    public IdResponse offer(@PathVariable String id, @PathVariable String productId,
                            @Valid @RequestBody CatalogueRequest body, HttpServletRequest request,
                            HttpServletResponse response) {
        String supplierId = Ids.requireValid("id", id);
        sender.send(new OfferSupplierProductCommand(supplierId, Ids.requireValid("productId", productId),
                body.price(), body.currency(), body.leadTimeDays()), supplierId, request, response);
        return new IdResponse(supplierId);
    }

    @DeleteMapping("/{id}/products/{productId}")
    @RequiresPermission("suppliers:update")
    @Operation(summary = "Take a product out of the supplier's catalogue")
    public IdResponse withdraw(@PathVariable String id, @PathVariable String productId, HttpServletRequest request,
                               HttpServletResponse response) {
        String supplierId = Ids.requireValid("id", id);
        sender.send(new WithdrawSupplierProductCommand(supplierId, Ids.requireValid("productId", productId)),
                supplierId, request, response);
        return new IdResponse(supplierId);
    }
}
