package com.opsledger.command.purchaseorder;

import com.opsledger.command.invoice.PurchaseOrderFacts;
import com.opsledger.command.registry.ReferenceRegistry;
import com.opsledger.command.supplier.SupplierDirectory;
import com.opsledger.kernel.common.BusinessRuleViolationException;
import com.opsledger.kernel.common.Ids;
import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.common.Money;
import com.opsledger.kernel.common.NotFoundException;
import com.opsledger.kernel.common.Quantity;
import com.opsledger.kernel.common.Reason;
import com.opsledger.kernel.purchaseorder.AddPurchaseOrderLineCommand;
import com.opsledger.kernel.purchaseorder.ApprovalLevel;
import com.opsledger.kernel.purchaseorder.ApprovePurchaseOrderCommand;
import com.opsledger.kernel.purchaseorder.CancelPurchaseOrderCommand;
import com.opsledger.kernel.purchaseorder.ClosePurchaseOrderCommand;
import com.opsledger.kernel.purchaseorder.ConfirmPurchaseOrderCommand;
import com.opsledger.kernel.purchaseorder.CreatePurchaseOrderCommand;
import com.opsledger.kernel.purchaseorder.ExpectedLine;
import com.opsledger.kernel.purchaseorder.LineConfirmation;
import com.opsledger.kernel.purchaseorder.PurchaseOrderApprovedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderCancelledEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderClosedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderConfirmedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderCreatedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderExpectedDatesChangedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderGoodsReceivedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderLine;
import com.opsledger.kernel.purchaseorder.PurchaseOrderLineAddedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderLineRaisedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderLineSpec;
import com.opsledger.kernel.purchaseorder.PurchaseOrderRejectedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderSentEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderStatus;
import com.opsledger.kernel.purchaseorder.PurchaseOrderSubmittedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderTotals;
import com.opsledger.kernel.purchaseorder.RaiseReplenishmentLineCommand;
import com.opsledger.kernel.purchaseorder.ReceiptLineSpec;
import com.opsledger.kernel.purchaseorder.ReceivePurchaseOrderGoodsCommand;
import com.opsledger.kernel.purchaseorder.ReceivedLine;
import com.opsledger.kernel.purchaseorder.RejectPurchaseOrderCommand;
import com.opsledger.kernel.purchaseorder.SendPurchaseOrderCommand;
import com.opsledger.kernel.purchaseorder.SubmitPurchaseOrderCommand;
import com.opsledger.kernel.supplier.SupplierStatus;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.opsledger.kernel.purchaseorder.PurchaseOrderStatus.APPROVED;
import static com.opsledger.kernel.purchaseorder.PurchaseOrderStatus.CONFIRMED;
import static com.opsledger.kernel.purchaseorder.PurchaseOrderStatus.DRAFT;
import static com.opsledger.kernel.purchaseorder.PurchaseOrderStatus.PARTIALLY_RECEIVED;
import static com.opsledger.kernel.purchaseorder.PurchaseOrderStatus.RECEIVED;
import static com.opsledger.kernel.purchaseorder.PurchaseOrderStatus.SENT;
import static com.opsledger.kernel.purchaseorder.PurchaseOrderStatus.SUBMITTED;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An order to one supplier for delivery to one warehouse: drafted, submitted, approved by the level its total
 * needs, sent, confirmed by the supplier, received in one or more deliveries (never beyond the tolerance), closed.
 */
@Aggregate(cache = "aggregateCache")
public class PurchaseOrder {

    private static final Set<PurchaseOrderStatus> CANCELLABLE = Set.of(DRAFT, SUBMITTED, APPROVED, SENT, CONFIRMED,
            PARTIALLY_RECEIVED);

    @AggregateIdentifier
    private String purchaseOrderId;
    private String supplierId;
    private String warehouseId;
    private String currency;
    private BigDecimal taxRate;
    private BigDecimal discountRate;
    private LocalDate expectedDate;
    private PurchaseOrderStatus status;
    private ApprovalLevel requiredLevel;
    private OrderLines lines;
    private Set<String> receipts;

