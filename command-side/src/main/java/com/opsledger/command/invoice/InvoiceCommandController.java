package com.opsledger.command.invoice;

import com.opsledger.command.web.CommandSender;
import com.opsledger.command.web.IdResponse;
import com.opsledger.kernel.access.Caller;
import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.common.Ids;
import com.opsledger.kernel.common.Money;
import com.opsledger.kernel.common.Quantity;
import com.opsledger.kernel.invoice.AcceptInvoiceCommand;
import com.opsledger.kernel.invoice.InvoiceId;
import com.opsledger.kernel.invoice.InvoiceLineSpec;
import com.opsledger.kernel.invoice.RecordPaymentCommand;
import com.opsledger.kernel.invoice.RegisterInvoiceCommand;
import com.opsledger.kernel.invoice.RejectInvoiceCommand;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

@RestController
@Tag(name = "Invoices and payments")
public record InvoiceCommandController(CommandSender sender) {

    static final String INVOICES = "/api/v1/invoices";
    static final String PAYMENTS = "/api/v1/payments";

    public record InvoiceLineRequest(@NotBlank String lineId,
                                     @NotNull @DecimalMin(Quantity.MIN) @DecimalMax(Quantity.MAX)
                                     @Digits(integer = Quantity.DIGITS, fraction = Quantity.MAX_SCALE)
                                     BigDecimal quantity,
                                     @NotNull @DecimalMin("0") @DecimalMax(Money.MAX)
                                     @Digits(integer = Money.DIGITS, fraction = Money.MAX_SCALE) BigDecimal unitPrice) {
    }

    public record InvoiceRequest(@NotBlank String purchaseOrderId, @NotBlank @Size(max = 64) String number,
                                 @NotNull LocalDate invoiceDate,
                                 @NotEmpty @Valid @Size(max = 200) List<InvoiceLineRequest> lines) {
    }

    public record DecisionRequest(@NotBlank @Size(max = 500) String reason) {
    }

    public record PaymentRequest(@NotBlank String invoiceId, @NotNull @DecimalMin("0") @DecimalMax(Money.MAX)
                                 @Digits(integer = Money.DIGITS, fraction = Money.MAX_SCALE) BigDecimal amount,
                                 LocalDate paidOn,
                                 @Size(max = 100) String reference) {
    }

    @PostMapping(INVOICES)
    @RequiresPermission("invoices:create")
    @Operation(summary = "Register a supplier invoice against a purchase order; it is matched three ways (ordered, "
            + "received, invoiced quantity and price) and a mismatch is flagged, not accepted")
    public IdResponse register(@Valid @RequestBody InvoiceRequest body) {
        return sender.create(INVOICES, new RegisterInvoiceCommand(Ids.newId(),
                Ids.requireValid("purchaseOrderId", body.purchaseOrderId()), body.number(), body.invoiceDate(),
                body.lines().stream().map(l -> new InvoiceLineSpec(l.lineId(), l.quantity(), l.unitPrice())).toList()));
    }

    @PostMapping(INVOICES + "/{id}/acceptance")
    @RequiresPermission("invoices:approve")
    @Operation(summary = "Accept a mismatched invoice for payment, with a reason")
    public IdResponse accept(@PathVariable InvoiceId id, @Valid @RequestBody DecisionRequest body,
                             @Parameter(hidden = true) Caller caller) {
        return sender.send(new AcceptInvoiceCommand(id.value(), caller.username(), body.reason()));
    }

    @PostMapping(INVOICES + "/{id}/rejection")
    @RequiresPermission("invoices:approve")
    @Operation(summary = "Reject an unpaid invoice, with a reason")
    public IdResponse reject(@PathVariable InvoiceId id, @Valid @RequestBody DecisionRequest body,
                             @Parameter(hidden = true) Caller caller) {
        return sender.send(new RejectInvoiceCommand(id.value(), caller.username(), body.reason()));
    }

    @PostMapping(PAYMENTS)
    @RequiresPermission("invoices:pay")
    @Operation(summary = "Record a payment (partial allowed, never more than outstanding) of a matched or accepted "
            + "invoice; paidOn defaults to today")
    public IdResponse pay(@Valid @RequestBody PaymentRequest body) {
        String paymentId = Ids.newId();
        sender.send(new RecordPaymentCommand(Ids.requireValid("invoiceId", body.invoiceId()), paymentId,
                body.amount(), body.paidOn() == null ? LocalDate.now(ZoneOffset.UTC) : body.paidOn(),
                body.reference()));
        return IdResponse.created(PAYMENTS, paymentId);
    }
}
