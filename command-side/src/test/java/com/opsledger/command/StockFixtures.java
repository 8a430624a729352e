package com.opsledger.command;

import com.opsledger.command.registry.InMemoryReferenceRegistry;
import com.opsledger.kernel.catalog.CreateProductCommand;
import com.opsledger.kernel.catalog.ProductCreatedEvent;
import com.opsledger.kernel.common.Quantity;
import com.opsledger.kernel.stockitem.Lot;
import com.opsledger.kernel.stockitem.OpenStockItemCommand;
import com.opsledger.kernel.stockitem.StockItemOpenedEvent;
import com.opsledger.kernel.stockitem.StockLevels;
import com.opsledger.kernel.stockitem.StockReceivedEvent;
import com.opsledger.kernel.stockitem.StockReservedEvent;
import com.opsledger.kernel.warehouse.CreateWarehouseCommand;
import com.opsledger.kernel.warehouse.WarehouseCreatedEvent;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The canonical records of the aggregate tests: one product in kg, one warehouse, its stock item and a receipt. */
public final class StockFixtures {

    public static final String KG = "kg";

    public static final String PRODUCT_ID = "7d1f3c8e-2b4a-4f6e-9c1d-0a5b6c7d8e01";
    public static final String OTHER_PRODUCT_ID = "7d1f3c8e-2b4a-4f6e-9c1d-0a5b6c7d8e02";
    public static final String SKU = "FLOUR-T550/25";
    public static final String PRODUCT_NAME = "Wheat flour T550";
    public static final String CATEGORY = "Baking";

    public static final String WAREHOUSE_ID = "3a9e6b20-5c7d-4e8f-a1b2-c3d4e5f60701";
    public static final String OTHER_WAREHOUSE_ID = "3a9e6b20-5c7d-4e8f-a1b2-c3d4e5f60702";
    public static final String WAREHOUSE_CODE = "BER-1";
    public static final String WAREHOUSE_NAME = "Berlin main";

    public static final String STOCK_ITEM_ID = "c5b2e7a4-8d1f-4a3b-9e6c-2f0d1a7b3c01";
    public static final String OTHER_STOCK_ITEM_ID = "c5b2e7a4-8d1f-4a3b-9e6c-2f0d1a7b3c02";
    public static final String RESERVATION_ID = "e8c4a1f2-6b3d-4c9e-8a7f-5d2b1e0c9a01";
    public static final String OTHER_RESERVATION_ID = "e8c4a1f2-6b3d-4c9e-8a7f-5d2b1e0c9a02";
    public static final String ORDER_REFERENCE = "SO-1001/1";

    public static final String BATCH_EARLY = "L-0331";
    public static final LocalDate EARLY = LocalDate.of(2026, 3, 31);
    public static final String BATCH_LATE = "L-0630";
    public static final LocalDate LATE = LocalDate.of(2026, 6, 30);

    private StockFixtures() {
    }

    public static Quantity kg(String amount) {
        return Quantity.of(new BigDecimal(amount), KG);
    }

    public static StockLevels levels(String onHand, String reserved) {
        return new StockLevels(kg(onHand), kg(reserved));
    }

    public static StockLevels levels(String onHand, String reserved, String quarantined) {
        return new StockLevels(kg(onHand), kg(reserved), kg(quarantined));
    }

    public static CreateProductCommand createProduct() {
        return new CreateProductCommand(PRODUCT_ID, SKU, PRODUCT_NAME, KG, new BigDecimal("50"), 7, "25 kg sacks",
                CATEGORY);
    }

    public static ProductCreatedEvent productCreated() {
        return new ProductCreatedEvent(PRODUCT_ID, SKU, PRODUCT_NAME, KG, kg("50"), 7, "25 kg sacks", CATEGORY);
    }

    public static CreateWarehouseCommand createWarehouse() {
        return new CreateWarehouseCommand(WAREHOUSE_ID, WAREHOUSE_CODE, WAREHOUSE_NAME);
    }

    public static WarehouseCreatedEvent warehouseCreated() {
        return new WarehouseCreatedEvent(WAREHOUSE_ID, WAREHOUSE_CODE, WAREHOUSE_NAME);
    }

    /** A registry that knows the product (in kg) and the warehouse, as after their creation. */
    public static InMemoryReferenceRegistry registryWithProductAndWarehouse() {
        return new InMemoryReferenceRegistry().withProduct(PRODUCT_ID, KG).withWarehouse(WAREHOUSE_ID);
    }

    public static OpenStockItemCommand openStockItem() {
        return new OpenStockItemCommand(STOCK_ITEM_ID, PRODUCT_ID, WAREHOUSE_ID);
    }

    public static StockItemOpenedEvent stockItemOpened() {
        return new StockItemOpenedEvent(STOCK_ITEM_ID, PRODUCT_ID, WAREHOUSE_ID, KG);
    }

    /** 10 kg received without a batch into the empty stock item. */
    public static StockReceivedEvent receipt() {
        return received("10", null, null, levels("10", "0"));
    }

    public static StockReceivedEvent received(String quantity, String batch, LocalDate expiryDate, StockLevels after) {
        return new StockReceivedEvent(STOCK_ITEM_ID, kg(quantity), Lot.of(batch, expiryDate), after);
    }

    /** 4 kg of the {@link #receipt()} reserved for an order line. */
    public static StockReservedEvent reservation() {
        return reserved(RESERVATION_ID, "4", levels("10", "4"));
    }

    public static StockReservedEvent reserved(String reservationId, String quantity, StockLevels after) {
        return new StockReservedEvent(STOCK_ITEM_ID, reservationId, kg(quantity), ORDER_REFERENCE, after);
    }
}
