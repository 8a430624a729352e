package com.opsledger.command.stockitem;

import com.opsledger.kernel.qualitycheck.QualityCheckCancelledEvent;
import com.opsledger.kernel.qualitycheck.QualityCheckPassedEvent;
import com.opsledger.kernel.qualitycheck.QualityCheckRejectedEvent;
import com.opsledger.kernel.stockitem.DisposeOfQuarantinedStockCommand;
import com.opsledger.kernel.stockitem.ReleaseStockFromQuarantineCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * A quality decision acts on the stock its check held: passed (or rejected to be released anyway) and cancelled checks
 * release it; rejected goods are written off as waste or returned to the supplier. The stock item ignores a check that
 * holds nothing, so a decision handled again changes nothing.
 */
@Component
@ProcessingGroup(QualityDecisionFollowUp.NAME)
class QualityDecisionFollowUp {

    static final String NAME = "quality-stock-follow-up";

    private final CommandGateway commands;

    QualityDecisionFollowUp(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(QualityCheckPassedEvent event) {
        release(event.stockItemId(), event.qualityCheckId());
    }

    @EventHandler
    void on(QualityCheckCancelledEvent event) {
        release(event.stockItemId(), event.qualityCheckId());
    }

    @EventHandler
    void on(QualityCheckRejectedEvent event) {
        if (event.stockItemId() == null) {
            return;
        }
        if (QuarantineDisposal.DISPOSITIONS.contains(event.disposition())) {
            commands.sendAndWait(new DisposeOfQuarantinedStockCommand(event.stockItemId(), event.qualityCheckId(),
                    event.disposition(), null));
        } else {
            release(event.stockItemId(), event.qualityCheckId());
        }
    }

    private void release(String stockItemId, String qualityCheckId) {
        if (stockItemId != null) {
            commands.sendAndWait(new ReleaseStockFromQuarantineCommand(stockItemId, qualityCheckId));
        }
    }
}
