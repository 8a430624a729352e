package com.opsledger.command.supplier;

import com.opsledger.command.web.CommandSender;
import com.opsledger.command.web.IdResponse;
import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.catalog.ProductId;
import com.opsledger.kernel.common.Money;
import com.opsledger.kernel.supplier.OfferSupplierProductCommand;
import com.opsledger.kernel.supplier.SupplierId;
import com.opsledger.kernel.supplier.WithdrawSupplierProductCommand;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;

/** A supplier's catalogue: the products it offers, at which price and lead time. */
@RestController
@RequestMapping(SupplierCommandController.PATH)
@Tag(name = "Suppliers")
public record SupplierCatalogueController(CommandSender sender) {

    public record CatalogueRequest(@NotNull @DecimalMin("0") @DecimalMax(Money.MAX)
                                   @Digits(integer = Money.DIGITS, fraction = Money.MAX_SCALE) BigDecimal price,
                                   @NotBlank String currency,
                                   @NotNull @Min(0) @Max(3650) Integer leadTimeDays) {
    }

    @PutMapping("/{id}/products/{productId}")
    @RequiresPermission("suppliers:update")
    @Operation(summary = "Put a product in the supplier's catalogue, or change its price and lead time there")
    public IdResponse offer(@PathVariable SupplierId id, @PathVariable ProductId productId,
                            @Valid @RequestBody CatalogueRequest body) {
        return sender.send(new OfferSupplierProductCommand(id.value(), productId.value(),
                body.price(), body.currency(), body.leadTimeDays()));
    }

    @DeleteMapping("/{id}/products/{productId}")
    @RequiresPermission("suppliers:update")
    @Operation(summary = "Take a product out of the supplier's catalogue")
    public IdResponse withdraw(@PathVariable SupplierId id, @PathVariable ProductId productId) {
        return sender.send(new WithdrawSupplierProductCommand(id.value(), productId.value()));
    }
}
