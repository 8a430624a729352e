package com.opsledger.command.purchaseorder;

import com.opsledger.kernel.purchaseorder.PurchaseOrderCancelledEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderSubmittedEvent;
import com.opsledger.command.lookup.LookupGroups;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * A draft submitted or cancelled stops gathering replenishment lines, so the next shortfall starts a new one. Runs
 * subscribed, in the transaction of the command that submits or cancels the draft: the planner never adds a line to
 * a draft that has just left the drafting stage.
 */
@Component
@ProcessingGroup(LookupGroups.PROCUREMENT)
class ReplenishmentDraftRelease {

    private final ReplenishmentDrafts drafts;

    ReplenishmentDraftRelease(ReplenishmentDrafts drafts) {
        this.drafts = drafts;
    }

    @EventHandler
    void on(PurchaseOrderSubmittedEvent event) {
        drafts.closed(event.purchaseOrderId());
    }

    @EventHandler
    void on(PurchaseOrderCancelledEvent event) {
        drafts.closed(event.purchaseOrderId());
    }
}