    protected PurchaseOrder() {
    }

    @CommandHandler
    public PurchaseOrder(CreatePurchaseOrderCommand command, ReferenceRegistry registry, SupplierDirectory suppliers,
                         PurchaseOrderNumbers numbers) {
        SupplierStatus supplierStatus = suppliers.status(command.supplierId())
                .orElseThrow(() -> new NotFoundException("supplier", command.supplierId()));
        if (supplierStatus != SupplierStatus.ACTIVE) {
            throw new BusinessRuleViolationException("supplier-not-active",
                    "supplier " + command.supplierId() + " is " + supplierStatus + "; only an active supplier is ordered from");
        }
        if (!registry.warehouseExists(command.warehouseId())) {
            throw new NotFoundException("warehouse", command.warehouseId());
        }
        String currency = Money.requireCurrency("currency", command.currency());
        BigDecimal tax = OrderLines.rate("taxRate", command.taxRate());
        BigDecimal discount = OrderLines.rate("discountRate", command.discountRate());
        List<PurchaseOrderLineSpec> specs = command.lines() == null ? List.of() : command.lines();
        OrderLines.requireRoom(specs.size());
        List<PurchaseOrderLine> newLines = new ArrayList<>();
        Money subtotal = Money.zero(currency);
        for (int i = 0; i < specs.size(); i++) {
            PurchaseOrderLine line = line("lines[" + i + "].", Integer.toString(i + 1), specs.get(i), currency,
                    command.expectedDate(), registry);
            newLines.add(line);
            subtotal = subtotal.plus(line.unitPrice().times(line.quantity().amount()));
        }
        apply(new PurchaseOrderCreatedEvent(command.purchaseOrderId(), numbers.next(), command.supplierId(),
                command.warehouseId(), currency, newLines, command.expectedDate(), tax, discount,
                OrderLines.totals(subtotal, discount, tax), command.origin()));
    }

    @CommandHandler
    public void handle(AddPurchaseOrderLineCommand command, ReferenceRegistry registry) {
        requireStatus("add a line to", DRAFT);
        OrderLines.requireRoom(lines.size() + 1);
        PurchaseOrderLine line = line("", Integer.toString(lines.size() + 1),
                new PurchaseOrderLineSpec(command.productId(), command.quantity(), command.unitPrice()), currency,
                expectedDate, registry);
        apply(new PurchaseOrderLineAddedEvent(purchaseOrderId, line,
                lines.totals(currency, discountRate, taxRate, Map.of(), line), null));
    }

    @CommandHandler
    public void handle(RaiseReplenishmentLineCommand command, ReferenceRegistry registry) {
        requireStatus("add a line to", DRAFT);
        if (!currency.equals(Money.requireCurrency("currency", command.currency()))) {
            throw new BusinessRuleViolationException("currency-mismatch", "the draft is in " + currency
                    + ", the price in " + command.currency());
        }
        String unit = registry.productUnit(command.productId())
                .orElseThrow(() -> new NotFoundException("product", command.productId()));
        Quantity wanted = OrderLines.positive("quantity", command.quantity(), unit);
        var existing = lines.ofProduct(command.productId());
        if (existing.isPresent()) {
            OrderLines.Line line = existing.get();
            if (!wanted.isGreaterThan(line.quantity)) {
                return;
            }
            apply(new PurchaseOrderLineRaisedEvent(purchaseOrderId, line.lineId, line.productId, wanted,
                    lines.totals(currency, discountRate, taxRate, Map.of(line.lineId, wanted), null),
                    command.reason()));
            return;
        }
        OrderLines.requireRoom(lines.size() + 1);
        PurchaseOrderLine line = new PurchaseOrderLine(Integer.toString(lines.size() + 1), command.productId(), wanted,
                OrderLines.price("unitPrice", command.unitPrice(), currency), expectedDate);
        apply(new PurchaseOrderLineAddedEvent(purchaseOrderId, line,
                lines.totals(currency, discountRate, taxRate, Map.of(), line), command.reason()));
    }

