package com.opsledger.command.stockitem;

import com.opsledger.command.registry.InMemoryReferenceRegistry;
import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.common.Quantity;
import com.opsledger.kernel.stockitem.AdjustStockCommand;
import com.opsledger.kernel.stockitem.BatchQuantity;
import com.opsledger.kernel.stockitem.IssueReservationCommand;
import com.opsledger.kernel.stockitem.IssueReservationFromBatchCommand;
import com.opsledger.kernel.stockitem.OpenStockItemCommand;
import com.opsledger.kernel.stockitem.ReceiveStockCommand;
import com.opsledger.command.InMemoryProductFacts;
import com.opsledger.command.lookup.ProductFacts;
import com.opsledger.kernel.stockitem.ReleaseReservationCommand;
import com.opsledger.kernel.stockitem.ReservationIssuedEvent;
import com.opsledger.kernel.stockitem.ReservationReleasedEvent;
import com.opsledger.kernel.stockitem.ReserveStockCommand;
import com.opsledger.kernel.stockitem.StockAdjustedEvent;
import com.opsledger.kernel.stockitem.StockItemOpenedEvent;
import com.opsledger.kernel.stockitem.StockLevels;
import com.opsledger.kernel.stockitem.StockReceivedEvent;
import com.opsledger.kernel.stockitem.StockReservedEvent;
import com.opsledger.kernel.stockitem.StockWrittenOffEvent;
import com.opsledger.kernel.stockitem.WriteOffStockCommand;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.opsledger.command.lookup.UnitValues;
import com.opsledger.command.storagelocation.StorageLocation;
import com.opsledger.kernel.common.Money;
import com.opsledger.kernel.stockitem.ApproveWriteOffCommand;
import com.opsledger.kernel.stockitem.RejectWriteOffCommand;
import com.opsledger.kernel.stockitem.WriteOffRejectedEvent;
import com.opsledger.kernel.stockitem.WriteOffRequestedEvent;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import com.opsledger.kernel.stockitem.PlaceStockItemCommand;
import com.opsledger.kernel.stockitem.DisposeOfQuarantinedStockCommand;
import com.opsledger.kernel.stockitem.QuarantineStockCommand;
import com.opsledger.kernel.stockitem.QuarantinedStockDisposedEvent;
import com.opsledger.kernel.stockitem.ReleaseStockFromQuarantineCommand;
import com.opsledger.kernel.stockitem.StockQuarantinedEvent;
import com.opsledger.kernel.stockitem.StockReleasedFromQuarantineEvent;
import com.opsledger.kernel.stockitem.StockItemPlacedEvent;

import static com.opsledger.command.AggregateFixtures.aggregateFixture;
import static com.opsledger.command.DomainExceptions.duplicate;
import static com.opsledger.command.DomainExceptions.invalid;
import static com.opsledger.command.DomainExceptions.notFound;
import static com.opsledger.command.DomainExceptions.violated;
import static com.opsledger.command.StockFixtures.BATCH_EARLY;
import static com.opsledger.command.StockFixtures.BATCH_LATE;
import static com.opsledger.command.StockFixtures.EARLY;
import static com.opsledger.command.StockFixtures.LATE;
import static com.opsledger.command.StockFixtures.ORDER_REFERENCE;
import static com.opsledger.command.StockFixtures.OTHER_PRODUCT_ID;
import static com.opsledger.command.StockFixtures.OTHER_RESERVATION_ID;
import static com.opsledger.command.StockFixtures.OTHER_STOCK_ITEM_ID;
import static com.opsledger.command.StockFixtures.OTHER_WAREHOUSE_ID;
import static com.opsledger.command.StockFixtures.PRODUCT_ID;
import static com.opsledger.command.StockFixtures.RESERVATION_ID;
import static com.opsledger.command.StockFixtures.STOCK_ITEM_ID;
import static com.opsledger.command.StockFixtures.WAREHOUSE_ID;
import static com.opsledger.command.StockFixtures.kg;
import static com.opsledger.command.StockFixtures.levels;
import static com.opsledger.command.StockFixtures.openStockItem;
import static com.opsledger.command.StockFixtures.receipt;
import static com.opsledger.command.StockFixtures.received;
import static com.opsledger.command.StockFixtures.registryWithProductAndWarehouse;
import static com.opsledger.command.StockFixtures.reservation;
import static com.opsledger.command.StockFixtures.reserved;
import static com.opsledger.command.StockFixtures.stockItemOpened;

class StockItemTest {

    private static final String RECOUNT = "found in recount";
    private static final String DAMAGED = "sacks torn";

    private FixtureConfiguration<StockItem> fixture;
    private InMemoryReferenceRegistry registry;

    private static final WriteOffApproval APPROVAL = new WriteOffApproval(Money.of(new BigDecimal("100"), "EUR"));
    /** Products have no value unless a test gives one. */
    private final Map<String, Money> values = new HashMap<>();
    private final UnitValues unitValues = productId -> Optional.ofNullable(values.get(productId));

    /** Products are not perishable unless a test says so. */
    private final InMemoryProductFacts products = new InMemoryProductFacts();

    @BeforeEach
    void setUp() {
        registry = registryWithProductAndWarehouse();
        fixture = aggregateFixture(StockItem.class, registry, unitValues, APPROVAL, products);
    }

    /** 5 kg without a batch, then 4 kg of the late batch, then 3 kg of the early one: 12 kg on hand. */
    private static List<Object> threeKindsOfStock() {
        return List.of(stockItemOpened(),
                received("5", null, null, levels("5", "0")),
                received("4", BATCH_LATE, LATE, levels("9", "0")),
                received("3", BATCH_EARLY, EARLY, levels("12", "0")));
    }

    private static List<Object> with(List<Object> history, Object... more) {
        List<Object> events = new ArrayList<>(history);
        events.addAll(List.of(more));
        return events;
    }

    @Nested
    class Open {

        @Test
        void canOpenStockItemInTheUnitOfItsProduct() {
            registry.withProduct(OTHER_PRODUCT_ID, "l");

            fixture.givenNoPriorActivity()
                    .when(new OpenStockItemCommand(STOCK_ITEM_ID, OTHER_PRODUCT_ID, WAREHOUSE_ID))
                    .expectEvents(new StockItemOpenedEvent(STOCK_ITEM_ID, OTHER_PRODUCT_ID, WAREHOUSE_ID, "l"));
        }

        @Test
        void canOpenStockItemsOfOneProductInTwoWarehouses() {
            registry.withWarehouse(OTHER_WAREHOUSE_ID);
            fixture.givenNoPriorActivity().when(openStockItem()).expectEvents(stockItemOpened());

            fixture.givenNoPriorActivity()
                    .when(new OpenStockItemCommand(OTHER_STOCK_ITEM_ID, PRODUCT_ID, OTHER_WAREHOUSE_ID))
                    .expectEvents(new StockItemOpenedEvent(OTHER_STOCK_ITEM_ID, PRODUCT_ID, OTHER_WAREHOUSE_ID, "kg"));
        }

        @Test
        void cannotOpenStockItemOfUnknownProduct() {
            fixture.givenNoPriorActivity()
                    .when(new OpenStockItemCommand(STOCK_ITEM_ID, OTHER_PRODUCT_ID, WAREHOUSE_ID))
                    .expectException(notFound("product"))
                    .expectExceptionMessage("product " + OTHER_PRODUCT_ID + " does not exist")
                    .expectNoEvents();
        }

        @Test
        void cannotOpenStockItemInUnknownWarehouse() {
            fixture.givenNoPriorActivity()
                    .when(new OpenStockItemCommand(STOCK_ITEM_ID, PRODUCT_ID, OTHER_WAREHOUSE_ID))
                    .expectException(notFound("warehouse"))
                    .expectExceptionMessage("warehouse " + OTHER_WAREHOUSE_ID + " does not exist")
                    .expectNoEvents();
        }

