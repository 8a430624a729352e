package com.opsledger.command.invoice;

import com.opsledger.command.registry.ReferenceRegistry;
import com.opsledger.command.supplier.SupplierDirectory;
import com.opsledger.kernel.common.BusinessRuleViolationException;
import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.common.Money;
import com.opsledger.kernel.common.NotFoundException;
import com.opsledger.kernel.common.FreeText;
import com.opsledger.kernel.common.Reason;
import com.opsledger.kernel.invoice.AcceptInvoiceCommand;
import com.opsledger.kernel.invoice.InvoiceAcceptedEvent;
import com.opsledger.kernel.invoice.InvoiceLineMatch;
import com.opsledger.kernel.invoice.InvoicePaidEvent;
import com.opsledger.kernel.invoice.InvoicePaymentRecordedEvent;
import com.opsledger.kernel.invoice.InvoiceRegisteredEvent;
import com.opsledger.kernel.invoice.InvoiceRejectedEvent;
import com.opsledger.kernel.invoice.InvoiceStatus;
import com.opsledger.kernel.invoice.RecordPaymentCommand;
import com.opsledger.kernel.invoice.RegisterInvoiceCommand;
import com.opsledger.kernel.invoice.RejectInvoiceCommand;
import com.opsledger.kernel.purchaseorder.PurchaseOrderStatus;
import com.opsledger.kernel.purchaseorder.PurchaseOrderTotals;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A supplier's invoice against one purchase order, matched three ways when registered. A mismatch is paid only
 * once accepted; payments may be partial and never exceed what is owed.
 */
@Aggregate(cache = "invoiceCache")
public class Invoice {

    private static final Set<PurchaseOrderStatus> INVOICEABLE = Set.of(PurchaseOrderStatus.SENT,
            PurchaseOrderStatus.CONFIRMED, PurchaseOrderStatus.PARTIALLY_RECEIVED, PurchaseOrderStatus.RECEIVED,
            PurchaseOrderStatus.CLOSED, PurchaseOrderStatus.CANCELLED);

    @AggregateIdentifier
    private String invoiceId;
    private String supplierId;
    private String purchaseOrderId;
    private InvoiceStatus status;
    private Money total;
    private Money paid;
    private Set<String> payments;

    protected Invoice() {
    }

    @CommandHandler
    public Invoice(RegisterInvoiceCommand command, PurchaseOrderFacts purchaseOrders, SupplierDirectory suppliers,
                   ReferenceRegistry registry, InvoicedQuantities invoiced) {
        String number = FreeText.required("number", command.number(), 64);
        if (command.invoiceDate() == null) {
            throw new InvalidValueException("invoiceDate", "is required");
        }
        PurchaseOrderFacts.Order order = purchaseOrders.of(command.purchaseOrderId())
                .orElseThrow(() -> new NotFoundException("purchase order", command.purchaseOrderId()));
        if (!INVOICEABLE.contains(order.status())) {
            throw new BusinessRuleViolationException("purchase-order-not-sent",
                    "a " + order.status() + " purchase order cannot be invoiced yet");
        }
        List<InvoiceLineMatch> lines = ThreeWayMatch.match(command.purchaseOrderId(), order, command.lines(), invoiced);
        Money subtotal = Money.zero(order.currency());
        for (InvoiceLineMatch line : lines) {
            subtotal = subtotal.plus(line.invoicedPrice().times(line.invoiced().amount()));
        }
        PurchaseOrderTotals totals = PurchaseOrderTotals.of(subtotal, order.discountRate(), order.taxRate());
        int termsDays = suppliers.paymentTermsDays(order.supplierId()).orElse(30);
        registry.claim("invoice.supplier-number", "number",
                order.supplierId() + "/" + number.toUpperCase(Locale.ROOT), command.invoiceId());
        boolean matched = lines.stream().allMatch(l -> l.issues().isEmpty());
        apply(new InvoiceRegisteredEvent(command.invoiceId(), command.purchaseOrderId(), order.supplierId(), number,
                command.invoiceDate(), command.invoiceDate().plusDays(termsDays), lines, totals.subtotal(),
                totals.total(), matched ? InvoiceStatus.MATCHED : InvoiceStatus.MISMATCHED));
    }

