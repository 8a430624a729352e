package com.opsledger.command.purchaseorder;

import com.opsledger.command.registry.ReferenceRegistry;
import com.opsledger.command.supplier.SupplierDirectory;
import com.opsledger.kernel.common.BusinessRuleViolationException;
import com.opsledger.kernel.common.FreeText;
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
import com.opsledger.kernel.purchaseorder.PurchaseOrderApprovedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderCancelledEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderClosedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderConfirmedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderCreatedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderExpectedDatesChangedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderGoodsReceivedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderGoodsReturnedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderLine;
import com.opsledger.kernel.purchaseorder.PurchaseOrderLineAddedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderLineRaisedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderLineSpec;
import com.opsledger.kernel.purchaseorder.PurchaseOrderReapprovalRequiredEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderReapprovedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderRejectedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderSentEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderStatus;
import com.opsledger.kernel.purchaseorder.PurchaseOrderSubmittedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderTotals;
import com.opsledger.kernel.purchaseorder.RaiseReplenishmentLineCommand;
import com.opsledger.kernel.purchaseorder.ReceivePurchaseOrderGoodsCommand;
import com.opsledger.kernel.purchaseorder.RejectPurchaseOrderCommand;
import com.opsledger.kernel.purchaseorder.ReturnPurchaseOrderGoodsCommand;
import com.opsledger.kernel.purchaseorder.SendPurchaseOrderCommand;
import com.opsledger.kernel.purchaseorder.SubmitPurchaseOrderCommand;
import com.opsledger.command.lookup.ProductFacts;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
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
 * needs (by another person than its drafter, with four eyes), sent, confirmed by the supplier, received in one or
 * more deliveries (never beyond the tolerance), closed. A confirmation above the approved quantities sends it back
 * for approval of its new total, and nothing is received until that approval.
 */
@Aggregate(cache = "purchaseOrderCache")
public class PurchaseOrder {

    private static final Set<PurchaseOrderStatus> CANCELLABLE = Set.of(DRAFT, SUBMITTED, APPROVED, SENT, CONFIRMED,
            PARTIALLY_RECEIVED);

    @AggregateIdentifier
    private String purchaseOrderId;
    private String supplierId;
    private String warehouseId;
    private String currency;
    private LocalDate expectedDate;
    private PurchaseOrderStatus status;
    private ApprovalLevel requiredLevel;
    /** The user who drafted the order; null when the application drafted it (replenishment). */
    private String drafterId;
    private String submitterId;
    /** Where a raised confirmation awaiting approval goes on once approved; null for a first approval. */
    private PurchaseOrderStatus resumeStatus;
    private OrderLines lines;
    private Set<String> receipts;
    /** What each line has returned to the supplier, and the quality checks that returned it. */
    private final Map<String, Quantity> returned = new HashMap<>();
    private final Set<String> returnedByChecks = new HashSet<>();

    protected PurchaseOrder() {
    }

    @CommandHandler
    public PurchaseOrder(CreatePurchaseOrderCommand command, ReferenceRegistry registry, SupplierDirectory suppliers,
                         ApprovalPolicy approvals) {
        apply(Drafting.created(command, registry, suppliers, approvals));
    }

    @CommandHandler
    public void handle(AddPurchaseOrderLineCommand command, ReferenceRegistry registry) {
        requireStatus("add a line to", DRAFT);
        OrderLines.requireRoom(lines.size() + 1);
        PurchaseOrderLine line = OrderLines.newLine("", Integer.toString(lines.size() + 1),
                new PurchaseOrderLineSpec(command.productId(), command.quantity(), command.unitPrice()), currency,
                expectedDate, registry);
        apply(new PurchaseOrderLineAddedEvent(purchaseOrderId, line, lines.totals(Map.of(), line), null));
    }

    @CommandHandler
    public void handle(RaiseReplenishmentLineCommand command, ReferenceRegistry registry) {
        requireStatus("add a line to", DRAFT);
        ReplenishmentLine.gathered(purchaseOrderId, lines, currency, expectedDate, command, registry)
                .ifPresent(AggregateLifecycle::apply);
    }

