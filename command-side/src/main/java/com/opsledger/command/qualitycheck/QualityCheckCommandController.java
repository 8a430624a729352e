package com.opsledger.command.qualitycheck;

import com.opsledger.command.web.CommandSender;
import com.opsledger.command.web.IdResponse;
import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.common.Ids;
import com.opsledger.kernel.common.Quantity;
import com.opsledger.kernel.qualitycheck.CancelQualityCheckCommand;
import com.opsledger.kernel.qualitycheck.DecideQualityCheckCommand;
import com.opsledger.kernel.qualitycheck.OpenQualityCheckCommand;
import com.opsledger.kernel.qualitycheck.QualityCheckId;
import com.opsledger.kernel.qualitycheck.QualityScores;
import com.opsledger.kernel.qualitycheck.RecordQualityResultsCommand;
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
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;

@RestController
@RequestMapping(QualityCheckCommandController.PATH)
@Tag(name = "Quality checks")
public record QualityCheckCommandController(CommandSender sender, QualityCheckNumbers numbers) {

    static final String PATH = "/api/v1/quality-checks";

    public record OpenRequest(@NotBlank String checkType, @NotBlank String productId, @NotBlank String warehouseId,
                              @Size(max = 100) String batch,
                              @DecimalMin("0") @DecimalMax(Quantity.MAX)
                              @Digits(integer = Quantity.DIGITS, fraction = Quantity.MAX_SCALE) BigDecimal quantity,
                              String purchaseOrderId, String receiptId, @Size(max = 1000) String note) {
    }

    public record ScoresRequest(@Min(1) @Max(10) Integer appearance, @Min(1) @Max(10) Integer freshness,
                                @Min(1) @Max(10) Integer sizeUniformity, @Min(1) @Max(10) Integer color,
                                @Min(1) @Max(10) Integer texture, @Min(1) @Max(10) Integer aroma) {
    }

    public record ResultsRequest(@NotNull @Valid ScoresRequest scores,
                                 @DecimalMin("-100") @DecimalMax("100") @Digits(integer = 3, fraction = 3)
                                 BigDecimal temperatureC,
                                 @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 3)
                                 BigDecimal humidityPct,
                                 @DecimalMin("0") @DecimalMax("1000000") @Digits(integer = 7, fraction = 3)
                                 BigDecimal weightKg,
                                 @Size(max = 1000) String note) {
    }

    public record DecisionRequest(@NotBlank String decision, @Size(max = 500) String reason,
                                  @Size(max = 500) String correctiveAction, String disposition) {
    }

    public record CancellationRequest(@NotBlank @Size(max = 500) String reason) {
    }

    @PostMapping
    @RequiresPermission("quality-checks:create")
    @Operation(summary = "Open a quality check (incoming, storage, pre-dispatch, random) of a product in a warehouse; "
            + "it gets the next number (QC-000123)")
    public IdResponse open(@Valid @RequestBody OpenRequest body) {
        return sender.create(PATH, new OpenQualityCheckCommand(Ids.newId(), numbers.next(), body.checkType(),
                body.productId(), body.warehouseId(), body.batch(), body.quantity(), body.purchaseOrderId(),
                body.receiptId(), null, body.note()));
    }

    @PostMapping("/{id}/results")
    @RequiresPermission("quality-checks:inspect")
    @Operation(summary = "Record an open check's scores (1-10: appearance, freshness, sizeUniformity, color, texture, "
            + "aroma; any of them) and measurements; the overall score is their mean and earns a grade")
    public IdResponse results(@PathVariable QualityCheckId id, @Valid @RequestBody ResultsRequest body) {
        ScoresRequest s = body.scores();
        return sender.send(new RecordQualityResultsCommand(id.value(), new QualityScores(s.appearance(),
                s.freshness(), s.sizeUniformity(), s.color(), s.texture(), s.aroma()), body.temperatureC(),
                body.humidityPct(), body.weightKg(), body.note()));
    }

    @PostMapping("/{id}/decision")
    @RequiresPermission("quality-checks:decide")
    @Operation(summary = "Pass or reject an open check; a rejection needs a reason and a disposition (write-off or "
            + "return-to-supplier)")
    public IdResponse decide(@PathVariable QualityCheckId id, @Valid @RequestBody DecisionRequest body) {
        return sender.send(new DecideQualityCheckCommand(id.value(), body.decision(), body.reason(),
                body.correctiveAction(), body.disposition()));
    }

    @PostMapping("/{id}/cancellation")
    @RequiresPermission("quality-checks:create")
    @Operation(summary = "Withdraw an open check without a decision, with a reason")
    public IdResponse cancel(@PathVariable QualityCheckId id, @Valid @RequestBody CancellationRequest body) {
        return sender.send(new CancelQualityCheckCommand(id.value(), body.reason()));
    }
}
