package com.opsledger.command.stocktake;

import com.opsledger.command.lookup.UnitValues;
import com.opsledger.kernel.common.Money;
import com.opsledger.kernel.stockitem.BatchQuantity;
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
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.opsledger.command.AggregateFixtures.aggregateFixture;
import static com.opsledger.command.DomainExceptions.invalid;
import static com.opsledger.command.DomainExceptions.notFound;
import static com.opsledger.command.DomainExceptions.violated;
import static com.opsledger.command.StockFixtures.BATCH_EARLY;
import static com.opsledger.command.StockFixtures.BATCH_LATE;
import static com.opsledger.command.StockFixtures.EARLY;
import static com.opsledger.command.StockFixtures.LATE;
import static com.opsledger.command.StockFixtures.OTHER_PRODUCT_ID;
import static com.opsledger.command.StockFixtures.OTHER_STOCK_ITEM_ID;
import static com.opsledger.command.StockFixtures.OTHER_WAREHOUSE_ID;
import static com.opsledger.command.StockFixtures.PRODUCT_ID;
import static com.opsledger.command.StockFixtures.STOCK_ITEM_ID;
import static com.opsledger.command.StockFixtures.WAREHOUSE_ID;
import static com.opsledger.command.StockFixtures.kg;
import static com.opsledger.command.StocktakeFixtures.NUMBER;
import static com.opsledger.command.StocktakeFixtures.START_POSITION;
import static com.opsledger.command.StocktakeFixtures.STOCKTAKE_ID;
import static com.opsledger.command.StocktakeFixtures.count;
import static com.opsledger.command.StocktakeFixtures.eur;
import static com.opsledger.command.StocktakeFixtures.flourAtStart;
import static com.opsledger.command.StocktakeFixtures.started;
import static com.opsledger.command.StocktakeFixtures.sugarAtStart;
import static com.opsledger.command.StocktakeFixtures.variance;

class StocktakeTest {

    private FixtureConfiguration<Stocktake> fixture;
    private final Lookups lookups = new Lookups();
    private final Map<String, Money> unitValues = new HashMap<>();

    /** Balances now, as the stock lookups keep them; the warehouse holds flour and sugar. */
    static final class Lookups implements StocktakeLookups {
        final Map<String, StocktakeItem> now = new HashMap<>(Map.of(STOCK_ITEM_ID, flourAtStart(),
                OTHER_STOCK_ITEM_ID, sugarAtStart()));

        @Override
        public boolean warehouseExists(String warehouseId) {
            return WAREHOUSE_ID.equals(warehouseId);
        }

        @Override
        public List<StocktakeItem> inScope(String warehouseId, StocktakeScope scope) {
            return scope.productIds() == null ? List.of(now.get(STOCK_ITEM_ID), now.get(OTHER_STOCK_ITEM_ID))
                    : now.values().stream().filter(i -> scope.productIds().contains(i.productId())).toList();
        }

        @Override
        public Optional<StocktakeItem> balance(String stockItemId) {
            return Optional.ofNullable(now.get(stockItemId));
        }

        @Override
        public long position() {
            return START_POSITION;
        }
    }

    @BeforeEach
    void setUp() {
        fixture = aggregateFixture(Stocktake.class, lookups, (UnitValues) productId ->
                Optional.ofNullable(unitValues.get(productId)), new VarianceLimits(new BigDecimal("5"),
                new BigDecimal("50")));
    }

    private static StartStocktakeCommand start(StocktakeScope scope) {
        return new StartStocktakeCommand(STOCKTAKE_ID, NUMBER, WAREHOUSE_ID, scope, false);
    }

