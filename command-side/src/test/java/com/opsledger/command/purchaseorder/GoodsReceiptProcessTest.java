package com.opsledger.command.purchaseorder;

import com.opsledger.command.InMemoryProductFacts;
import com.opsledger.command.lookup.ProductFacts;
import com.opsledger.command.qualitycheck.QualityCheckNumbers;
import com.opsledger.kernel.purchaseorder.PurchaseOrderGoodsReceivedEvent;
import com.opsledger.kernel.qualitycheck.OpenQualityCheckCommand;
import com.opsledger.kernel.stockitem.QuarantineStockCommand;
import com.opsledger.kernel.purchaseorder.PurchaseOrderStatus;
import com.opsledger.kernel.purchaseorder.ReceivedLine;
import com.opsledger.kernel.stockitem.OpenStockItemCommand;
import com.opsledger.kernel.stockitem.ReceiveStockCommand;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import static com.opsledger.command.ProcurementFixtures.EXPECTED;
import static com.opsledger.command.ProcurementFixtures.PURCHASE_ORDER_ID;
import static com.opsledger.command.ProcurementFixtures.RECEIPT_ID;
import static com.opsledger.command.ProcurementFixtures.SUPPLIER_ID;
import static com.opsledger.command.StockFixtures.OTHER_PRODUCT_ID;
import static com.opsledger.command.StockFixtures.PRODUCT_ID;
import static com.opsledger.command.StockFixtures.OTHER_STOCK_ITEM_ID;
import static com.opsledger.command.StockFixtures.STOCK_ITEM_ID;
import static com.opsledger.command.StockFixtures.WAREHOUSE_ID;
import static com.opsledger.command.StockFixtures.kg;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;

class GoodsReceiptProcessTest {

    private static final LocalDate EXPIRY = LocalDate.of(2031, 1, 31);

    private SagaTestFixture<GoodsReceiptProcess> fixture;
    private final Map<String, String> stockItems = new HashMap<>();

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(GoodsReceiptProcess.class);
        fixture.registerResource((StockItemLocator) (productId, warehouseId) ->
                Optional.ofNullable(stockItems.get(productId + "/" + warehouseId)));
        fixture.registerResource(productFacts);
        fixture.registerResource((QualityCheckNumbers) () -> "QC-000042");
    }

    private final InMemoryProductFacts productFacts = new InMemoryProductFacts();

    @Test
    void canQuarantineGoodsInspectedOnReceiptWithAnIncomingCheckOpenedForThem() {
        stockItems.put(PRODUCT_ID + "/" + WAREHOUSE_ID, STOCK_ITEM_ID);
        stockItems.put(OTHER_PRODUCT_ID + "/" + WAREHOUSE_ID, OTHER_STOCK_ITEM_ID);
        productFacts.with(PRODUCT_ID, new ProductFacts.Facts(true, 10, "on-receipt", null, null, null))
                .with(OTHER_PRODUCT_ID, new ProductFacts.Facts(false, null, "none", null, null, null));
        String checkId = IncomingInspection.checkId(RECEIPT_ID, "1");
        fixture.givenNoPriorActivity()
                .whenPublishingA(received(
                        new ReceivedLine("1", PRODUCT_ID, kg("60"), "L-1", EXPIRY, null, kg("60"), kg("100"), EXPECTED),
                        new ReceivedLine("2", OTHER_PRODUCT_ID, kg("20"), null, null, null, kg("20"), kg("20"),
                                EXPECTED)))
                .expectDispatchedCommands(
                        new ReceiveStockCommand(STOCK_ITEM_ID, new BigDecimal("60.000"), "L-1", EXPIRY, null),
                        new OpenQualityCheckCommand(checkId, "QC-000042", "incoming", PRODUCT_ID, WAREHOUSE_ID, "L-1",
                                new BigDecimal("60.000"), PURCHASE_ORDER_ID, RECEIPT_ID, STOCK_ITEM_ID, null),
                        new QuarantineStockCommand(STOCK_ITEM_ID, checkId, "L-1", new BigDecimal("60.000"),
                                "incoming inspection QC-000042"),
                        new ReceiveStockCommand(OTHER_STOCK_ITEM_ID, new BigDecimal("20.000"), null, null, null));
        org.assertj.core.api.Assertions.assertThat(IncomingInspection.checkId(RECEIPT_ID, "1")).isEqualTo(checkId)
                .isNotEqualTo(IncomingInspection.checkId(RECEIPT_ID, "2"));
    }

    @Test
    void canPutEachReceivedLineOnTheStockItemOfItsProductInTheOrdersWarehouse() {
        stockItems.put(PRODUCT_ID + "/" + WAREHOUSE_ID, STOCK_ITEM_ID);
        fixture.givenNoPriorActivity()
                .whenPublishingA(received(new ReceivedLine("1", PRODUCT_ID, kg("60"), "L-1", EXPIRY, "A", kg("60"),
                        kg("100"), EXPECTED)))
                .expectDispatchedCommands(new ReceiveStockCommand(STOCK_ITEM_ID, new BigDecimal("60.000"), "L-1",
                        EXPIRY, null))
                .expectActiveSagas(0);
    }

    @Test
    void canOpenTheStockItemFirstWhereTheProductWasNeverStockedInTheWarehouse() {
        fixture.givenNoPriorActivity()
                .whenPublishingA(received(new ReceivedLine("2", OTHER_PRODUCT_ID, kg("20"), null, null, null, kg("20"),
                        kg("20"), EXPECTED)))
                .expectDispatchedCommandsMatching(payloadsMatching(exactSequenceOf(
                        that(OpenStockItemCommand.class, c -> c.productId().equals(OTHER_PRODUCT_ID)
                                && c.warehouseId().equals(WAREHOUSE_ID) && (opened.add(c.stockItemId()) || true)),
                        that(ReceiveStockCommand.class, c -> opened.contains(c.stockItemId())
                                && c.quantity().compareTo(new BigDecimal("20")) == 0),
                        andNoMore())));
    }

    private final java.util.Set<String> opened = new java.util.HashSet<>();

    private static <T> Matcher<Object> that(Class<T> type, Predicate<T> condition) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Object item) {
                return type.isInstance(item) && condition.test(type.cast(item));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a matching " + type.getSimpleName());
            }
        };
    }

    private static PurchaseOrderGoodsReceivedEvent received(ReceivedLine... lines) {
        return new PurchaseOrderGoodsReceivedEvent(PURCHASE_ORDER_ID, RECEIPT_ID, SUPPLIER_ID, WAREHOUSE_ID,
                List.of(lines), LocalDate.of(2030, 5, 2), PurchaseOrderStatus.PARTIALLY_RECEIVED);
    }
}
