package com.opsledger.command.stocktake;

import com.opsledger.command.lookup.UnitValues;
import com.opsledger.kernel.catalog.Valuation;
import com.opsledger.kernel.common.BusinessRuleViolationException;
import com.opsledger.kernel.common.Money;
import com.opsledger.kernel.common.NotFoundException;
import com.opsledger.kernel.common.Quantity;
import com.opsledger.kernel.stocktake.ApproveStocktakeCommand;
import com.opsledger.kernel.stocktake.CompleteStocktakeCommand;
import com.opsledger.kernel.stocktake.CountLine;
import com.opsledger.kernel.stocktake.RecordStockCountsCommand;
import com.opsledger.kernel.stocktake.StartStocktakeCommand;
import com.opsledger.kernel.stocktake.StockCount;
import com.opsledger.kernel.stocktake.StockCountsRecordedEvent;
import com.opsledger.kernel.stocktake.StocktakeApprovedEvent;
import com.opsledger.kernel.stocktake.StocktakeCompletedEvent;
import com.opsledger.kernel.stocktake.StocktakeItem;
import com.opsledger.kernel.stocktake.StocktakeScope;
import com.opsledger.kernel.stocktake.StocktakeStartedEvent;
import com.opsledger.kernel.stocktake.StocktakeVariance;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A count of a warehouse's stock: started with each stock item's balance at its start, counted (recounts replace
 * earlier counts), completed into variances, and approved — by a manager when a variance is beyond the limits — after
 * which the variances are posted to stock.
 */
@Aggregate
public class Stocktake {

    static final String COUNTING = "counting";
    static final String AWAITING_APPROVAL = "awaiting-approval";
    static final String APPROVED = "approved";

    @AggregateIdentifier
    private String stocktakeId;
    private String number;
    private String warehouseId;
    private String status;
    private Map<String, StocktakeItem> items;
    private Map<String, StockCount> counts;
    private List<StocktakeVariance> variances;

    protected Stocktake() {
    }

    @CommandHandler
    public Stocktake(StartStocktakeCommand command, StocktakeLookups lookups) {
        StocktakeScope scope = ScopeRule.require(command.scope());
        if (!lookups.warehouseExists(command.warehouseId())) {
            throw new NotFoundException("warehouse", command.warehouseId());
        }
        long position = lookups.position();
        List<StocktakeItem> inScope = lookups.inScope(command.warehouseId(), scope);
        if (inScope.isEmpty()) {
            throw new BusinessRuleViolationException("nothing-to-count",
                    "scope: the warehouse holds no stock item in this scope");
        }
        apply(new StocktakeStartedEvent(command.stocktakeId(), command.number(), command.warehouseId(), scope,
                command.blind(), position, inScope));
    }

    @CommandHandler
    public void handle(RecordStockCountsCommand command, StocktakeLookups lookups) {
        requireStatus(COUNTING, "counted");
        Counting.requireLines(command.counts());
        List<StockCount> recorded = new ArrayList<>();
        java.util.Set<String> countedKeys = new java.util.HashSet<>(counts.keySet());
        int index = 0;
        for (CountLine line : command.counts()) {
            StockCount count = Counting.count("counts[" + index++ + "]", line, items, countedKeys,
                    items.containsKey(line.stockItemId()) ? lookups.balance(line.stockItemId()).orElse(null) : null);
            countedKeys.add(Counting.key(count.stockItemId(), count.batch()));
            recorded.add(count);
        }
        apply(new StockCountsRecordedEvent(stocktakeId, recorded));
    }

    @CommandHandler
    public void handle(CompleteStocktakeCommand command, UnitValues unitValues, VarianceLimits limits) {
        requireStatus(COUNTING, "completed");
        if (counts.isEmpty()) {
            throw new BusinessRuleViolationException("nothing-counted", "count at least one stock item first");
        }
        List<StocktakeVariance> computed = new ArrayList<>();
        for (StockCount count : counts.values()) {
            Quantity variance = count.counted().minus(count.expected());
            Money value = Valuation.value(variance.amount(), unitValues.unitValue(count.productId())).orElse(null);
            computed.add(new StocktakeVariance(count.stockItemId(), count.productId(), count.batch(),
                    count.expectedAtStart(), count.movementsSince(), count.expected(), count.counted(), variance,
                    value, limits.beyond(variance, value)));
        }
        boolean approvalNeeded = computed.stream().anyMatch(StocktakeVariance::beyondLimits);
        apply(new StocktakeCompletedEvent(stocktakeId, computed, approvalNeeded));
        if (!approvalNeeded) {
            apply(new StocktakeApprovedEvent(stocktakeId, number, warehouseId, computed, true));
        }
    }

    @CommandHandler
    public void handle(ApproveStocktakeCommand command) {
        requireStatus(AWAITING_APPROVAL, "approved");
        apply(new StocktakeApprovedEvent(stocktakeId, number, warehouseId, variances, false));
    }

    @EventSourcingHandler
    void on(StocktakeStartedEvent event) {
        stocktakeId = event.stocktakeId();
        number = event.number();
        warehouseId = event.warehouseId();
        status = COUNTING;
        items = new LinkedHashMap<>();
        event.items().forEach(item -> items.put(item.stockItemId(), item));
        counts = new LinkedHashMap<>();
        variances = List.of();
    }

    @EventSourcingHandler
    void on(StockCountsRecordedEvent event) {
        event.counts().forEach(count -> counts.put(Counting.key(count.stockItemId(), count.batch()), count));
    }

    @EventSourcingHandler
    void on(StocktakeCompletedEvent event) {
        variances = event.variances();
        status = event.approvalNeeded() ? AWAITING_APPROVAL : APPROVED;
    }

    @EventSourcingHandler
    void on(StocktakeApprovedEvent event) {
        status = APPROVED;
    }

    private void requireStatus(String required, String action) {
        if (!status.equals(required)) {
            throw new BusinessRuleViolationException("stocktake-" + status, "stocktake " + number + " is " + status
                    + " and cannot be " + action);
        }
    }
}
