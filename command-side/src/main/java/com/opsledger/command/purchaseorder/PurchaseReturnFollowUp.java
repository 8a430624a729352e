package com.opsledger.command.purchaseorder;

import com.opsledger.kernel.common.DomainException;
import com.opsledger.kernel.purchaseorder.ReturnPurchaseOrderGoodsCommand;
import com.opsledger.kernel.qualitycheck.QualityCheckRejectedEvent;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Part of the follow-up of quality decisions (it shares their processing group): goods of a purchase order rejected
 * with disposition {@code return-to-supplier} are recorded as returned on the order, so that their invoice is matched
 * against what was kept. The order records a check's return once, so a decision handled again changes nothing; a
 * return the order refuses (more than the line received) is logged, not retried.
 */
@Component
@ProcessingGroup(PurchaseReturnFollowUp.GROUP)
class PurchaseReturnFollowUp {

    /** The processing group of the quality decisions' follow-up. */
    static final String GROUP = "quality-stock-follow-up";
    static final String RETURN_TO_SUPPLIER = "return-to-supplier";
    private static final Logger log = LoggerFactory.getLogger(PurchaseReturnFollowUp.class);

    private final CommandGateway commands;

    PurchaseReturnFollowUp(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(QualityCheckRejectedEvent event) {
        if (!RETURN_TO_SUPPLIER.equals(event.disposition()) || event.purchaseOrderId() == null
                || event.quantity() == null) {
            return;
        }
        try {
            commands.sendAndWait(new ReturnPurchaseOrderGoodsCommand(event.purchaseOrderId(), event.qualityCheckId(),
                    event.receiptId(), event.productId(), event.quantity().amount(), event.batch(), event.reason()));
        } catch (DomainException refused) {
            log.warn("Purchase order {} did not record the return after quality check {}: {}",
                    event.purchaseOrderId(), event.qualityCheckId(), refused.getMessage());
        }
    }
}