        @Test
        void cannotOpenSecondStockItemForTheSameProductAndWarehouse() {
            fixture.givenNoPriorActivity().when(openStockItem()).expectEvents(stockItemOpened());

            fixture.givenNoPriorActivity()
                    .when(new OpenStockItemCommand(OTHER_STOCK_ITEM_ID, PRODUCT_ID, WAREHOUSE_ID))
                    .expectException(duplicate("productId/warehouseId"))
                    .expectExceptionMessage(
                            "productId/warehouseId '" + PRODUCT_ID + "/" + WAREHOUSE_ID + "' is already used by "
                                    + STOCK_ITEM_ID)
                    .expectNoEvents();
        }
    }

    @Nested
    class Receive {

        @Test
        void canReceiveStock() {
            fixture.given(stockItemOpened())
                    .when(receive("10"))
                    .expectEvents(receipt());
        }

        @Test
        void canReceiveTwoAndAHalfKilogramsExactly() {
            Quantity twoAndAHalf = Quantity.of(new BigDecimal("2.5"), "kg");
            fixture.given(stockItemOpened())
                    .when(receive("2.5"))
                    .expectEvents(new StockReceivedEvent(STOCK_ITEM_ID, twoAndAHalf, null,
                            new StockLevels(twoAndAHalf, Quantity.zero("kg"))));
        }

        @Test
        void canReceiveQuantityWhoseExtraDecimalsAreZeros() {
            fixture.given(stockItemOpened())
                    .when(receive("0.0010"))
                    .expectEvents(received("0.001", null, null, levels("0.001", "0")));
        }

        @Test
        void canReceiveInTheUnitOfTheStockItem() {
            fixture.given(new StockItemOpenedEvent(STOCK_ITEM_ID, PRODUCT_ID, WAREHOUSE_ID, "l"))
                    .when(receive("2.5"))
                    .expectEvents(new StockReceivedEvent(STOCK_ITEM_ID, Quantity.of(new BigDecimal("2.5"), "l"), null,
                            new StockLevels(Quantity.of(new BigDecimal("2.5"), "l"), Quantity.zero("l"))));
        }

        @Test
        void canReceiveOnTopOfStockKeepingWhatIsReserved() {
            fixture.given(stockItemOpened(), receipt(), reservation())
                    .when(receive("0.125"))
                    .expectEvents(received("0.125", null, null, levels("10.125", "4")));
        }

        @Test
        void canReceiveIntoBatchWithExpiry() {
            fixture.given(stockItemOpened(), receipt())
                    .when(receive("3", BATCH_EARLY, EARLY))
                    .expectEvents(received("3", BATCH_EARLY, EARLY, levels("13", "0")));
        }

        @Test
        void canReceiveMoreOfABatchWithTheSameExpiry() {
            fixture.given(stockItemOpened(), received("3", BATCH_EARLY, EARLY, levels("3", "0")))
                    .when(receive("2", BATCH_EARLY, EARLY))
                    .expectEvents(received("2", BATCH_EARLY, EARLY, levels("5", "0")));
        }

        @Test
        void canReceiveBatchWithoutExpiry() {
            fixture.given(stockItemOpened())
                    .when(receive("3", BATCH_EARLY, null))
                    .expectEvents(received("3", BATCH_EARLY, null, levels("3", "0")));
        }

        @Test
        void canReceiveBatchWithNewExpiryOnceItsOldStockIsGone() {
            fixture.given(stockItemOpened(), received("3", BATCH_EARLY, EARLY, levels("3", "0")),
                            new StockWrittenOffEvent(STOCK_ITEM_ID, kg("3"), DAMAGED,
                                    List.of(new BatchQuantity(BATCH_EARLY, EARLY, kg("3"))), levels("0", "0")))
                    .when(receive("2", BATCH_EARLY, LATE))
                    .expectEvents(received("2", BATCH_EARLY, LATE, levels("2", "0")));
        }

        @Test
        void cannotReceiveWithExpiryButWithoutBatch() {
            fixture.given(stockItemOpened())
                    .when(receive("3", null, EARLY))
                    .expectException(invalid("expiryDate"))
                    .expectExceptionMessage("expiryDate needs a batch")
                    .expectNoEvents();
        }

        @Test
        void cannotReceiveBatchWithAnotherExpiryThanItHas() {
            fixture.given(stockItemOpened(), received("3", BATCH_EARLY, EARLY, levels("3", "0")))
                    .when(receive("2", BATCH_EARLY, LATE))
                    .expectException(violated("batch-expiry-mismatch"))
                    .expectExceptionMessage("batch " + BATCH_EARLY + " expires on 2026-03-31, not 2026-06-30")
                    .expectNoEvents();
        }

        @Test
        void cannotReceiveBatchWithoutTheExpiryItHas() {
            fixture.given(stockItemOpened(), received("3", BATCH_EARLY, EARLY, levels("3", "0")))
                    .when(receive("2", BATCH_EARLY, null))
                    .expectException(violated("batch-expiry-mismatch"))
                    .expectNoEvents();
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "0.000", "-1", "-0.001"})
        void cannotReceiveZeroOrLess(String quantity) {
            fixture.given(stockItemOpened())
                    .when(receive(quantity))
                    .expectException(invalid("quantity"))
                    .expectExceptionMessage("quantity must be greater than zero")
                    .expectNoEvents();
        }

        @Test
        void cannotReceiveWithoutQuantity() {
            fixture.given(stockItemOpened())
                    .when(new ReceiveStockCommand(STOCK_ITEM_ID, null, null, null, null))
                    .expectException(invalid("quantity"))
                    .expectExceptionMessage("quantity is required")
                    .expectNoEvents();
        }

