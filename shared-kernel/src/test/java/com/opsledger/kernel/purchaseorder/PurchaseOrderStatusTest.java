package com.opsledger.kernel.purchaseorder;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PurchaseOrderStatusTest {

    @Test
    void anEventThatMovesTheStatusNamesTheNextOneAndAnyOtherKeepsIt() {
        assertEquals(PurchaseOrderStatus.CLOSED,
                PurchaseOrderStatus.after(new PurchaseOrderClosedEvent("po-1"), PurchaseOrderStatus.RECEIVED));
        assertEquals(PurchaseOrderStatus.PARTIALLY_RECEIVED, PurchaseOrderStatus.after(
                new PurchaseOrderGoodsReceivedEvent("po-1", "r-1", "s-1", "w-1", List.of(), null,
                        PurchaseOrderStatus.PARTIALLY_RECEIVED),
                PurchaseOrderStatus.SENT));
        assertEquals(PurchaseOrderStatus.SUBMITTED, PurchaseOrderStatus.after(
                new PurchaseOrderReapprovalRequiredEvent("po-1", "line 1 raised", null, ApprovalLevel.MANAGER),
                PurchaseOrderStatus.CONFIRMED));
        assertEquals(PurchaseOrderStatus.PARTIALLY_RECEIVED, PurchaseOrderStatus.after(
                new PurchaseOrderReapprovedEvent("po-1", "maria", ApprovalLevel.MANAGER,
                        PurchaseOrderStatus.PARTIALLY_RECEIVED), PurchaseOrderStatus.SUBMITTED));
        PurchaseOrderEvent other = () -> "po-1";
        assertEquals(PurchaseOrderStatus.SENT, PurchaseOrderStatus.after(other, PurchaseOrderStatus.SENT));
    }
}