    @CommandHandler
    public void handle(AcceptInvoiceCommand command) {
        if (status != InvoiceStatus.MISMATCHED) {
            throw new BusinessRuleViolationException("invoice-status", "only a mismatched invoice is accepted; this one is "
                    + status);
        }
        apply(new InvoiceAcceptedEvent(invoiceId, command.acceptedBy(), Reason.require("reason", command.reason())));
    }

    @CommandHandler
    public void handle(RejectInvoiceCommand command) {
        if (status != InvoiceStatus.MISMATCHED && status != InvoiceStatus.MATCHED && status != InvoiceStatus.ACCEPTED) {
            throw new BusinessRuleViolationException("invoice-status", "a " + status + " invoice cannot be rejected");
        }
        apply(new InvoiceRejectedEvent(invoiceId, command.rejectedBy(), Reason.require("reason", command.reason())));
    }

    @CommandHandler
    public void handle(RecordPaymentCommand command) {
        if (payments.contains(command.paymentId())) {
            return;
        }
        if (status == InvoiceStatus.MISMATCHED) {
            throw new BusinessRuleViolationException("invoice-mismatch-unresolved",
                    "this invoice does not match its purchase order; accept or reject it before paying");
        }
        if (status == InvoiceStatus.REJECTED || status == InvoiceStatus.PAID) {
            throw new BusinessRuleViolationException("invoice-status", "a " + status + " invoice cannot be paid");
        }
        if (command.amount() == null || command.amount().signum() <= 0) {
            throw new InvalidValueException("amount", "must be greater than zero");
        }
        if (command.paidOn() == null) {
            throw new InvalidValueException("paidOn", "is required");
        }
        Money amount = Money.of(command.amount(), total.currency()).rounded();
        if (amount.amount().compareTo(command.amount()) != 0) {
            throw new InvalidValueException("amount", "has more decimal places than " + total.currency() + " allows");
        }
        Money outstanding = total.minus(paid);
        if (amount.isGreaterThan(outstanding)) {
            throw new BusinessRuleViolationException("overpayment", "paying " + amount + " but only " + outstanding
                    + " is outstanding");
        }
        String reference = FreeText.optional("reference", command.reference(), 100);
        Money paidSoFar = paid.plus(amount);
        apply(new InvoicePaymentRecordedEvent(invoiceId, command.paymentId(), supplierId, purchaseOrderId, amount,
                command.paidOn(), reference, paidSoFar, total.minus(paidSoFar)));
        if (!total.isGreaterThan(paidSoFar)) {
            apply(new InvoicePaidEvent(invoiceId, command.paidOn()));
        }
    }

    @EventSourcingHandler
    void on(InvoiceRegisteredEvent event) {
        invoiceId = event.invoiceId();
        supplierId = event.supplierId();
        purchaseOrderId = event.purchaseOrderId();
        status = event.status();
        total = event.total();
        paid = Money.zero(total.currency());
        payments = new HashSet<>();
    }

    @EventSourcingHandler
    void on(InvoiceAcceptedEvent event) {
        status = InvoiceStatus.ACCEPTED;
    }

    @EventSourcingHandler
    void on(InvoiceRejectedEvent event) {
        status = InvoiceStatus.REJECTED;
    }

    @EventSourcingHandler
    void on(InvoicePaymentRecordedEvent event) {
        payments.add(event.paymentId());
        paid = event.paidSoFar();
        status = InvoiceStatus.PARTIALLY_PAID;
    }

    @EventSourcingHandler
    void on(InvoicePaidEvent event) {
        status = InvoiceStatus.PAID;
    }

}