    @CommandHandler
    public void handle(SubmitPurchaseOrderCommand command, ApprovalPolicy policy, ReplenishmentDrafts drafts) {
        requireStatus("submit", DRAFT);
        if (lines.isEmpty()) {
            throw new BusinessRuleViolationException("purchase-order-empty", "a purchase order needs a line to be submitted");
        }
        Money total = lines.totals(currency, discountRate, taxRate, Map.of(), null).total();
        ApprovalLevel required = policy.requiredFor(total);
        drafts.closed(purchaseOrderId);
        apply(new PurchaseOrderSubmittedEvent(purchaseOrderId, command.submittedBy(), total, required));
        if (required == ApprovalLevel.AUTOMATIC) {
            apply(new PurchaseOrderApprovedEvent(purchaseOrderId, "approval-policy", ApprovalLevel.AUTOMATIC));
        }
    }

    @CommandHandler
    public void handle(ApprovePurchaseOrderCommand command) {
        requireStatus("approve", SUBMITTED);
        requireLevel("approve", command.level());
        apply(new PurchaseOrderApprovedEvent(purchaseOrderId, command.approvedBy(), command.level()));
    }

    @CommandHandler
    public void handle(RejectPurchaseOrderCommand command) {
        requireStatus("reject", SUBMITTED);
        String reason = Reason.require("reason", command.reason());
        requireLevel("reject", command.level());
        apply(new PurchaseOrderRejectedEvent(purchaseOrderId, command.rejectedBy(), reason));
    }

    @CommandHandler
    public void handle(SendPurchaseOrderCommand command) {
        requireStatus("send", APPROVED);
        apply(new PurchaseOrderSentEvent(purchaseOrderId, supplierId));
    }

    @CommandHandler
    public void handle(ConfirmPurchaseOrderCommand command) {
        if (command.onlySupplierId() != null && !command.onlySupplierId().equals(supplierId)) {
            throw new NotFoundException("purchase order", purchaseOrderId);
        }
        requireStatus("confirm", SENT, CONFIRMED, PARTIALLY_RECEIVED);
        if (command.lines() == null || command.lines().isEmpty()) {
            throw new InvalidValueException("lines", "must confirm at least one line");
        }
        Map<String, LineConfirmation> byLine = new HashMap<>();
        Map<String, Quantity> quantities = new HashMap<>();
        for (int i = 0; i < command.lines().size(); i++) {
            LineConfirmation confirmation = command.lines().get(i);
            OrderLines.Line line = lines.require(confirmation.lineId());
            if (byLine.put(line.lineId, confirmation) != null) {
                throw new InvalidValueException("lines[" + i + "].lineId", "names line " + line.lineId + " twice");
            }
            if (confirmation.expectedDate() == null) {
                throw new InvalidValueException("lines[" + i + "].expectedDate", "is required");
            }
            Quantity quantity = OrderLines.positive("lines[" + i + "].quantity", confirmation.quantity(),
                    line.quantity.unit());
            if (line.received.isGreaterThan(quantity)) {
                throw new BusinessRuleViolationException("confirmed-below-received", "line " + line.lineId
                        + " has received " + line.received + "; it cannot be confirmed at " + quantity);
            }
            quantities.put(line.lineId, quantity);
        }
        PurchaseOrderTotals totals = lines.totals(currency, discountRate, taxRate, quantities, null);
        List<ExpectedLine> expected = lines.expected(warehouseId).stream().map(e -> {
            LineConfirmation confirmation = byLine.get(e.lineId());
            if (confirmation == null) {
                return e;
            }
            Quantity quantity = quantities.get(e.lineId());
            Quantity outstanding = quantity.minus(e.quantity().minus(e.outstanding()));
            return new ExpectedLine(e.lineId(), e.productId(), warehouseId, quantity,
                    outstanding.isNegative() ? Quantity.zero(quantity.unit()) : outstanding,
                    confirmation.expectedDate());
        }).toList();
        if (status == SENT) {
            apply(new PurchaseOrderConfirmedEvent(purchaseOrderId, supplierId, warehouseId, expected, totals,
                    command.confirmedBy()));
        } else {
            apply(new PurchaseOrderExpectedDatesChangedEvent(purchaseOrderId, supplierId, warehouseId, expected, totals,
                    command.confirmedBy()));
        }
    }