        @ParameterizedTest
        @ValueSource(strings = {"2.5001", "0.0001"})
        void cannotReceiveQuantityWithFourDecimals(String quantity) {
            fixture.given(stockItemOpened())
                    .when(receive(quantity))
                    .expectException(InvalidValueException.class)
                    .expectExceptionMessage("quantity has more than 3 decimal places")
                    .expectNoEvents();
        }
    }

    @Nested
    class Reserve {

        @Test
        void canReserveAvailableStock() {
            fixture.given(stockItemOpened(), receipt())
                    .when(reserve(RESERVATION_ID, "4"))
                    .expectEvents(reservation());
        }

        @Test
        void canReserveAllThatIsStillAvailable() {
            fixture.given(stockItemOpened(), receipt(), reservation())
                    .when(reserve(OTHER_RESERVATION_ID, "6"))
                    .expectEvents(reserved(OTHER_RESERVATION_ID, "6", levels("10", "10")));
        }

        @Test
        void cannotReserveMoreThanAvailable() {
            fixture.given(stockItemOpened(), receipt(), reserved(RESERVATION_ID, "2.5", levels("10", "2.5")))
                    .when(reserve(OTHER_RESERVATION_ID, "12"))
                    .expectException(violated("insufficient-stock"))
                    .expectExceptionMessage("reserve 12 kg but only 7.5 kg available")
                    .expectNoEvents();
        }

        @Test
        void cannotReserveOneGramMoreThanAvailable() {
            fixture.given(stockItemOpened(), receipt(), reservation())
                    .when(reserve(OTHER_RESERVATION_ID, "6.001"))
                    .expectException(violated("insufficient-stock"))
                    .expectExceptionMessage("reserve 6.001 kg but only 6 kg available")
                    .expectNoEvents();
        }

        @Test
        void cannotReuseAnOpenReservationId() {
            fixture.given(stockItemOpened(), receipt(), reservation())
                    .when(reserve(RESERVATION_ID, "3"))
                    .expectException(duplicate("reservationId"))
                    .expectNoEvents();
        }

        @Test
        void cannotReuseAReleasedReservationId() {
            fixture.given(stockItemOpened(), receipt(), reservation(),
                            new ReservationReleasedEvent(STOCK_ITEM_ID, RESERVATION_ID, kg("4"), ORDER_REFERENCE,
                                    levels("10", "0")))
                    .when(reserve(RESERVATION_ID, "3"))
                    .expectException(duplicate("reservationId"))
                    .expectNoEvents();
        }

        @Test
        void cannotReserveFromEmptyStockItem() {
            fixture.given(stockItemOpened())
                    .when(reserve(RESERVATION_ID, "1"))
                    .expectException(violated("insufficient-stock"))
                    .expectExceptionMessage("reserve 1 kg but only 0 kg available")
                    .expectNoEvents();
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", "  "})
        void cannotReserveWithoutReference(String reference) {
            fixture.given(stockItemOpened(), receipt())
                    .when(new ReserveStockCommand(STOCK_ITEM_ID, RESERVATION_ID, BigDecimal.ONE, reference, null))
                    .expectException(invalid("reference"))
                    .expectExceptionMessage("reference is required")
                    .expectNoEvents();
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "-2"})
        void cannotReserveZeroOrLess(String quantity) {
            fixture.given(stockItemOpened(), receipt())
                    .when(reserve(RESERVATION_ID, quantity))
                    .expectException(invalid("quantity"))
                    .expectNoEvents();
        }
    }

    @Nested
    class Release {

        @Test
        void canReleaseReservation() {
            fixture.given(stockItemOpened(), receipt(), reservation())
                    .when(release(RESERVATION_ID))
                    .expectEvents(new ReservationReleasedEvent(STOCK_ITEM_ID, RESERVATION_ID, kg("4"), ORDER_REFERENCE,
                            levels("10", "0")));
        }

        @Test
        void canReleaseOneReservationKeepingTheOther() {
            fixture.given(stockItemOpened(), receipt(), reservation(),
                            reserved(OTHER_RESERVATION_ID, "1.5", levels("10", "5.5")))
                    .when(release(RESERVATION_ID))
                    .expectEvents(new ReservationReleasedEvent(STOCK_ITEM_ID, RESERVATION_ID, kg("4"), ORDER_REFERENCE,
                            levels("10", "1.5")));
        }

        @Test
        void canReserveReleasedStockAgain() {
            fixture.given(stockItemOpened(), receipt(), reservation(),
                            new ReservationReleasedEvent(STOCK_ITEM_ID, RESERVATION_ID, kg("4"), ORDER_REFERENCE,
                                    levels("10", "0")))
                    .when(reserve(OTHER_RESERVATION_ID, "10"))
                    .expectEvents(reserved(OTHER_RESERVATION_ID, "10", levels("10", "10")));
        }

        @Test
        void cannotReleaseReservationTwice() {
            fixture.given(stockItemOpened(), receipt(), reservation(),
                            new ReservationReleasedEvent(STOCK_ITEM_ID, RESERVATION_ID, kg("4"), ORDER_REFERENCE,
                                    levels("10", "0")))
                    .when(release(RESERVATION_ID))
                    .expectException(violated("reservation-closed"))
                    .expectExceptionMessage("reservation " + RESERVATION_ID
                            + " was already released and cannot be released")
                    .expectNoEvents();
        }

        @Test
        void cannotReleaseIssuedReservation() {
            fixture.given(stockItemOpened(), receipt(), reservation(), issuedReservation())
                    .when(release(RESERVATION_ID))
                    .expectException(violated("reservation-closed"))
                    .expectExceptionMessage("reservation " + RESERVATION_ID
                            + " was already issued and cannot be released")
                    .expectNoEvents();
        }

        @Test
        void cannotReleaseUnknownReservation() {
            fixture.given(stockItemOpened(), receipt(), reservation())
                    .when(release(OTHER_RESERVATION_ID))
                    .expectException(notFound("reservation"))
                    .expectExceptionMessage("reservation " + OTHER_RESERVATION_ID + " does not exist")
                    .expectNoEvents();
        }

        @Test
        void cannotReleaseReservationClosedLongAgoAndIsToldItDoesNotExist() {
            List<Object> history = new ArrayList<>(List.of(stockItemOpened(), receipt()));
            for (int i = 0; i <= Reservations.REMEMBERED_CLOSED; i++) {
                history.add(reserved("r-" + i, "1", levels("10", "1")));
                history.add(new ReservationReleasedEvent(STOCK_ITEM_ID, "r-" + i, kg("1"), ORDER_REFERENCE,
                        levels("10", "0")));
            }
            fixture.given(history)
                    .when(release("r-0"))
                    .expectException(notFound("reservation"))
                    .expectNoEvents();
            fixture.given(history)
                    .when(release("r-1"))
                    .expectException(violated("reservation-closed"))
                    .expectNoEvents();
        }
    }

    @Nested
    class Issue {

        @Test
        void canIssueReservation() {
            fixture.given(stockItemOpened(), receipt(), reservation())
                    .when(issue(RESERVATION_ID))
                    .expectEvents(issuedReservation());
        }

        @Test
        void canIssueReservationFirstExpiryFirstOutWithUnbatchedStockLast() {
            fixture.given(with(threeKindsOfStock(), reserved(RESERVATION_ID, "8", levels("12", "8"))))
                    .when(issue(RESERVATION_ID))
                    .expectEvents(new ReservationIssuedEvent(STOCK_ITEM_ID, RESERVATION_ID, kg("8"), ORDER_REFERENCE,
                            List.of(new BatchQuantity(BATCH_EARLY, EARLY, kg("3")),
                                    new BatchQuantity(BATCH_LATE, LATE, kg("4")),
                                    new BatchQuantity(null, null, kg("1"))),
                            levels("4", "0")));
        }

        @Test
        void canIssueReservationFromANamedBatchAnsweringTheBatchesTaken() {
            fixture.given(with(threeKindsOfStock(), reserved(RESERVATION_ID, "4", levels("12", "4"))))
                    .when(new IssueReservationFromBatchCommand(STOCK_ITEM_ID, RESERVATION_ID, BATCH_LATE))
                    .expectEvents(new ReservationIssuedEvent(STOCK_ITEM_ID, RESERVATION_ID, kg("4"), ORDER_REFERENCE,
                            List.of(new BatchQuantity(BATCH_LATE, LATE, kg("4"))), levels("8", "0")))
                    .expectResultMessagePayload(List.of(new BatchQuantity(BATCH_LATE, LATE, kg("4"))));
        }

        @Test
        void cannotIssueReservationFromABatchHoldingLess() {
            fixture.given(with(threeKindsOfStock(), reserved(RESERVATION_ID, "5", levels("12", "5"))))
                    .when(new IssueReservationFromBatchCommand(STOCK_ITEM_ID, RESERVATION_ID, BATCH_LATE))
                    .expectException(violated("insufficient-batch-stock"));
        }

        @Test
        void canIssueReservationTakingOnlyPartOfTheFirstExpiringBatch() {
            fixture.given(with(threeKindsOfStock(), reserved(RESERVATION_ID, "2.75", levels("12", "2.75"))))
                    .when(issue(RESERVATION_ID))
                    .expectEvents(new ReservationIssuedEvent(STOCK_ITEM_ID, RESERVATION_ID, kg("2.75"),
                            ORDER_REFERENCE, List.of(new BatchQuantity(BATCH_EARLY, EARLY, kg("2.75"))),
                            levels("9.25", "0")));
        }

        @Test
        void canIssueOneReservationKeepingTheOtherReserved() {
            fixture.given(stockItemOpened(), receipt(), reservation(),
                            reserved(OTHER_RESERVATION_ID, "5", levels("10", "9")))
                    .when(issue(OTHER_RESERVATION_ID))
                    .expectEvents(new ReservationIssuedEvent(STOCK_ITEM_ID, OTHER_RESERVATION_ID, kg("5"),
                            ORDER_REFERENCE, List.of(new BatchQuantity(null, null, kg("5"))), levels("5", "4")));
        }

        @Test
        void canTakeStockLeftAfterAnIssueFromTheBatchesItLeft() {
            fixture.given(with(threeKindsOfStock(), reserved(RESERVATION_ID, "8", levels("12", "8")),
                            new ReservationIssuedEvent(STOCK_ITEM_ID, RESERVATION_ID, kg("8"), ORDER_REFERENCE,
                                    List.of(new BatchQuantity(BATCH_EARLY, EARLY, kg("3")),
                                            new BatchQuantity(BATCH_LATE, LATE, kg("4")),
                                            new BatchQuantity(null, null, kg("1"))),
                                    levels("4", "0"))))
                    .when(writeOff("4", DAMAGED, null))
                    .expectEvents(new StockWrittenOffEvent(STOCK_ITEM_ID, kg("4"), DAMAGED,
                            List.of(new BatchQuantity(null, null, kg("4"))), levels("0", "0")));
        }

        @Test
        void cannotIssueReservationTwice() {
            fixture.given(stockItemOpened(), receipt(), reservation(), issuedReservation())
                    .when(issue(RESERVATION_ID))
                    .expectException(violated("reservation-closed"))
                    .expectExceptionMessage("reservation " + RESERVATION_ID + " was already issued and cannot be issued")
                    .expectNoEvents();
        }

        @Test
        void cannotIssueReleasedReservation() {
            fixture.given(stockItemOpened(), receipt(), reservation(),
                            new ReservationReleasedEvent(STOCK_ITEM_ID, RESERVATION_ID, kg("4"), ORDER_REFERENCE,
                                    levels("10", "0")))
                    .when(issue(RESERVATION_ID))
                    .expectException(violated("reservation-closed"))
                    .expectExceptionMessage("reservation " + RESERVATION_ID
                            + " was already released and cannot be issued")
                    .expectNoEvents();
        }

        @Test
        void cannotIssueUnknownReservation() {
            fixture.given(stockItemOpened(), receipt())
                    .when(issue(RESERVATION_ID))
                    .expectException(notFound("reservation"))
                    .expectExceptionMessage("reservation " + RESERVATION_ID + " does not exist")
                    .expectNoEvents();
        }
    }

    @Nested
    class Adjust {

        @Test
        void canAdjustUpIntoStockWithoutBatch() {
            fixture.given(with(threeKindsOfStock()))
                    .when(adjust("2.5", "  " + RECOUNT + " ", null))
                    .expectEvents(new StockAdjustedEvent(STOCK_ITEM_ID, kg("2.5"), RECOUNT,
                            List.of(new BatchQuantity(null, null, kg("2.5"))), levels("14.5", "0")));
        }

        @Test
        void canAdjustUpIntoNamedBatchWhichKeepsItsExpiry() {
            fixture.given(with(threeKindsOfStock()))
                    .when(adjust("1", RECOUNT, BATCH_LATE))
                    .expectEvents(new StockAdjustedEvent(STOCK_ITEM_ID, kg("1"), RECOUNT,
                            List.of(new BatchQuantity(BATCH_LATE, LATE, kg("1"))), levels("13", "0")));
        }

        @Test
        void canAdjustUpIntoNewBatch() {
            fixture.given(stockItemOpened(), receipt())
                    .when(adjust("1", RECOUNT, "L-NEW"))
                    .expectEvents(new StockAdjustedEvent(STOCK_ITEM_ID, kg("1"), RECOUNT,
                            List.of(new BatchQuantity("L-NEW", null, kg("1"))), levels("11", "0")));
        }

        @Test
        void canAdjustUpWhileStockIsReserved() {
            fixture.given(stockItemOpened(), receipt(), reservation())
                    .when(adjust("1", RECOUNT, null))
                    .expectEvents(new StockAdjustedEvent(STOCK_ITEM_ID, kg("1"), RECOUNT,
                            List.of(new BatchQuantity(null, null, kg("1"))), levels("11", "4")));
        }

        @Test
        void canAdjustDownFirstExpiryFirstOut() {
            fixture.given(with(threeKindsOfStock()))
                    .when(adjust("-4", RECOUNT, null))
                    .expectEvents(new StockAdjustedEvent(STOCK_ITEM_ID, kg("-4"), RECOUNT,
                            List.of(new BatchQuantity(BATCH_EARLY, EARLY, kg("-3")),
                                    new BatchQuantity(BATCH_LATE, LATE, kg("-1"))),
                            levels("8", "0")));
        }

        @Test
        void canAdjustDownNamedBatch() {
            fixture.given(with(threeKindsOfStock()))
                    .when(adjust("-2", RECOUNT, BATCH_LATE))
                    .expectEvents(new StockAdjustedEvent(STOCK_ITEM_ID, kg("-2"), RECOUNT,
                            List.of(new BatchQuantity(BATCH_LATE, LATE, kg("-2"))), levels("10", "0")));
        }

        @Test
        void canAdjustDownAllThatIsNotReserved() {
            fixture.given(stockItemOpened(), receipt(), reservation())
                    .when(adjust("-6", RECOUNT, null))
                    .expectEvents(new StockAdjustedEvent(STOCK_ITEM_ID, kg("-6"), RECOUNT,
                            List.of(new BatchQuantity(null, null, kg("-6"))), levels("4", "4")));
        }

        @Test
        void canTakeStockAddedByAnAdjustmentFromItsBatch() {
            fixture.given(with(threeKindsOfStock(), new StockAdjustedEvent(STOCK_ITEM_ID, kg("2"), RECOUNT,
                            List.of(new BatchQuantity(BATCH_EARLY, EARLY, kg("2"))), levels("14", "0"))))
                    .when(writeOff("5", DAMAGED, BATCH_EARLY))
                    .expectEvents(new StockWrittenOffEvent(STOCK_ITEM_ID, kg("5"), DAMAGED,
                            List.of(new BatchQuantity(BATCH_EARLY, EARLY, kg("5"))), levels("9", "0")));
        }

        @Test
        void cannotAdjustDownBelowWhatIsReserved() {
            fixture.given(stockItemOpened(), receipt(), reservation())
                    .when(adjust("-6.001", RECOUNT, null))
                    .expectException(violated("insufficient-stock"))
                    .expectExceptionMessage("adjust down by 6.001 kg but only 6 kg available")
                    .expectNoEvents();
        }

        @Test
        void cannotAdjustDownBelowZero() {
            fixture.given(stockItemOpened(), receipt())
                    .when(adjust("-11", RECOUNT, null))
                    .expectException(violated("insufficient-stock"))
                    .expectExceptionMessage("adjust down by 11 kg but only 10 kg available")
                    .expectNoEvents();
        }

        @Test
        void cannotAdjustDownNamedBatchBelowZero() {
            fixture.given(with(threeKindsOfStock()))
                    .when(adjust("-3.5", RECOUNT, BATCH_EARLY))
                    .expectException(violated("insufficient-batch-stock"))
                    .expectExceptionMessage("take 3.5 kg from batch " + BATCH_EARLY + " but it holds only 3 kg")
                    .expectNoEvents();
        }

        @Test
        void cannotAdjustDownUnknownBatch() {
            fixture.given(with(threeKindsOfStock()))
                    .when(adjust("-1", RECOUNT, "L-NONE"))
                    .expectException(notFound("batch"))
                    .expectExceptionMessage("batch L-NONE does not exist")
                    .expectNoEvents();
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "0.000", "-0"})
        void cannotAdjustByZero(String quantity) {
            fixture.given(stockItemOpened(), receipt())
                    .when(adjust(quantity, RECOUNT, null))
                    .expectException(invalid("quantity"))
                    .expectExceptionMessage("quantity must not be zero")
                    .expectNoEvents();
        }

        @Test
        void cannotAdjustWithoutQuantity() {
            fixture.given(stockItemOpened(), receipt())
                    .when(new AdjustStockCommand(STOCK_ITEM_ID, null, RECOUNT, null, null))
                    .expectException(invalid("quantity"))
                    .expectExceptionMessage("quantity is required")
                    .expectNoEvents();
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", "   "})
        void cannotAdjustWithoutReason(String reason) {
            fixture.given(stockItemOpened(), receipt())
                    .when(adjust("1", reason, null))
                    .expectException(invalid("reason"))
                    .expectExceptionMessage("reason must be 1 to 500 characters")
                    .expectNoEvents();
        }

        @Test
        void cannotAdjustWithReasonLongerThan500Characters() {
            fixture.given(stockItemOpened(), receipt())
                    .when(adjust("1", "r".repeat(501), null))
                    .expectException(invalid("reason"))
                    .expectNoEvents();
        }
    }

    @Nested
    class WriteOff {

        @Test
        void canWriteOffFirstExpiryFirstOut() {
            fixture.given(with(threeKindsOfStock()))
                    .when(writeOff("3.5", " " + DAMAGED, null))
                    .expectEvents(new StockWrittenOffEvent(STOCK_ITEM_ID, kg("3.5"), DAMAGED,
                            List.of(new BatchQuantity(BATCH_EARLY, EARLY, kg("3")),
                                    new BatchQuantity(BATCH_LATE, LATE, kg("0.5"))),
                            levels("8.5", "0")));
        }

        @Test
        void canWriteOffAllStockTakingUnbatchedStockLast() {
            fixture.given(with(threeKindsOfStock()))
                    .when(writeOff("12", DAMAGED, null))
                    .expectEvents(new StockWrittenOffEvent(STOCK_ITEM_ID, kg("12"), DAMAGED,
                            List.of(new BatchQuantity(BATCH_EARLY, EARLY, kg("3")),
                                    new BatchQuantity(BATCH_LATE, LATE, kg("4")),
                                    new BatchQuantity(null, null, kg("5"))),
                            levels("0", "0")));
        }

        @Test
        void canWriteOffNamedBatchEvenWhenAnotherExpiresFirst() {
            fixture.given(with(threeKindsOfStock()))
                    .when(writeOff("4", DAMAGED, BATCH_LATE))
                    .expectEvents(new StockWrittenOffEvent(STOCK_ITEM_ID, kg("4"), DAMAGED,
                            List.of(new BatchQuantity(BATCH_LATE, LATE, kg("4"))), levels("8", "0")));
        }

        @Test
        void canTakeStockLeftAfterAWriteOffFromTheBatchesItLeft() {
            fixture.given(with(threeKindsOfStock(), new StockWrittenOffEvent(STOCK_ITEM_ID, kg("3"), DAMAGED,
                            List.of(new BatchQuantity(BATCH_EARLY, EARLY, kg("3"))), levels("9", "0"))))
                    .when(writeOff("1", DAMAGED, null))
                    .expectEvents(new StockWrittenOffEvent(STOCK_ITEM_ID, kg("1"), DAMAGED,
                            List.of(new BatchQuantity(BATCH_LATE, LATE, kg("1"))), levels("8", "0")));
        }

        @Test
        void cannotWriteOffReservedStock() {
            fixture.given(stockItemOpened(), receipt(), reserved(RESERVATION_ID, "6", levels("10", "6")))
                    .when(writeOff("5", DAMAGED, null))
                    .expectException(violated("insufficient-stock"))
                    .expectExceptionMessage("write off 5 kg but only 4 kg available")
                    .expectNoEvents();
        }

        @Test
        void cannotWriteOffReservedStockFromNamedBatch() {
            fixture.given(with(threeKindsOfStock(), reserved(RESERVATION_ID, "10", levels("12", "10"))))
                    .when(writeOff("3", DAMAGED, BATCH_EARLY))
                    .expectException(violated("insufficient-stock"))
                    .expectExceptionMessage("write off 3 kg but only 2 kg available")
                    .expectNoEvents();
        }

        @Test
        void cannotWriteOffUnknownBatch() {
            fixture.given(with(threeKindsOfStock()))
                    .when(writeOff("1", DAMAGED, "L-NONE"))
                    .expectException(notFound("batch"))
                    .expectExceptionMessage("batch L-NONE does not exist")
                    .expectNoEvents();
        }

        @Test
        void cannotWriteOffMoreThanTheNamedBatchHolds() {
            fixture.given(with(threeKindsOfStock()))
                    .when(writeOff("4", DAMAGED, BATCH_EARLY))
                    .expectException(violated("insufficient-batch-stock"))
                    .expectExceptionMessage("take 4 kg from batch " + BATCH_EARLY + " but it holds only 3 kg")
                    .expectNoEvents();
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "-1"})
        void cannotWriteOffZeroOrLess(String quantity) {
            fixture.given(stockItemOpened(), receipt())
                    .when(writeOff(quantity, DAMAGED, null))
                    .expectException(invalid("quantity"))
                    .expectExceptionMessage("quantity must be greater than zero")
                    .expectNoEvents();
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", " "})
        void cannotWriteOffWithoutReason(String reason) {
            fixture.given(stockItemOpened(), receipt())
                    .when(writeOff("1", reason, null))
                    .expectException(invalid("reason"))
                    .expectExceptionMessage("reason must be 1 to 500 characters")
                    .expectNoEvents();
        }
    }

    @Nested
    class ExpectedVersion {

        /** Opened, received, reserved: the stock item is at version 2. */
        private final Object[] history = {stockItemOpened(), receipt(), reservation()};

        static Stream<Object> commandsSeenAtVersion1() {
            return commandsAt(1L);
        }

        static Stream<Object> commandsAt(Long version) {
            return Stream.of(
                    new ReceiveStockCommand(STOCK_ITEM_ID, BigDecimal.ONE, null, null, version),
                    new ReserveStockCommand(STOCK_ITEM_ID, OTHER_RESERVATION_ID, BigDecimal.ONE, ORDER_REFERENCE, version),
                    new ReleaseReservationCommand(STOCK_ITEM_ID, RESERVATION_ID, version),
                    new IssueReservationCommand(STOCK_ITEM_ID, RESERVATION_ID, version),
                    new AdjustStockCommand(STOCK_ITEM_ID, BigDecimal.ONE, RECOUNT, null, version),
                    new WriteOffStockCommand(STOCK_ITEM_ID, BigDecimal.ONE, DAMAGED, null, version));
        }

        static Stream<Object> commandsSeenAtVersion2() {
            return commandsAt(2L);
        }

        @ParameterizedTest
        @MethodSource("commandsSeenAtVersion1")
        void cannotChangeStockItemThatMovedSinceTheVersionSeen(Object command) {
            fixture.given(history)
                    .when(command)
                    .expectException(ConflictingAggregateVersionException.class)
                    .expectNoEvents();
        }

        @ParameterizedTest
        @MethodSource("commandsSeenAtVersion2")
        void canChangeStockItemAtTheVersionSeen(Object command) {
            fixture.given(history)
                    .when(command)
                    .expectSuccessfulHandlerExecution();
        }
    }

    private static ReceiveStockCommand receive(String quantity) {
        return receive(quantity, null, null);
    }

    private static ReceiveStockCommand receive(String quantity, String batch, LocalDate expiryDate) {
        return new ReceiveStockCommand(STOCK_ITEM_ID, new BigDecimal(quantity), batch, expiryDate, null);
    }

    private static ReserveStockCommand reserve(String reservationId, String quantity) {
        return new ReserveStockCommand(STOCK_ITEM_ID, reservationId, new BigDecimal(quantity), ORDER_REFERENCE, null);
    }

    private static ReleaseReservationCommand release(String reservationId) {
        return new ReleaseReservationCommand(STOCK_ITEM_ID, reservationId, null);
    }

    private static final String COLD_ROOM = "9b0e1c2d-3f4a-4b5c-8d6e-7f8091a2b3c4";

    @Test
    void canKeepAStockItemInAStorageLocationOfItsWarehouseAndTakeItOut() {
        registry.claim(StorageLocation.WAREHOUSE_SCOPE, "id", COLD_ROOM, WAREHOUSE_ID);
        fixture.given(stockItemOpened())
                .when(new PlaceStockItemCommand(STOCK_ITEM_ID, COLD_ROOM))
                .expectEvents(new StockItemPlacedEvent(STOCK_ITEM_ID, PRODUCT_ID, WAREHOUSE_ID, COLD_ROOM));
        fixture.given(stockItemOpened(), new StockItemPlacedEvent(STOCK_ITEM_ID, PRODUCT_ID, WAREHOUSE_ID, COLD_ROOM))
                .when(new PlaceStockItemCommand(STOCK_ITEM_ID, COLD_ROOM))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(stockItemOpened(), new StockItemPlacedEvent(STOCK_ITEM_ID, PRODUCT_ID, WAREHOUSE_ID, COLD_ROOM))
                .when(new PlaceStockItemCommand(STOCK_ITEM_ID, null))
                .expectEvents(new StockItemPlacedEvent(STOCK_ITEM_ID, PRODUCT_ID, WAREHOUSE_ID, null));
    }

    @Test
    void cannotKeepAStockItemInAnUnknownLocationNorInOneOfAnotherWarehouse() {
        fixture.given(stockItemOpened())
                .when(new PlaceStockItemCommand(STOCK_ITEM_ID, COLD_ROOM))
                .expectException(notFound("storage location"));
        registry.claim(StorageLocation.WAREHOUSE_SCOPE, "id", COLD_ROOM, OTHER_WAREHOUSE_ID);
        fixture.given(stockItemOpened())
                .when(new PlaceStockItemCommand(STOCK_ITEM_ID, COLD_ROOM))
                .expectException(com.opsledger.command.DomainExceptions.violated("other-warehouse"));
        fixture.given(stockItemOpened())
                .when(new PlaceStockItemCommand(STOCK_ITEM_ID, "not an id"))
                .expectException(invalid("storageLocationId"));
    }

    @Test
    void canValueAWriteOffAndSayHowTheWasteIsDisposedOf() {
        values.put(PRODUCT_ID, Money.of(new BigDecimal("2.50"), "EUR"));
        fixture.given(stockItemOpened(), received("10", null, null, levels("10", "0")))
                .when(new WriteOffStockCommand(STOCK_ITEM_ID, new BigDecimal("4"), DAMAGED, null, null, "compost"))
                .expectEvents(new StockWrittenOffEvent(STOCK_ITEM_ID, kg("4"), DAMAGED,
                        List.of(new BatchQuantity(null, null, kg("4"))), levels("6", "0"), null, "compost",
                        Money.of(new BigDecimal("10.00"), "EUR")));
    }

    @Test
    void cannotWriteOffToAnUnknownDisposalMethod() {
        fixture.given(stockItemOpened(), received("10", null, null, levels("10", "0")))
                .when(new WriteOffStockCommand(STOCK_ITEM_ID, BigDecimal.ONE, DAMAGED, null, null, "river"))
                .expectException(invalid("disposalMethod"));
    }

    @Test
    void canHoldAWriteOffAboveTheLimitForAManagerAndLetTheStockLeaveOnlyOnApproval() {
        values.put(PRODUCT_ID, Money.of(new BigDecimal("30"), "EUR"));
        String writeOffId = new PendingWriteOffs().nextId(STOCK_ITEM_ID);
        WriteOffRequestedEvent requested = new WriteOffRequestedEvent(STOCK_ITEM_ID, writeOffId, kg("4"), DAMAGED,
                null, "landfill", Money.of(new BigDecimal("120.00"), "EUR"));
        fixture.given(stockItemOpened(), received("10", null, null, levels("10", "0")))
                .when(new WriteOffStockCommand(STOCK_ITEM_ID, new BigDecimal("4"), DAMAGED, null, null, "landfill"))
                .expectEvents(requested);
        fixture.given(stockItemOpened(), received("10", null, null, levels("10", "0")), requested)
                .when(new ApproveWriteOffCommand(STOCK_ITEM_ID, writeOffId))
                .expectEvents(new StockWrittenOffEvent(STOCK_ITEM_ID, kg("4"), DAMAGED,
                        List.of(new BatchQuantity(null, null, kg("4"))), levels("6", "0"), writeOffId, "landfill",
                        Money.of(new BigDecimal("120.00"), "EUR")));
        fixture.given(stockItemOpened(), received("10", null, null, levels("10", "0")), requested)
                .when(new RejectWriteOffCommand(STOCK_ITEM_ID, writeOffId, "still sellable"))
                .expectEvents(new WriteOffRejectedEvent(STOCK_ITEM_ID, writeOffId, "still sellable"));
    }

    @Test
    void cannotDecideAWriteOffTwiceNorOneNeverAskedFor() {
        String writeOffId = new PendingWriteOffs().nextId(STOCK_ITEM_ID);
        WriteOffRequestedEvent requested = new WriteOffRequestedEvent(STOCK_ITEM_ID, writeOffId, kg("4"), DAMAGED,
                null, null, Money.of(new BigDecimal("120.00"), "EUR"));
        fixture.given(stockItemOpened(), received("10", null, null, levels("10", "0")), requested,
                        new WriteOffRejectedEvent(STOCK_ITEM_ID, writeOffId, "no"))
                .when(new ApproveWriteOffCommand(STOCK_ITEM_ID, writeOffId))
                .expectException(com.opsledger.command.DomainExceptions.violated("write-off-decided"));
        fixture.given(stockItemOpened())
                .when(new RejectWriteOffCommand(STOCK_ITEM_ID, writeOffId, "no"))
                .expectException(notFound("write-off"));
    }

    @Test
    void cannotApproveAWriteOffOfStockNoLongerAvailable() {
        String writeOffId = new PendingWriteOffs().nextId(STOCK_ITEM_ID);
        fixture.given(stockItemOpened(), received("10", null, null, levels("10", "0")),
                        new WriteOffRequestedEvent(STOCK_ITEM_ID, writeOffId, kg("8"), DAMAGED, null, null,
                                Money.of(new BigDecimal("800"), "USD")),
                        new StockWrittenOffEvent(STOCK_ITEM_ID, kg("5"), DAMAGED,
                                List.of(new BatchQuantity(null, null, kg("5"))), levels("5", "0")))
                .when(new ApproveWriteOffCommand(STOCK_ITEM_ID, writeOffId))
                .expectException(com.opsledger.command.DomainExceptions.violated("insufficient-stock"));
    }

    private static IssueReservationCommand issue(String reservationId) {
        return new IssueReservationCommand(STOCK_ITEM_ID, reservationId, null);
    }

    private static AdjustStockCommand adjust(String quantity, String reason, String batch) {
        return new AdjustStockCommand(STOCK_ITEM_ID, new BigDecimal(quantity), reason, batch, null);
    }

    private static WriteOffStockCommand writeOff(String quantity, String reason, String batch) {
        return new WriteOffStockCommand(STOCK_ITEM_ID, new BigDecimal(quantity), reason, batch, null);
    }

    /** The {@link com.opsledger.command.StockFixtures#reservation()} issued from the unbatched receipt. */
    private static ReservationIssuedEvent issuedReservation() {
        return new ReservationIssuedEvent(STOCK_ITEM_ID, RESERVATION_ID, kg("4"), ORDER_REFERENCE,
                List.of(new BatchQuantity(null, null, kg("4"))), levels("6", "0"));
    }

    @Nested
    class QuarantineAndHolds {

        private static final String CHECK = "4b1d9e2a-7c3f-4a8e-9d6b-1e2f3a4b5c01";
        private static final String OTHER_CHECK = "4b1d9e2a-7c3f-4a8e-9d6b-1e2f3a4b5c02";

        private StockQuarantinedEvent earlyHeld() {
            return new StockQuarantinedEvent(STOCK_ITEM_ID, CHECK, BATCH_EARLY, kg("3"), "incoming inspection",
                    levels("12", "0", "3"));
        }

        @Test
        void canQuarantineAWholeBatchWhichStaysOnHand() {
            fixture.given(threeKindsOfStock())
                    .when(new QuarantineStockCommand(STOCK_ITEM_ID, CHECK, BATCH_EARLY, null, "incoming inspection"))
                    .expectEvents(earlyHeld());
        }

        @Test
        void cannotQuarantineMoreThanIsFreeNorTwiceForOneCheckNorAnUnknownBatch() {
            fixture.given(threeKindsOfStock())
                    .when(new QuarantineStockCommand(STOCK_ITEM_ID, CHECK, BATCH_EARLY, new BigDecimal("3.5"), null))
                    .expectException(violated("insufficient-stock"));
            fixture.given(with(threeKindsOfStock(), earlyHeld()))
                    .when(new QuarantineStockCommand(STOCK_ITEM_ID, CHECK, BATCH_LATE, null, null))
                    .expectException(violated("already-quarantined"));
            fixture.given(with(threeKindsOfStock(), earlyHeld()))
                    .when(new QuarantineStockCommand(STOCK_ITEM_ID, OTHER_CHECK, BATCH_EARLY, null, null))
                    .expectException(violated("nothing-to-quarantine"));
            fixture.given(threeKindsOfStock())
                    .when(new QuarantineStockCommand(STOCK_ITEM_ID, CHECK, "L-none", null, null))
                    .expectException(notFound("batch"));
            fixture.given(threeKindsOfStock())
                    .when(new QuarantineStockCommand(STOCK_ITEM_ID, " ", BATCH_EARLY, null, null))
                    .expectException(invalid("qualityCheckId"));
        }

        @Test
        void cannotReserveQuarantinedStock() {
            fixture.given(with(threeKindsOfStock(), earlyHeld()))
                    .when(new ReserveStockCommand(STOCK_ITEM_ID, RESERVATION_ID, new BigDecimal("9.001"),
                            ORDER_REFERENCE, null))
                    .expectException(violated("insufficient-stock"));
            fixture.given(with(threeKindsOfStock(), earlyHeld()))
                    .when(new ReserveStockCommand(STOCK_ITEM_ID, RESERVATION_ID, new BigDecimal("9"),
                            ORDER_REFERENCE, null))
                    .expectEvents(reserved(RESERVATION_ID, "9", levels("12", "9", "3")));
        }

        @Test
        void canIssueOnlyFreeBatchesWhileOneIsQuarantined() {
            fixture.given(with(threeKindsOfStock(), earlyHeld(), reserved(RESERVATION_ID, "6", levels("12", "6", "3"))))
                    .when(new IssueReservationCommand(STOCK_ITEM_ID, RESERVATION_ID, null))
                    .expectEvents(new ReservationIssuedEvent(STOCK_ITEM_ID, RESERVATION_ID, kg("6"), ORDER_REFERENCE,
                            List.of(new BatchQuantity(BATCH_LATE, LATE, kg("4")),
                                    new BatchQuantity(null, null, kg("2"))), levels("6", "0", "3")));
        }

        @Test
        void cannotWriteOffNorAdjustDownQuarantinedStock() {
            fixture.given(with(threeKindsOfStock(), earlyHeld()))
                    .when(new WriteOffStockCommand(STOCK_ITEM_ID, BigDecimal.ONE, DAMAGED, BATCH_EARLY, null, null))
                    .expectException(notFound("batch"));
            fixture.given(with(threeKindsOfStock(), earlyHeld()))
                    .when(new AdjustStockCommand(STOCK_ITEM_ID, new BigDecimal("-10"), RECOUNT, null, null))
                    .expectException(violated("insufficient-stock"));
        }

        @Test
        void canReleaseAHoldOnceAndTheBatchIsAvailableAgain() {
            StockReleasedFromQuarantineEvent released = new StockReleasedFromQuarantineEvent(STOCK_ITEM_ID, CHECK,
                    BATCH_EARLY, kg("3"), levels("12", "0"));
            fixture.given(with(threeKindsOfStock(), earlyHeld()))
                    .when(new ReleaseStockFromQuarantineCommand(STOCK_ITEM_ID, CHECK))
                    .expectEvents(released);
            fixture.given(with(threeKindsOfStock(), earlyHeld(), released))
                    .when(new ReleaseStockFromQuarantineCommand(STOCK_ITEM_ID, CHECK))
                    .expectNoEvents();
            fixture.given(with(threeKindsOfStock(), earlyHeld(), released))
                    .when(new ReserveStockCommand(STOCK_ITEM_ID, RESERVATION_ID, new BigDecimal("12"),
                            ORDER_REFERENCE, null))
                    .expectEvents(reserved(RESERVATION_ID, "12", levels("12", "12")));
        }

        @Test
        void canWriteOffRejectedQuarantinedStockAsQualityWasteWithoutWaitingForApproval() {
            values.put(PRODUCT_ID, Money.of(new BigDecimal("50"), "EUR"));
            fixture.given(with(threeKindsOfStock(), earlyHeld()))
                    .when(new DisposeOfQuarantinedStockCommand(STOCK_ITEM_ID, CHECK, "write-off", "QC-000001"))
                    .expectEvents(new QuarantinedStockDisposedEvent(STOCK_ITEM_ID, CHECK, BATCH_EARLY, kg("3"),
                                    "write-off"),
                            new StockWrittenOffEvent(STOCK_ITEM_ID, kg("3"), "quality",
                                    List.of(new BatchQuantity(BATCH_EARLY, EARLY, kg("3"))), levels("9", "0"), null,
                                    null, Money.of(new BigDecimal("150"), "EUR")));
        }

        @Test
        void canDisposeOfHeldStockWithoutABatchFromThatStockOnly() {
            StockQuarantinedEvent unbatchedHeld = new StockQuarantinedEvent(STOCK_ITEM_ID, CHECK, null, kg("2"), null,
                    levels("12", "0", "2"));
            fixture.given(with(threeKindsOfStock(), unbatchedHeld))
                    .when(new DisposeOfQuarantinedStockCommand(STOCK_ITEM_ID, CHECK, "return-to-supplier", null))
                    .expectEvents(new QuarantinedStockDisposedEvent(STOCK_ITEM_ID, CHECK, null, kg("2"),
                                    "return-to-supplier"),
                            new StockAdjustedEvent(STOCK_ITEM_ID, kg("-2"), "returned to supplier",
                                    List.of(new BatchQuantity(null, null, kg("-2"))), levels("10", "0")));
        }

        @Test
        void canReturnRejectedQuarantinedStockToTheSupplierOnce() {
            QuarantinedStockDisposedEvent disposed = new QuarantinedStockDisposedEvent(STOCK_ITEM_ID, CHECK,
                    BATCH_EARLY, kg("3"), "return-to-supplier");
            fixture.given(with(threeKindsOfStock(), earlyHeld()))
                    .when(new DisposeOfQuarantinedStockCommand(STOCK_ITEM_ID, CHECK, "return-to-supplier", "QC-000001"))
                    .expectEvents(disposed, new StockAdjustedEvent(STOCK_ITEM_ID, kg("-3"),
                            "returned to supplier after quality check QC-000001",
                            List.of(new BatchQuantity(BATCH_EARLY, EARLY, kg("-3"))), levels("9", "0")));
            fixture.given(with(threeKindsOfStock(), earlyHeld(), disposed))
                    .when(new DisposeOfQuarantinedStockCommand(STOCK_ITEM_ID, CHECK, "return-to-supplier", null))
                    .expectNoEvents();
            fixture.given(with(threeKindsOfStock(), earlyHeld()))
                    .when(new DisposeOfQuarantinedStockCommand(STOCK_ITEM_ID, CHECK, "release", null))
                    .expectException(invalid("disposition"));
        }

        @Test
        void canSeeHeldStockInTheLevelsOfEveryMovementWhileItIsHeld() {
            fixture.given(with(threeKindsOfStock(), earlyHeld()))
                    .when(new ReceiveStockCommand(STOCK_ITEM_ID, new BigDecimal("2"), null, null, null))
                    .expectEvents(received("2", null, null, levels("14", "0", "3")));
            fixture.given(with(threeKindsOfStock(), earlyHeld()))
                    .when(adjust("-4", RECOUNT, null))
                    .expectEvents(new StockAdjustedEvent(STOCK_ITEM_ID, kg("-4"), RECOUNT,
                            List.of(new BatchQuantity(BATCH_LATE, LATE, kg("-4"))), levels("8", "0", "3")));
        }

        @Test
        void canHoldOnlyWhatIsNeitherReservedNorAlreadyHeld() {
            StockQuarantinedEvent lateHeld = new StockQuarantinedEvent(STOCK_ITEM_ID, OTHER_CHECK, BATCH_LATE, kg("4"),
                    null, levels("12", "0", "7"));
            fixture.given(with(threeKindsOfStock(), earlyHeld()))
                    .when(new QuarantineStockCommand(STOCK_ITEM_ID, OTHER_CHECK, BATCH_LATE, null, null))
                    .expectEvents(lateHeld);
            fixture.given(with(threeKindsOfStock(), reserved(RESERVATION_ID, "10", levels("12", "10"))))
                    .when(new QuarantineStockCommand(STOCK_ITEM_ID, CHECK, BATCH_EARLY, new BigDecimal("3"), null))
                    .expectException(violated("insufficient-stock"));
            fixture.given(with(threeKindsOfStock(), reserved(RESERVATION_ID, "10", levels("12", "10"))))
                    .when(new QuarantineStockCommand(STOCK_ITEM_ID, CHECK, BATCH_EARLY, null, null))
                    .expectEvents(new StockQuarantinedEvent(STOCK_ITEM_ID, CHECK, BATCH_EARLY, kg("2"), null,
                            levels("12", "10", "2")));
        }

        @Test
        void canReleaseOneHoldWhileAnotherStaysHeld() {
            StockQuarantinedEvent lateHeld = new StockQuarantinedEvent(STOCK_ITEM_ID, OTHER_CHECK, BATCH_LATE, kg("4"),
                    null, levels("12", "0", "7"));
            fixture.given(with(threeKindsOfStock(), earlyHeld(), lateHeld))
                    .when(new ReleaseStockFromQuarantineCommand(STOCK_ITEM_ID, CHECK))
                    .expectEvents(new StockReleasedFromQuarantineEvent(STOCK_ITEM_ID, CHECK, BATCH_EARLY, kg("3"),
                            levels("12", "0", "4")));
            fixture.given(with(threeKindsOfStock(), earlyHeld(), lateHeld))
                    .when(new ReserveStockCommand(STOCK_ITEM_ID, RESERVATION_ID, new BigDecimal("5.001"),
                            ORDER_REFERENCE, null))
                    .expectException(violated("insufficient-stock"));
        }

        @Test
        void cannotIssueHeldStockFromItsBatchByName() {
            fixture.given(with(threeKindsOfStock(), earlyHeld(), reserved(RESERVATION_ID, "2", levels("12", "2", "3"))))
                    .when(new IssueReservationFromBatchCommand(STOCK_ITEM_ID, RESERVATION_ID, BATCH_EARLY))
                    .expectException(notFound("batch"));
        }
    }

    private static final LocalDate RECEIVED_ON = LocalDate.of(2030, 5, 2);

    private static ReceiveStockCommand receiveOn(String quantity, String batch, LocalDate expiryDate) {
        return new ReceiveStockCommand(STOCK_ITEM_ID, new BigDecimal(quantity), batch, expiryDate, null, RECEIVED_ON);
    }

    private void perishable(boolean perishable, Integer shelfLifeDays) {
        products.with(PRODUCT_ID, new ProductFacts.Facts(perishable, shelfLifeDays, null, null, null, null));
    }

    @Test
    void canDateAPerishableReceiptWithoutExpiryByTheProductsShelfLifeInABatchOfTheReceiptDay() {
        perishable(true, 7);
        fixture.given(stockItemOpened())
                .when(receiveOn("5", null, null))
                .expectEvents(received("5", "R-2030-05-02", LocalDate.of(2030, 5, 9), levels("5", "0")));
        fixture.given(stockItemOpened())
                .when(receiveOn("5", "B-9", null))
                .expectEvents(received("5", "B-9", LocalDate.of(2030, 5, 9), levels("5", "0")));
        fixture.given(stockItemOpened())
                .when(receiveOn("5", "B-9", LocalDate.of(2030, 5, 4)))
                .expectEvents(received("5", "B-9", LocalDate.of(2030, 5, 4), levels("5", "0")));
    }

    @Test
    void canReceiveIntoABatchInStockUnderItsOwnDateWhateverTheShelfLifeSays() {
        perishable(true, 7);
        fixture.given(stockItemOpened(), received("4", "B-9", LocalDate.of(2030, 5, 20), levels("4", "0")),
                        received("1", "R-2030-05-02", null, levels("5", "0")))
                .when(receiveOn("5", "B-9", null))
                .expectEvents(received("5", "B-9", LocalDate.of(2030, 5, 20), levels("10", "0")));
        fixture.given(stockItemOpened(), received("1", "R-2030-05-02", null, levels("1", "0")))
                .when(receiveOn("2", null, null))
                .expectEvents(received("2", "R-2030-05-02", null, levels("3", "0")));
    }

    @Test
    void cannotDateAReceiptOfAProductThatKeepsOrWithoutShelfLifeOrWhoseDatesAreSettled() {
        perishable(false, 7);
        fixture.given(stockItemOpened())
                .when(receiveOn("5", null, null))
                .expectEvents(received("5", null, null, levels("5", "0")));
        perishable(true, null);
        fixture.given(stockItemOpened())
                .when(receiveOn("5", "B-9", null))
                .expectEvents(received("5", "B-9", null, levels("5", "0")));
        perishable(true, 7);
        fixture.given(stockItemOpened())
                .when(new ReceiveStockCommand(STOCK_ITEM_ID, new BigDecimal("5"), null, null, null))
                .expectEvents(received("5", null, null, levels("5", "0")));
    }
}