    @Test
    void canStartWithEachStockItemsBalanceAtTheStartPosition() {
        fixture.givenNoPriorActivity()
                .when(start(new StocktakeScope(null, null, true)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(started(false));
    }

    @Test
    void canStartForNamedProductsOnly() {
        fixture.givenNoPriorActivity()
                .when(start(new StocktakeScope(List.of(OTHER_PRODUCT_ID), null, null)))
                .expectEvents(new StocktakeStartedEvent(STOCKTAKE_ID, NUMBER, WAREHOUSE_ID,
                        new StocktakeScope(List.of(OTHER_PRODUCT_ID), null, null), false, START_POSITION,
                        List.of(sugarAtStart())));
    }

    @Test
    void cannotStartWithTwoScopes() {
        fixture.givenNoPriorActivity()
                .when(start(new StocktakeScope(List.of(PRODUCT_ID), "Baking", null)))
                .expectException(invalid("scope"));
    }

    @Test
    void cannotStartWithNoScope() {
        fixture.givenNoPriorActivity()
                .when(start(new StocktakeScope(null, null, null)))
                .expectException(invalid("scope"));
    }

    @Test
    void cannotStartInAnUnknownWarehouse() {
        fixture.givenNoPriorActivity()
                .when(new StartStocktakeCommand(STOCKTAKE_ID, NUMBER, OTHER_WAREHOUSE_ID,
                        new StocktakeScope(null, null, true), false))
                .expectException(notFound("warehouse"));
    }

    @Test
    void cannotStartWithNothingToCount() {
        fixture.givenNoPriorActivity()
                .when(start(new StocktakeScope(List.of("0f0e0d0c-0b0a-4909-8807-060504030201"), null, null)))
                .expectException(violated("nothing-to-count"));
    }

    @Test
    void canCountWithTheMovementsSinceTheStartSoTheyAreNoVariance() {
        lookups.now.put(STOCK_ITEM_ID, new StocktakeItem(STOCK_ITEM_ID, PRODUCT_ID, kg("25"), List.of(
                new BatchQuantity(BATCH_EARLY, EARLY, kg("7")), new BatchQuantity(BATCH_LATE, LATE, kg("18")))));
        fixture.given(started(false))
                .when(new RecordStockCountsCommand(STOCKTAKE_ID, List.of(
                        new CountLine(STOCK_ITEM_ID, BATCH_EARLY, new BigDecimal("6")),
                        new CountLine(STOCK_ITEM_ID, BATCH_LATE, new BigDecimal("18")))))
                .expectEvents(new StockCountsRecordedEvent(STOCKTAKE_ID, List.of(
                        count(STOCK_ITEM_ID, PRODUCT_ID, BATCH_EARLY, "6", "12", "-5"),
                        count(STOCK_ITEM_ID, PRODUCT_ID, BATCH_LATE, "18", "18", "0"))));
    }

    @Test
    void cannotCountAStockItemOutsideTheScope() {
        fixture.given(started(false))
                .when(new RecordStockCountsCommand(STOCKTAKE_ID, List.of(
                        new CountLine("0f0e0d0c-0b0a-4909-8807-060504030201", null, BigDecimal.ONE))))
                .expectException(violated("not-in-stocktake"));
    }

    @Test
    void cannotCountAnItemBothWholeAndByBatch() {
        fixture.given(started(false), new StockCountsRecordedEvent(STOCKTAKE_ID, List.of(
                        count(STOCK_ITEM_ID, PRODUCT_ID, null, "30", "30", "0"))))
                .when(new RecordStockCountsCommand(STOCKTAKE_ID, List.of(
                        new CountLine(STOCK_ITEM_ID, BATCH_EARLY, BigDecimal.TEN))))
                .expectException(violated("count-mixes-batches"));
    }

    @Test
    void cannotCountTheSameLineTwiceInOneEntry() {
        fixture.given(started(false))
                .when(new RecordStockCountsCommand(STOCKTAKE_ID, List.of(
                        new CountLine(STOCK_ITEM_ID, null, BigDecimal.ONE),
                        new CountLine(STOCK_ITEM_ID, null, BigDecimal.TEN))))
                .expectException(invalid("counts[1]"));
    }

    @Test
    void canRecountAndCompleteWithTheLatestCountOnly() {
        StockCount first = count(OTHER_STOCK_ITEM_ID, OTHER_PRODUCT_ID, null, "4", "10", "0");
        StockCount recount = count(OTHER_STOCK_ITEM_ID, OTHER_PRODUCT_ID, null, "9", "10", "0");
        fixture.given(started(false), new StockCountsRecordedEvent(STOCKTAKE_ID, List.of(first)),
                        new StockCountsRecordedEvent(STOCKTAKE_ID, List.of(recount)))
                .when(new CompleteStocktakeCommand(STOCKTAKE_ID))
                .expectEvents(new StocktakeCompletedEvent(STOCKTAKE_ID, List.of(variance(recount, null, false)), false),
                        new StocktakeApprovedEvent(STOCKTAKE_ID, NUMBER, WAREHOUSE_ID,
                                List.of(variance(recount, null, false)), true));
    }

    @Test
    void canCompleteIntoAnApprovalWhenAVarianceIsWorthMoreThanTheLimit() {
        unitValues.put(PRODUCT_ID, eur("20"));
        StockCount count = count(STOCK_ITEM_ID, PRODUCT_ID, null, "27", "30", "0");
        fixture.given(started(false), new StockCountsRecordedEvent(STOCKTAKE_ID, List.of(count)))
                .when(new CompleteStocktakeCommand(STOCKTAKE_ID))
                .expectEvents(new StocktakeCompletedEvent(STOCKTAKE_ID,
                        List.of(variance(count, eur("20"), true)), true));
    }

    @Test
    void canCompleteIntoAnApprovalWhenAVarianceIsMoreUnitsThanTheLimit() {
        StockCount count = count(STOCK_ITEM_ID, PRODUCT_ID, null, "36", "30", "0");
        fixture.given(started(false), new StockCountsRecordedEvent(STOCKTAKE_ID, List.of(count)))
                .when(new CompleteStocktakeCommand(STOCKTAKE_ID))
                .expectEvents(new StocktakeCompletedEvent(STOCKTAKE_ID, List.of(variance(count, null, true)), true));
    }

    @Test
    void cannotCompleteWithNothingCounted() {
        fixture.given(started(false))
                .when(new CompleteStocktakeCommand(STOCKTAKE_ID))
                .expectException(violated("nothing-counted"));
    }

    @Test
    void canApproveWhatAwaitsApproval() {
        StockCount count = count(STOCK_ITEM_ID, PRODUCT_ID, null, "36", "30", "0");
        fixture.given(started(false), new StockCountsRecordedEvent(STOCKTAKE_ID, List.of(count)),
                        new StocktakeCompletedEvent(STOCKTAKE_ID, List.of(variance(count, null, true)), true))
                .when(new ApproveStocktakeCommand(STOCKTAKE_ID))
                .expectEvents(new StocktakeApprovedEvent(STOCKTAKE_ID, NUMBER, WAREHOUSE_ID,
                        List.of(variance(count, null, true)), false));
    }

    @Test
    void cannotApproveWhileCounting() {
        fixture.given(started(false))
                .when(new ApproveStocktakeCommand(STOCKTAKE_ID))
                .expectException(violated("stocktake-counting"));
    }

    @Test
    void cannotApproveTwice() {
        StockCount count = count(STOCK_ITEM_ID, PRODUCT_ID, null, "30", "30", "0");
        fixture.given(started(false), new StockCountsRecordedEvent(STOCKTAKE_ID, List.of(count)),
                        new StocktakeCompletedEvent(STOCKTAKE_ID, List.of(variance(count, null, false)), false),
                        new StocktakeApprovedEvent(STOCKTAKE_ID, NUMBER, WAREHOUSE_ID,
                                List.of(variance(count, null, false)), true))
                .when(new ApproveStocktakeCommand(STOCKTAKE_ID))
                .expectException(violated("stocktake-approved"));
    }

    @Test
    void cannotCountOnceCompleted() {
        StockCount count = count(STOCK_ITEM_ID, PRODUCT_ID, null, "36", "30", "0");
        fixture.given(started(false), new StockCountsRecordedEvent(STOCKTAKE_ID, List.of(count)),
                        new StocktakeCompletedEvent(STOCKTAKE_ID, List.of(variance(count, null, true)), true))
                .when(new RecordStockCountsCommand(STOCKTAKE_ID, List.of(
                        new CountLine(STOCK_ITEM_ID, null, BigDecimal.ONE))))
                .expectException(violated("stocktake-awaiting-approval"));
    }

}