    @CommandHandler
    public void handle(SubmitPurchaseOrderCommand command, ApprovalPolicy policy) {
        requireStatus("submit", DRAFT);
        if (lines.isEmpty()) {
            throw new BusinessRuleViolationException("purchase-order-empty", "a purchase order needs a line to be submitted");
        }
        Money total = lines.totals().total();
        ApprovalLevel required = policy.requiredFor(total);
        apply(new PurchaseOrderSubmittedEvent(purchaseOrderId, command.submittedBy(), total, required));
        if (required == ApprovalLevel.AUTOMATIC) {
            apply(new PurchaseOrderApprovedEvent(purchaseOrderId, "approval-policy", ApprovalLevel.AUTOMATIC));
        }
    }

    @CommandHandler
    public void handle(ApprovePurchaseOrderCommand command, ApprovalPolicy policy) {
        requireStatus("approve", SUBMITTED);
        requireLevel("approve", command.level());
        policy.requireSecondPerson("approve", command.approverId(), drafterId, submitterId);
        if (resumeStatus != null) {
            apply(new PurchaseOrderReapprovedEvent(purchaseOrderId, command.approvedBy(), command.level(),
                    resumeStatus));
        } else {
            apply(new PurchaseOrderApprovedEvent(purchaseOrderId, command.approvedBy(), command.level()));
        }
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
    public void handle(ConfirmPurchaseOrderCommand command, ApprovalPolicy policy) {
        if (command.onlySupplierId() != null && !command.onlySupplierId().equals(supplierId)) {
            throw new NotFoundException("purchase order", purchaseOrderId);
        }
        requireStatus("confirm", SENT, CONFIRMED, PARTIALLY_RECEIVED);
        Confirmation confirmation = Confirmation.of(lines, warehouseId, command.lines());
        PurchaseOrderTotals totals = lines.totals(confirmation.quantities(), null);
        List<ExpectedLine> expected = confirmation.expected();
        PurchaseOrderStatus confirmedStatus = status == SENT ? CONFIRMED : status;
        ApprovalLevel required = confirmation.raised().isEmpty() ? null : policy.requiredFor(totals.total());
        if (status == SENT) {
            apply(new PurchaseOrderConfirmedEvent(purchaseOrderId, supplierId, warehouseId, expected, totals,
                    command.confirmedBy()));
        } else {
            apply(new PurchaseOrderExpectedDatesChangedEvent(purchaseOrderId, supplierId, warehouseId, expected, totals,
                    command.confirmedBy()));
        }
        if (required != null) {
            apply(new PurchaseOrderReapprovalRequiredEvent(purchaseOrderId, String.join("; ", confirmation.raised()),
                    totals.total(), required));
            if (required == ApprovalLevel.AUTOMATIC) {
                apply(new PurchaseOrderReapprovedEvent(purchaseOrderId, "approval-policy", ApprovalLevel.AUTOMATIC,
                        confirmedStatus));
            }
        }
    }

    @CommandHandler
    public void handle(ReceivePurchaseOrderGoodsCommand command, ReceiptTolerance tolerance,
                       ProductFacts productFacts) {
        requireStatus("receive goods for", SENT, CONFIRMED, PARTIALLY_RECEIVED);
        if (receipts.contains(command.receiptId())) {
            return;
        }
        Receipt receipt = Receipt.of(lines, command.lines(), tolerance,
                new ShelfLife(productFacts, command.receiptId(), command.receivedOn()));
        apply(new PurchaseOrderGoodsReceivedEvent(purchaseOrderId, command.receiptId(), supplierId, warehouseId,
                receipt.lines(), command.receivedOn(), receipt.complete() ? RECEIVED : PARTIALLY_RECEIVED));
    }

    /** A return is recorded once per quality check, whatever the order's status: the goods came and went back. */
    @CommandHandler
    public void handle(ReturnPurchaseOrderGoodsCommand command) {
        if (returnedByChecks.contains(command.qualityCheckId())) {
            return;
        }
        GoodsReturn goodsReturn = GoodsReturn.of(lines, returned, command);
        apply(new PurchaseOrderGoodsReturnedEvent(purchaseOrderId, supplierId, goodsReturn.lineId(),
                goodsReturn.productId(), goodsReturn.quantity(), goodsReturn.returnedSoFar(), command.qualityCheckId(),
                command.receiptId(), FreeText.optional("batch", command.batch(), 64),
                FreeText.optional("reason", command.reason(), 2000)));
    }

    @CommandHandler
    public void handle(CancelPurchaseOrderCommand command) {
        String reason = Reason.require("reason", command.reason());
        if (!CANCELLABLE.contains(status)) {
            throw new BusinessRuleViolationException("purchase-order-not-cancellable",
                    "a " + status + " purchase order cannot be cancelled");
        }
        apply(new PurchaseOrderCancelledEvent(purchaseOrderId, supplierId, warehouseId, lines.expected(warehouseId),
                reason));
    }

    @CommandHandler
    public void handle(ClosePurchaseOrderCommand command) {
        requireStatus("close", RECEIVED);
        apply(new PurchaseOrderClosedEvent(purchaseOrderId));
    }

    @EventSourcingHandler
    void on(PurchaseOrderCreatedEvent event, @MetaDataValue("userId") String userId) {
        purchaseOrderId = event.purchaseOrderId();
        drafterId = "manual".equals(event.origin()) ? userId : null;
        supplierId = event.supplierId();
        warehouseId = event.warehouseId();
        currency = event.currency();
        expectedDate = event.expectedDate();
        status = DRAFT;
        lines = new OrderLines(event.currency(), event.discountRate(), event.taxRate());
        receipts = new HashSet<>();
        event.lines().forEach(lines::add);
    }

    @EventSourcingHandler
    void on(PurchaseOrderLineAddedEvent event) {
        lines.add(event.line());
    }

    @EventSourcingHandler
    void on(PurchaseOrderLineRaisedEvent event) {
        lines.raise(event.lineId(), event.quantity());
    }

    @EventSourcingHandler
    void on(PurchaseOrderSubmittedEvent event, @MetaDataValue("userId") String userId) {
        status = SUBMITTED;
        requiredLevel = event.requiredLevel();
        submitterId = userId;
    }

    @EventSourcingHandler
    void on(PurchaseOrderApprovedEvent event) {
        status = APPROVED;
        lines.approved();
    }

    @EventSourcingHandler
    void on(PurchaseOrderReapprovalRequiredEvent event) {
        resumeStatus = status;
        status = SUBMITTED;
        requiredLevel = event.requiredLevel();
    }

    @EventSourcingHandler
    void on(PurchaseOrderReapprovedEvent event) {
        status = event.statusAfter();
        resumeStatus = null;
        lines.approved();
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
        lines.expect(event.lines());
    }

    @EventSourcingHandler
    void on(PurchaseOrderExpectedDatesChangedEvent event) {
        lines.expect(event.lines());
    }

    @EventSourcingHandler
    void on(PurchaseOrderGoodsReceivedEvent event) {
        receipts.add(event.receiptId());
        lines.received(event.lines());
        status = event.statusAfter();
    }

    @EventSourcingHandler
    void on(PurchaseOrderGoodsReturnedEvent event) {
        returned.put(event.lineId(), event.returnedSoFar());
        returnedByChecks.add(event.qualityCheckId());
    }

    @EventSourcingHandler
    void on(PurchaseOrderCancelledEvent event) {
        status = PurchaseOrderStatus.CANCELLED;
    }

    @EventSourcingHandler
    void on(PurchaseOrderClosedEvent event) {
        status = PurchaseOrderStatus.CLOSED;
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

    private void requireLevel(String action, ApprovalLevel level) {
        if (level == null || level == ApprovalLevel.AUTOMATIC || !level.covers(requiredLevel)) {
            throw new BusinessRuleViolationException("approval-level", "this purchase order needs "
                    + requiredLevel + " approval; the caller may " + action + " at " + (level == null ? "no" : level)
                    + " level");
        }
    }
}
