package com.opsledger.command.stocktake;

import com.opsledger.kernel.stockitem.AdjustStockCommand;
import com.opsledger.kernel.stocktake.StocktakeApprovedEvent;
import com.opsledger.kernel.stocktake.StocktakeVariance;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Posts an approved stocktake: one stock adjustment per non-zero variance, with the reason {@code stocktake
 * ST-000123}, to the counted batch where a batch was counted. The adjustments run in the unit of work and transaction
 * of the approval event (one event per transaction in the process managers' processor): all are posted, or none and
 * the event is retried.
 */
@Component
@ProcessingGroup(StocktakePosting.GROUP)
class StocktakePosting {

    static final String GROUP = "stocktake-posting";

    private final CommandGateway commands;

    StocktakePosting(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(StocktakeApprovedEvent event) {
        for (StocktakeVariance variance : event.variances()) {
            if (!variance.variance().isZero()) {
                commands.sendAndWait(new AdjustStockCommand(variance.stockItemId(), variance.variance().amount(),
                        event.adjustmentReason(), variance.batch(), null));
            }
        }
    }
}
