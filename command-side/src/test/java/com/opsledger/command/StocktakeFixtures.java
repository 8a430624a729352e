package com.opsledger.command;

import com.opsledger.kernel.common.Money;
import com.opsledger.kernel.common.Quantity;
import com.opsledger.kernel.stockitem.BatchQuantity;
import com.opsledger.kernel.stocktake.StockCount;
import com.opsledger.kernel.stocktake.StocktakeItem;
import com.opsledger.kernel.stocktake.StocktakeScope;
import com.opsledger.kernel.stocktake.StocktakeStartedEvent;
import com.opsledger.kernel.stocktake.StocktakeVariance;

import java.math.BigDecimal;
import java.util.List;

import static com.opsledger.command.StockFixtures.BATCH_EARLY;
import static com.opsledger.command.StockFixtures.BATCH_LATE;
import static com.opsledger.command.StockFixtures.EARLY;
import static com.opsledger.command.StockFixtures.LATE;
import static com.opsledger.command.StockFixtures.OTHER_PRODUCT_ID;
import static com.opsledger.command.StockFixtures.OTHER_STOCK_ITEM_ID;
import static com.opsledger.command.StockFixtures.PRODUCT_ID;
import static com.opsledger.command.StockFixtures.STOCK_ITEM_ID;
import static com.opsledger.command.StockFixtures.WAREHOUSE_ID;
import static com.opsledger.command.StockFixtures.kg;

/** Canonical stocktake events: flour (two batches, 30 kg) and a second item (10 kg without batch) at the start. */
public final class StocktakeFixtures {

    public static final String STOCKTAKE_ID = "5e1d2c3b-4a59-4687-9a8b-7c6d5e4f3a01";
    public static final String NUMBER = "ST-000042";
    public static final long START_POSITION = 1234;

    private StocktakeFixtures() {
    }

    public static StocktakeItem flourAtStart() {
        return new StocktakeItem(STOCK_ITEM_ID, PRODUCT_ID, kg("30"), List.of(
                new BatchQuantity(BATCH_EARLY, EARLY, kg("12")), new BatchQuantity(BATCH_LATE, LATE, kg("18"))));
    }

    public static StocktakeItem sugarAtStart() {
        return new StocktakeItem(OTHER_STOCK_ITEM_ID, OTHER_PRODUCT_ID, kg("10"),
                List.of(new BatchQuantity(null, null, kg("10"))));
    }

    public static StocktakeStartedEvent started(boolean blind) {
        return new StocktakeStartedEvent(STOCKTAKE_ID, NUMBER, WAREHOUSE_ID, new StocktakeScope(null, null, true), blind,
                START_POSITION, List.of(flourAtStart(), sugarAtStart()));
    }

    public static StockCount count(String stockItemId, String productId, String batch, String counted, String atStart,
                                   String since) {
        return new StockCount(stockItemId, productId, batch, kg(counted), kg(atStart), kg(since));
    }

    public static StocktakeVariance variance(StockCount count, Money unitValue, boolean beyond) {
        Quantity variance = count.counted().minus(count.expected());
        return new StocktakeVariance(count.stockItemId(), count.productId(), count.batch(), count.expectedAtStart(),
                count.movementsSince(), count.expected(), count.counted(), variance,
                unitValue == null ? null : unitValue.times(variance.amount()), beyond);
    }

    public static Money eur(String amount) {
        return Money.of(new BigDecimal(amount), "EUR");
    }
}