    @CommandHandler
    public void handle(ReceivePurchaseOrderGoodsCommand command, ReceiptTolerance tolerance) {
        requireStatus("receive goods for", SENT, CONFIRMED, PARTIALLY_RECEIVED);
        if (receipts.contains(command.receiptId())) {
            return;
        }
        if (command.lines() == null || command.lines().isEmpty()) {
            throw new InvalidValueException("lines", "must receive at least one line");
        }
        Map<String, Quantity> after = new HashMap<>();
        List<ReceivedLine> received = new ArrayList<>();
        for (int i = 0; i < command.lines().size(); i++) {
            ReceiptLineSpec spec = command.lines().get(i);
            OrderLines.Line line = lines.require(spec.lineId());
            if (after.containsKey(line.lineId)) {
                throw new InvalidValueException("lines[" + i + "].lineId", "names line " + line.lineId + " twice");
            }
            Quantity quantity = OrderLines.positive("lines[" + i + "].quantity", spec.quantity(), line.quantity.unit());
            Quantity total = line.received.plus(quantity);
            Quantity limit = tolerance.limit(line.quantity);
            if (total.isGreaterThan(limit)) {
                throw new BusinessRuleViolationException("over-receipt", "line " + line.lineId + " ordered "
                        + line.quantity + " and has received " + line.received + "; receiving " + quantity
                        + " more goes beyond the " + tolerance.percent().stripTrailingZeros().toPlainString()
                        + "% tolerance (at most " + limit + ")");
            }
            String batch = blankToNull(spec.batch());
            if (spec.expiryDate() != null && batch == null) {
                throw new InvalidValueException("lines[" + i + "].expiryDate", "needs a batch");
            }
            after.put(line.lineId, total);
            received.add(new ReceivedLine(line.lineId, line.productId, quantity, batch, spec.expiryDate(),
                    blankToNull(spec.qualityGrade()), total, line.quantity, line.expectedDate));
        }
        boolean complete = lines.allReceivedWith(after);
        apply(new PurchaseOrderGoodsReceivedEvent(purchaseOrderId, command.receiptId(), supplierId, warehouseId,
                received, command.receivedOn(), complete ? RECEIVED : PARTIALLY_RECEIVED));
    }

    @CommandHandler
    public void handle(CancelPurchaseOrderCommand command, ReplenishmentDrafts drafts) {
        String reason = Reason.require("reason", command.reason());
        if (!CANCELLABLE.contains(status)) {
            throw new BusinessRuleViolationException("purchase-order-not-cancellable",
                    "a " + status + " purchase order cannot be cancelled");
        }
        drafts.closed(purchaseOrderId);
        apply(new PurchaseOrderCancelledEvent(purchaseOrderId, supplierId, warehouseId, lines.expected(warehouseId),
                reason));
    }

    @CommandHandler
    public void handle(ClosePurchaseOrderCommand command) {
        requireStatus("close", RECEIVED);
        apply(new PurchaseOrderClosedEvent(purchaseOrderId));
    }

    @EventSourcingHandler
    void on(PurchaseOrderCreatedEvent event) {
        purchaseOrderId = event.purchaseOrderId();
        supplierId = event.supplierId();
        warehouseId = event.warehouseId();
        currency = event.currency();
        taxRate = event.taxRate();
        discountRate = event.discountRate();
        expectedDate = event.expectedDate();
        status = DRAFT;
        lines = new OrderLines();
        receipts = new java.util.HashSet<>();
        event.lines().forEach(lines::add);
    }

