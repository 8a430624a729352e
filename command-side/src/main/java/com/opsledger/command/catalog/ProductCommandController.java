package com.opsledger.command.catalog;

import com.opsledger.command.web.CommandSender;
import com.opsledger.command.web.IdResponse;
import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.catalog.CreateProductCommand;
import com.opsledger.kernel.catalog.ProductDetails;
import com.opsledger.kernel.catalog.ProductId;
import com.opsledger.kernel.catalog.UpdateProductCommand;
import com.opsledger.kernel.common.Ids;
import com.opsledger.kernel.common.Quantity;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
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

import java.math.BigDecimal;

/**
 * Products: the handling details ({@code perishable}, {@code shelfLifeDays} 1-3650, {@code storageTemperatureMinC} and
 * {@code storageTemperatureMaxC} in °C, {@code inspection}, {@code weightKg} per unit) and the list {@code price} and
 * {@code cost} per unit in {@code currency} are all optional; an update replaces them, an absent one is cleared.
 */
@RestController
@RequestMapping("/api/v1/products")
@Tag(name = "Products")
public record ProductCommandController(CommandSender sender) {

    public record CreateProductRequest(@NotBlank @Size(max = 64) String sku, @NotBlank @Size(max = 200) String name,
                                       @NotBlank @Size(max = 10) String unit,
                                       @NotNull @DecimalMin("0") @DecimalMax(Quantity.MAX)
                                       @Digits(integer = Quantity.DIGITS, fraction = Quantity.MAX_SCALE)
                                       BigDecimal reorderPoint,
                                       @NotNull @Min(0) @Max(3650) Integer leadTimeDays,
                                       @Size(max = 2000) String description,
                                       @Schema(description = "Free text, trimmed, up to 100 characters; "
                                               + "absent or blank = uncategorised") String category,
                                       Boolean perishable, Integer shelfLifeDays,
                                       BigDecimal storageTemperatureMinC, BigDecimal storageTemperatureMaxC,
                                       @Schema(description = "none (default), on-receipt or on-receipt-and-dispatch")
                                       String inspection, BigDecimal weightKg, BigDecimal price, BigDecimal cost,
                                       @Schema(description = "ISO 4217; required with a price or cost") String currency) {

        ProductDetails details() {
            return new ProductDetails(perishable, shelfLifeDays, storageTemperatureMinC, storageTemperatureMaxC,
                    inspection, weightKg, price, cost, currency);
        }
    }

    public record UpdateProductRequest(@NotBlank @Size(max = 200) String name,
                                       @NotNull @DecimalMin("0") @DecimalMax(Quantity.MAX)
                                       @Digits(integer = Quantity.DIGITS, fraction = Quantity.MAX_SCALE)
                                       BigDecimal reorderPoint,
                                       @NotNull @Min(0) @Max(3650) Integer leadTimeDays,
                                       @Size(max = 2000) String description,
                                       @Schema(description = "Replaces the category; absent or blank = "
                                               + "uncategorised") String category,
                                       Boolean perishable, Integer shelfLifeDays,
                                       BigDecimal storageTemperatureMinC, BigDecimal storageTemperatureMaxC,
                                       @Schema(description = "none (default), on-receipt or on-receipt-and-dispatch")
                                       String inspection, BigDecimal weightKg, BigDecimal price, BigDecimal cost,
                                       @Schema(description = "ISO 4217; required with a price or cost") String currency) {

        ProductDetails details() {
            return new ProductDetails(perishable, shelfLifeDays, storageTemperatureMinC, storageTemperatureMaxC,
                    inspection, weightKg, price, cost, currency);
        }
    }

    @RequiresPermission("products:create")
    @PostMapping
    @Operation(summary = "Create a product; its sku must be unique (409 otherwise)")
    public IdResponse create(@Valid @RequestBody CreateProductRequest body) {
        return sender.create("/api/v1/products", new CreateProductCommand(Ids.newId(), body.sku(), body.name(),
                body.unit(), body.reorderPoint(), body.leadTimeDays(), body.description(), body.category(),
                body.details()));
    }

    @RequiresPermission("products:update")
    @PutMapping("/{id}")
    @Operation(summary = "Change a product's name, reorder point, lead time, description, category, handling, weight, "
            + "price and cost (absent details are cleared)")
    public IdResponse update(@PathVariable ProductId id, @Valid @RequestBody UpdateProductRequest body) {
        return sender.send(new UpdateProductCommand(id.value(), body.name(), body.reorderPoint(), body.leadTimeDays(),
                body.description(), body.category(), body.details()));
    }
}