    @EventSourcingHandler
    void on(PurchaseOrderLineAddedEvent event) {
        lines.add(event.line());
    }

    @EventSourcingHandler
    void on(PurchaseOrderLineRaisedEvent event) {
        lines.require(event.lineId()).quantity = event.quantity();
    }

    @EventSourcingHandler
    void on(PurchaseOrderSubmittedEvent event) {
        status = SUBMITTED;
        requiredLevel = event.requiredLevel();
    }

    @EventSourcingHandler
    void on(PurchaseOrderApprovedEvent event) {
        status = APPROVED;
    }

    @EventSourcingHandler
    void on(PurchaseOrderRejectedEvent event) {
        status = PurchaseOrderStatus.REJECTED;
    }

    @EventSourcingHandler
    void on(PurchaseOrderSentEvent event) {
        status = SENT;
    }

    @EventSourcingHandler
    void on(PurchaseOrderConfirmedEvent event) {
        status = CONFIRMED;
        expected(event.lines());
    }

    @EventSourcingHandler
    void on(PurchaseOrderExpectedDatesChangedEvent event) {
        expected(event.lines());
    }

    @EventSourcingHandler
    void on(PurchaseOrderGoodsReceivedEvent event) {
        receipts.add(event.receiptId());
        event.lines().forEach(l -> lines.require(l.lineId()).received = l.receivedSoFar());
        status = event.statusAfter();
    }

    @EventSourcingHandler
    void on(PurchaseOrderCancelledEvent event) {
        status = PurchaseOrderStatus.CANCELLED;
    }

    @EventSourcingHandler
    void on(PurchaseOrderClosedEvent event) {
        status = PurchaseOrderStatus.CLOSED;
    }

    /** The order as an invoice is matched against it. */
    PurchaseOrderFacts.Order facts() {
        Map<String, PurchaseOrderFacts.Line> facts = new java.util.LinkedHashMap<>();
        lines.forEach(l -> facts.put(l.lineId, new PurchaseOrderFacts.Line(l.productId, l.quantity, l.received,
                l.unitPrice)));
        return new PurchaseOrderFacts.Order(supplierId, currency, status, discountRate, taxRate, facts);
    }

    void requireStatus(String action, PurchaseOrderStatus... allowed) {
        for (PurchaseOrderStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw new BusinessRuleViolationException("purchase-order-status",
                "cannot " + action + " a purchase order that is " + status);
    }

    private void expected(List<ExpectedLine> expected) {
        expected.forEach(e -> {
            OrderLines.Line line = lines.require(e.lineId());
            line.quantity = e.quantity();
            line.expectedDate = e.expectedDate();
        });
    }

    private void requireLevel(String action, ApprovalLevel level) {
        if (level == null || level == ApprovalLevel.AUTOMATIC || !level.covers(requiredLevel)) {
            throw new BusinessRuleViolationException("approval-level", "this purchase order needs "
                    + requiredLevel + " approval; the caller may " + action + " at " + (level == null ? "no" : level)
                    + " level");
        }
    }

    private static PurchaseOrderLine line(String prefix, String lineId, PurchaseOrderLineSpec spec, String currency,
                                          LocalDate expectedDate, ReferenceRegistry registry) {
        if (spec == null) {
            throw new InvalidValueException(prefix.isEmpty() ? "line" : prefix.substring(0, prefix.length() - 1),
                    "is required");
        }
        String productId = Ids.requireValid(prefix + "productId", spec.productId());
        String unit = registry.productUnit(productId).orElseThrow(() -> new NotFoundException("product", productId));
        return new PurchaseOrderLine(lineId, productId, OrderLines.positive(prefix + "quantity", spec.quantity(), unit),
                OrderLines.price(prefix + "unitPrice", spec.unitPrice(), currency), expectedDate);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

}
