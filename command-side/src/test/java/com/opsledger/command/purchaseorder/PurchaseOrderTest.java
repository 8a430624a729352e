package com.opsledger.command.purchaseorder;

import com.opsledger.command.InMemoryProductFacts;
import com.opsledger.command.lookup.ProductFacts;
import com.opsledger.command.registry.InMemoryReferenceRegistry;
import com.opsledger.command.supplier.InMemorySupplierDirectory;
import com.opsledger.kernel.purchaseorder.AddPurchaseOrderLineCommand;
import com.opsledger.kernel.purchaseorder.ApprovalLevel;
import com.opsledger.kernel.purchaseorder.ApprovePurchaseOrderCommand;
import com.opsledger.kernel.purchaseorder.CancelPurchaseOrderCommand;
import com.opsledger.kernel.purchaseorder.ClosePurchaseOrderCommand;
import com.opsledger.kernel.purchaseorder.ConfirmPurchaseOrderCommand;
import com.opsledger.kernel.purchaseorder.CreatePurchaseOrderCommand;
import com.opsledger.kernel.purchaseorder.ExpectedLine;
import com.opsledger.kernel.purchaseorder.LineConfirmation;
import com.opsledger.kernel.purchaseorder.PurchaseOrderApprovedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderCancelledEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderClosedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderGoodsReturnedEvent;
import com.opsledger.kernel.purchaseorder.ReturnPurchaseOrderGoodsCommand;
import com.opsledger.kernel.purchaseorder.PurchaseOrderCreatedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderExpectedDatesChangedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderGoodsReceivedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderLine;
import com.opsledger.kernel.purchaseorder.PurchaseOrderLineAddedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderLineRaisedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderLineSpec;
import com.opsledger.kernel.purchaseorder.PurchaseOrderConfirmedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderReapprovalRequiredEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderReapprovedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderRejectedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderStatus;
import com.opsledger.kernel.purchaseorder.PurchaseOrderSubmittedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderTotals;
import com.opsledger.kernel.purchaseorder.RaiseReplenishmentLineCommand;
import com.opsledger.kernel.purchaseorder.ReceiptLineSpec;
import com.opsledger.kernel.purchaseorder.ReceivePurchaseOrderGoodsCommand;
import com.opsledger.kernel.purchaseorder.ReceivedLine;
import com.opsledger.kernel.purchaseorder.RejectPurchaseOrderCommand;
import com.opsledger.kernel.purchaseorder.SendPurchaseOrderCommand;
import com.opsledger.kernel.purchaseorder.SubmitPurchaseOrderCommand;
import com.opsledger.kernel.supplier.SupplierStatus;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.opsledger.kernel.common.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static com.opsledger.command.AggregateFixtures.aggregateFixture;
import static com.opsledger.command.DomainExceptions.invalid;
import static com.opsledger.command.DomainExceptions.notFound;
import static com.opsledger.command.DomainExceptions.notPermitted;
import static com.opsledger.command.DomainExceptions.violated;
import static com.opsledger.command.ProcurementFixtures.EUR;
import static com.opsledger.command.ProcurementFixtures.EXPECTED;
import static com.opsledger.command.ProcurementFixtures.NUMBER;
import static com.opsledger.command.ProcurementFixtures.OTHER_RECEIPT_ID;
import static com.opsledger.command.ProcurementFixtures.OTHER_SUPPLIER_ID;
import static com.opsledger.command.ProcurementFixtures.PURCHASE_ORDER_ID;
import static com.opsledger.command.ProcurementFixtures.RECEIPT_ID;
import static com.opsledger.command.ProcurementFixtures.SUPPLIER_ID;
import static com.opsledger.command.ProcurementFixtures.approved;
import static com.opsledger.command.ProcurementFixtures.confirmed;
import static com.opsledger.command.ProcurementFixtures.createOrder;
import static com.opsledger.command.ProcurementFixtures.eur;
import static com.opsledger.command.ProcurementFixtures.lines;
import static com.opsledger.command.ProcurementFixtures.orderCreated;
import static com.opsledger.command.ProcurementFixtures.sent;
import static com.opsledger.command.ProcurementFixtures.submitted;
import static com.opsledger.command.ProcurementFixtures.totals;
import static com.opsledger.command.StockFixtures.KG;
import static com.opsledger.command.StockFixtures.OTHER_PRODUCT_ID;
import static com.opsledger.command.StockFixtures.PRODUCT_ID;
import static com.opsledger.command.StockFixtures.WAREHOUSE_ID;
import static com.opsledger.command.StockFixtures.kg;

class PurchaseOrderTest {

    private static final LocalDate TODAY = LocalDate.of(2030, 5, 2);
    private static final ApprovalPolicy POLICY = ApprovalPolicy.uniform(new BigDecimal("1000"),
            new BigDecimal("10000"), true, "EUR", "USD");

    private FixtureConfiguration<PurchaseOrder> fixture;
    private InMemorySupplierDirectory suppliers;
    private InMemoryProductFacts productFacts;

    @BeforeEach
    void setUp() {
        suppliers = new InMemorySupplierDirectory().withSupplier(SUPPLIER_ID, SupplierStatus.ACTIVE)
                .withSupplier(OTHER_SUPPLIER_ID, SupplierStatus.SUSPENDED);
        fixture = aggregateFixture(PurchaseOrder.class, new InMemoryReferenceRegistry().withProduct(PRODUCT_ID, KG)
                        .withProduct(OTHER_PRODUCT_ID, KG).withWarehouse(WAREHOUSE_ID), suppliers,
                POLICY,
                new ReceiptTolerance(new BigDecimal("5")), productFacts = new InMemoryProductFacts());
    }

    @Test
    void canDraftAPurchaseOrderWithNumberedLinesAndTotals() {
        fixture.givenNoPriorActivity()
                .when(createOrder())
                .expectEvents(orderCreated());
    }

    @Test
    void canComputeDiscountBeforeTax() {
        CreatePurchaseOrderCommand command = new CreatePurchaseOrderCommand(PURCHASE_ORDER_ID, SUPPLIER_ID,
                WAREHOUSE_ID, EUR, List.of(new PurchaseOrderLineSpec(PRODUCT_ID, new BigDecimal("3"),
                new BigDecimal("33.3333"))), null, new BigDecimal("19"), new BigDecimal("10"), "manual", NUMBER);
        fixture.givenNoPriorActivity()
                .when(command)
                .expectEvents(new PurchaseOrderCreatedEvent(PURCHASE_ORDER_ID, NUMBER, SUPPLIER_ID, WAREHOUSE_ID, EUR,
                        List.of(new PurchaseOrderLine("1", PRODUCT_ID, kg("3"), eur("33.3333"), null)), null,
                        new BigDecimal("19"), new BigDecimal("10"),
                        new PurchaseOrderTotals(eur("100.00"), eur("10.00"), eur("17.10"), eur("107.10")), "manual"));
    }

    @Test
    void cannotOrderFromAnUnknownOrInactiveSupplierOrForAnUnknownProductOrWarehouse() {
        fixture.givenNoPriorActivity()
                .when(new CreatePurchaseOrderCommand(PURCHASE_ORDER_ID, OTHER_SUPPLIER_ID, WAREHOUSE_ID, EUR, List.of(),
                        null, null, null, "manual", NUMBER))
                .expectException(violated("supplier-not-active"));
        fixture.givenNoPriorActivity()
                .when(new CreatePurchaseOrderCommand(PURCHASE_ORDER_ID, PURCHASE_ORDER_ID, WAREHOUSE_ID, EUR,
                        List.of(), null, null, null, "manual", NUMBER))
                .expectException(notFound("supplier"));
        fixture.givenNoPriorActivity()
                .when(new CreatePurchaseOrderCommand(PURCHASE_ORDER_ID, SUPPLIER_ID, SUPPLIER_ID, EUR, List.of(),
                        null, null, null, "manual", NUMBER))
                .expectException(notFound("warehouse"));
        fixture.givenNoPriorActivity()
                .when(new CreatePurchaseOrderCommand(PURCHASE_ORDER_ID, SUPPLIER_ID, WAREHOUSE_ID, EUR,
                        List.of(new PurchaseOrderLineSpec(SUPPLIER_ID, BigDecimal.ONE, BigDecimal.ONE)), null, null,
                        null, "manual", NUMBER))
                .expectException(notFound("product"));
        fixture.givenNoPriorActivity()
                .when(new CreatePurchaseOrderCommand(PURCHASE_ORDER_ID, SUPPLIER_ID, WAREHOUSE_ID, EUR,
                        List.of(new PurchaseOrderLineSpec(PRODUCT_ID, BigDecimal.ZERO, BigDecimal.ONE)), null, null,
                        null, "manual", NUMBER))
                .expectException(invalid("lines[0].quantity"));
        fixture.givenNoPriorActivity()
                .when(new CreatePurchaseOrderCommand(PURCHASE_ORDER_ID, SUPPLIER_ID, WAREHOUSE_ID, "EURO", List.of(),
                        null, null, null, "manual", NUMBER))
                .expectException(invalid("currency"));
    }

    @Test
    void canAddALineToADraftOnly() {
        fixture.given(orderCreated())
                .when(new AddPurchaseOrderLineCommand(PURCHASE_ORDER_ID, PRODUCT_ID, new BigDecimal("2"),
                        new BigDecimal("10")))
                .expectEvents(new PurchaseOrderLineAddedEvent(PURCHASE_ORDER_ID,
                        new PurchaseOrderLine("3", PRODUCT_ID, kg("2"), eur("10"), EXPECTED), totals("1370.00"), null));
        fixture.given(orderCreated(), submitted())
                .when(new AddPurchaseOrderLineCommand(PURCHASE_ORDER_ID, PRODUCT_ID, BigDecimal.ONE, BigDecimal.ONE))
                .expectException(violated("purchase-order-status"));
    }

    @Test
    void canSubmitNeedingManagerApprovalBetweenTheThresholds() {
        fixture.given(orderCreated())
                .when(new SubmitPurchaseOrderCommand(PURCHASE_ORDER_ID, "kim"))
                .expectEvents(submitted());
    }

    @Test
    void canApproveAutomaticallyBelowTheFirstThreshold() {
        PurchaseOrderCreatedEvent small = new PurchaseOrderCreatedEvent(PURCHASE_ORDER_ID, NUMBER, SUPPLIER_ID,
                WAREHOUSE_ID, EUR, List.of(new PurchaseOrderLine("1", PRODUCT_ID, kg("10"), eur("99.99"), null)),
                null, null, null, totals("999.90"), "manual");
        fixture.given(small)
                .when(new SubmitPurchaseOrderCommand(PURCHASE_ORDER_ID, "kim"))
                .expectEvents(new PurchaseOrderSubmittedEvent(PURCHASE_ORDER_ID, "kim", eur("999.90"),
                                ApprovalLevel.AUTOMATIC),
                        new PurchaseOrderApprovedEvent(PURCHASE_ORDER_ID, "approval-policy", ApprovalLevel.AUTOMATIC));
    }

    @Test
    void canRequireAnAdminAboveTheSecondThreshold() {
        PurchaseOrderCreatedEvent large = new PurchaseOrderCreatedEvent(PURCHASE_ORDER_ID, NUMBER, SUPPLIER_ID,
                WAREHOUSE_ID, EUR, List.of(new PurchaseOrderLine("1", PRODUCT_ID, kg("1000"), eur("10.01"), null)),
                null, null, null, totals("10010.00"), "manual");
        PurchaseOrderSubmittedEvent needsAdmin = new PurchaseOrderSubmittedEvent(PURCHASE_ORDER_ID, "kim",
                eur("10010.00"), ApprovalLevel.ADMIN);
        fixture.given(large)
                .when(new SubmitPurchaseOrderCommand(PURCHASE_ORDER_ID, "kim"))
                .expectEvents(needsAdmin);
        fixture.given(large, needsAdmin)
                .when(new ApprovePurchaseOrderCommand(PURCHASE_ORDER_ID, "maria", "maria-id", ApprovalLevel.MANAGER))
                .expectException(violated("approval-level"));
        fixture.given(large, needsAdmin)
                .when(new ApprovePurchaseOrderCommand(PURCHASE_ORDER_ID, "root", "root-id", ApprovalLevel.ADMIN))
                .expectEvents(new PurchaseOrderApprovedEvent(PURCHASE_ORDER_ID, "root", ApprovalLevel.ADMIN));
    }

    @Test
    void canApproveAsManagerAndRecordTheApprover() {
        fixture.given(orderCreated(), submitted())
                .when(new ApprovePurchaseOrderCommand(PURCHASE_ORDER_ID, "maria", "maria-id", ApprovalLevel.MANAGER))
                .expectEvents(approved());
    }

    @Test
    void cannotApproveWithoutAnApprovingRoleNorTwice() {
        fixture.given(orderCreated(), submitted())
                .when(new ApprovePurchaseOrderCommand(PURCHASE_ORDER_ID, "clerk", "clerk-id", null))
                .expectException(violated("approval-level"));
        fixture.given(orderCreated(), submitted(), approved())
                .when(new ApprovePurchaseOrderCommand(PURCHASE_ORDER_ID, "maria", "maria-id", ApprovalLevel.MANAGER))
                .expectException(violated("purchase-order-status"));
        fixture.given(orderCreated())
                .when(new ApprovePurchaseOrderCommand(PURCHASE_ORDER_ID, "maria", "maria-id", ApprovalLevel.ADMIN))
                .expectException(violated("purchase-order-status"));
    }

    @Test
    void cannotSubmitAnEmptyDraft() {
        fixture.given(new PurchaseOrderCreatedEvent(PURCHASE_ORDER_ID, NUMBER, SUPPLIER_ID, WAREHOUSE_ID, EUR,
                        List.of(), null, null, null, totals("0.00"), "manual"))
                .when(new SubmitPurchaseOrderCommand(PURCHASE_ORDER_ID, "kim"))
                .expectException(violated("purchase-order-empty"));
    }

    @Test
    void canRejectWithAReasonOnly() {
        fixture.given(orderCreated(), submitted())
                .when(new RejectPurchaseOrderCommand(PURCHASE_ORDER_ID, "maria", ApprovalLevel.MANAGER, " too dear "))
                .expectEvents(new PurchaseOrderRejectedEvent(PURCHASE_ORDER_ID, "maria", "too dear"));
        fixture.given(orderCreated(), submitted())
                .when(new RejectPurchaseOrderCommand(PURCHASE_ORDER_ID, "maria", ApprovalLevel.MANAGER, " "))
                .expectException(invalid("reason"));
    }

    @Test
    void canSendOnlyAnApprovedOrder() {
        fixture.given(orderCreated(), submitted(), approved())
                .when(new SendPurchaseOrderCommand(PURCHASE_ORDER_ID))
                .expectEvents(sent());
        fixture.given(orderCreated(), submitted())
                .when(new SendPurchaseOrderCommand(PURCHASE_ORDER_ID))
                .expectException(violated("purchase-order-status"));
    }

    @Test
    void canConfirmWithExpectedDatesAndOtherQuantities() {
        LocalDate later = EXPECTED.plusDays(3);
        fixture.given(orderCreated(), submitted(), approved(), sent())
                .when(new ConfirmPurchaseOrderCommand(PURCHASE_ORDER_ID, List.of(
                        new LineConfirmation("1", new BigDecimal("80"), later)), "supplier", null))
                .expectEvents(new com.opsledger.kernel.purchaseorder.PurchaseOrderConfirmedEvent(PURCHASE_ORDER_ID,
                        SUPPLIER_ID, WAREHOUSE_ID, List.of(
                        new ExpectedLine("1", PRODUCT_ID, WAREHOUSE_ID, kg("80"), kg("80"), later),
                        new ExpectedLine("2", OTHER_PRODUCT_ID, WAREHOUSE_ID, kg("20"), kg("20"), EXPECTED)),
                        totals("1100.00"), "supplier"));
    }

    @Test
    void canMoveExpectedDatesOfAConfirmedOrder() {
        LocalDate later = EXPECTED.plusDays(10);
        fixture.given(orderCreated(), submitted(), approved(), sent(), confirmed())
                .when(new ConfirmPurchaseOrderCommand(PURCHASE_ORDER_ID, List.of(
                        new LineConfirmation("2", new BigDecimal("20"), later)), "supplier", null))
                .expectEvents(new PurchaseOrderExpectedDatesChangedEvent(PURCHASE_ORDER_ID, SUPPLIER_ID, WAREHOUSE_ID,
                        List.of(new ExpectedLine("1", PRODUCT_ID, WAREHOUSE_ID, kg("100"), kg("100"), EXPECTED),
                                new ExpectedLine("2", OTHER_PRODUCT_ID, WAREHOUSE_ID, kg("20"), kg("20"), later)),
                        totals("1350.00"), "supplier"));
    }

    @Test
    void cannotConfirmAnotherSuppliersOrderNorAnUnknownLine() {
        fixture.given(orderCreated(), submitted(), approved(), sent())
                .when(new ConfirmPurchaseOrderCommand(PURCHASE_ORDER_ID, List.of(
                        new LineConfirmation("1", BigDecimal.ONE, EXPECTED)), "other", OTHER_SUPPLIER_ID))
                .expectException(notFound("purchase order"));
        fixture.given(orderCreated(), submitted(), approved(), sent())
                .when(new ConfirmPurchaseOrderCommand(PURCHASE_ORDER_ID, List.of(
                        new LineConfirmation("9", BigDecimal.ONE, EXPECTED)), "supplier", SUPPLIER_ID))
                .expectException(notFound("purchase order line"));
        fixture.given(orderCreated(), submitted(), approved())
                .when(new ConfirmPurchaseOrderCommand(PURCHASE_ORDER_ID, List.of(
                        new LineConfirmation("1", BigDecimal.ONE, EXPECTED)), "supplier", null))
                .expectException(violated("purchase-order-status"));
    }

    @Test
    void canReceiveInPartsUntilEveryLineIsIn() {
        fixture.given(orderCreated(), submitted(), approved(), sent(), confirmed())
                .when(receive(RECEIPT_ID, new ReceiptLineSpec("1", new BigDecimal("60"), "L-1", EXPECTED.plusYears(1),
                        "A")))
                .expectEvents(new PurchaseOrderGoodsReceivedEvent(PURCHASE_ORDER_ID, RECEIPT_ID, SUPPLIER_ID,
                        WAREHOUSE_ID, List.of(new ReceivedLine("1", PRODUCT_ID, kg("60"), "L-1", EXPECTED.plusYears(1),
                        "A", kg("60"), kg("100"), EXPECTED)), TODAY, PurchaseOrderStatus.PARTIALLY_RECEIVED));
        fixture.given(orderCreated(), submitted(), approved(), sent(), confirmed(), firstReceipt())
                .when(receive(OTHER_RECEIPT_ID, new ReceiptLineSpec("1", new BigDecimal("40"), null, null, null),
                        new ReceiptLineSpec("2", new BigDecimal("20"), null, null, null)))
                .expectEvents(new PurchaseOrderGoodsReceivedEvent(PURCHASE_ORDER_ID, OTHER_RECEIPT_ID, SUPPLIER_ID,
                        WAREHOUSE_ID, List.of(
                        new ReceivedLine("1", PRODUCT_ID, kg("40"), null, null, null, kg("100"), kg("100"), EXPECTED),
                        new ReceivedLine("2", OTHER_PRODUCT_ID, kg("20"), null, null, null, kg("20"), kg("20"),
                                EXPECTED)), TODAY, PurchaseOrderStatus.RECEIVED));
    }

    @Test
    void canDateAPerishableDeliveryWithoutExpiryByItsShelfLife() {
        productFacts.with(PRODUCT_ID, new ProductFacts.Facts(true, 12, "none", null, null, null))
                .with(OTHER_PRODUCT_ID, new ProductFacts.Facts(false, 30, "none", null, null, null));
        fixture.given(orderCreated(), submitted(), approved(), sent(), confirmed())
                .when(receive(RECEIPT_ID, new ReceiptLineSpec("1", new BigDecimal("60"), "L-1", null, null),
                        new ReceiptLineSpec("2", new BigDecimal("20"), null, null, null)))
                .expectEvents(new PurchaseOrderGoodsReceivedEvent(PURCHASE_ORDER_ID, RECEIPT_ID, SUPPLIER_ID,
                        WAREHOUSE_ID, List.of(
                        new ReceivedLine("1", PRODUCT_ID, kg("60"), "L-1", TODAY.plusDays(12), null, kg("60"),
                                kg("100"), EXPECTED),
                        new ReceivedLine("2", OTHER_PRODUCT_ID, kg("20"), null, null, null, kg("20"), kg("20"),
                                EXPECTED)), TODAY, PurchaseOrderStatus.PARTIALLY_RECEIVED));
        fixture.given(orderCreated(), submitted(), approved(), sent(), confirmed())
                .when(receive(RECEIPT_ID, new ReceiptLineSpec("1", new BigDecimal("60"), null, null, null)))
                .expectEvents(new PurchaseOrderGoodsReceivedEvent(PURCHASE_ORDER_ID, RECEIPT_ID, SUPPLIER_ID,
                        WAREHOUSE_ID, List.of(new ReceivedLine("1", PRODUCT_ID, kg("60"), RECEIPT_ID,
                        TODAY.plusDays(12), null, kg("60"), kg("100"), EXPECTED)), TODAY,
                        PurchaseOrderStatus.PARTIALLY_RECEIVED));
        fixture.given(orderCreated(), submitted(), approved(), sent(), confirmed())
                .when(receive(RECEIPT_ID, new ReceiptLineSpec("1", new BigDecimal("60"), "L-1", EXPECTED, null)))
                .expectEvents(new PurchaseOrderGoodsReceivedEvent(PURCHASE_ORDER_ID, RECEIPT_ID, SUPPLIER_ID,
                        WAREHOUSE_ID, List.of(new ReceivedLine("1", PRODUCT_ID, kg("60"), "L-1", EXPECTED, null,
                        kg("60"), kg("100"), EXPECTED)), TODAY, PurchaseOrderStatus.PARTIALLY_RECEIVED));
    }

    @Test
    void canReceiveWithinTheToleranceButNotBeyondIt() {
        fixture.given(orderCreated(), submitted(), approved(), sent(), confirmed(), firstReceipt())
                .when(receive(OTHER_RECEIPT_ID, new ReceiptLineSpec("1", new BigDecimal("45"), null, null, null)))
                .expectSuccessfulHandlerExecution();
        fixture.given(orderCreated(), submitted(), approved(), sent(), confirmed(), firstReceipt())
                .when(receive(OTHER_RECEIPT_ID, new ReceiptLineSpec("1", new BigDecimal("45.001"), null, null, null)))
                .expectException(violated("over-receipt"));
    }

    @Test
    void canIgnoreTheSameReceiptTwice() {
        fixture.given(orderCreated(), submitted(), approved(), sent(), confirmed(), firstReceipt())
                .when(receive(RECEIPT_ID, new ReceiptLineSpec("1", new BigDecimal("1"), null, null, null)))
                .expectNoEvents();
    }

    @Test
    void cannotReceiveBeforeSendingNorWithAnExpiryWithoutBatch() {
        fixture.given(orderCreated(), submitted(), approved())
                .when(receive(RECEIPT_ID, new ReceiptLineSpec("1", BigDecimal.ONE, null, null, null)))
                .expectException(violated("purchase-order-status"));
        fixture.given(orderCreated(), submitted(), approved(), sent())
                .when(receive(RECEIPT_ID, new ReceiptLineSpec("1", BigDecimal.ONE, null, EXPECTED, null)))
                .expectException(invalid("lines[0].expiryDate"));
    }

    @Test
    void cannotConfirmBelowWhatHasArrived() {
        fixture.given(orderCreated(), submitted(), approved(), sent(), confirmed(), firstReceipt())
                .when(new ConfirmPurchaseOrderCommand(PURCHASE_ORDER_ID, List.of(
                        new LineConfirmation("1", new BigDecimal("50"), EXPECTED)), "supplier", null))
                .expectException(violated("confirmed-below-received"));
    }

    @Test
    void canCancelUntilReceivedWithAReason() {
        fixture.given(orderCreated(), submitted(), approved(), sent(), confirmed(), firstReceipt())
                .when(new CancelPurchaseOrderCommand(PURCHASE_ORDER_ID, "supplier bankrupt"))
                .expectEvents(new PurchaseOrderCancelledEvent(PURCHASE_ORDER_ID, SUPPLIER_ID, WAREHOUSE_ID, List.of(
                        new ExpectedLine("1", PRODUCT_ID, WAREHOUSE_ID, kg("100"), kg("40"), EXPECTED),
                        new ExpectedLine("2", OTHER_PRODUCT_ID, WAREHOUSE_ID, kg("20"), kg("20"), EXPECTED)),
                        "supplier bankrupt"));
        fixture.given(orderCreated())
                .when(new CancelPurchaseOrderCommand(PURCHASE_ORDER_ID, null))
                .expectException(invalid("reason"));
    }

    @ParameterizedTest
    @EnumSource(value = PurchaseOrderStatus.class, names = {"RECEIVED", "CLOSED", "CANCELLED", "REJECTED"})
    void cannotCancelAFinishedOrder(PurchaseOrderStatus finished) {
        List<Object> history = switch (finished) {
            case RECEIVED -> List.of(orderCreated(), submitted(), approved(), sent(), fullReceipt());
            case CLOSED -> List.of(orderCreated(), submitted(), approved(), sent(), fullReceipt(),
                    new PurchaseOrderClosedEvent(PURCHASE_ORDER_ID));
            case CANCELLED -> List.of(orderCreated(), new PurchaseOrderCancelledEvent(PURCHASE_ORDER_ID, SUPPLIER_ID,
                    WAREHOUSE_ID, List.of(), "x"));
            default -> List.of(orderCreated(), submitted(), new PurchaseOrderRejectedEvent(PURCHASE_ORDER_ID, "m",
                    "x"));
        };
        fixture.given(history)
                .when(new CancelPurchaseOrderCommand(PURCHASE_ORDER_ID, "late"))
                .expectException(violated("purchase-order-not-cancellable"));
    }

    @Test
    void canCloseAReceivedOrderOnly() {
        fixture.given(orderCreated(), submitted(), approved(), sent(), fullReceipt())
                .when(new ClosePurchaseOrderCommand(PURCHASE_ORDER_ID))
                .expectEvents(new PurchaseOrderClosedEvent(PURCHASE_ORDER_ID));
        fixture.given(orderCreated(), submitted(), approved(), sent(), firstReceipt())
                .when(new ClosePurchaseOrderCommand(PURCHASE_ORDER_ID))
                .expectException(violated("purchase-order-status"));
    }

    @Test
    void canRaiseAReplenishmentLineButNeverLowerIt() {
        fixture.given(orderCreated())
                .when(new RaiseReplenishmentLineCommand(PURCHASE_ORDER_ID, PRODUCT_ID, new BigDecimal("120"),
                        new BigDecimal("12.5"), EUR, "below reorder point"))
                .expectEvents(new PurchaseOrderLineRaisedEvent(PURCHASE_ORDER_ID, "1", PRODUCT_ID, kg("120"),
                        totals("1600.00"), "below reorder point"));
        fixture.given(orderCreated())
                .when(new RaiseReplenishmentLineCommand(PURCHASE_ORDER_ID, PRODUCT_ID, new BigDecimal("50"),
                        new BigDecimal("12.5"), EUR, "below reorder point"))
                .expectNoEvents();
        fixture.given(orderCreated())
                .when(new RaiseReplenishmentLineCommand(PURCHASE_ORDER_ID, OTHER_PRODUCT_ID, new BigDecimal("5"),
                        new BigDecimal("4"), "usd", "below reorder point"))
                .expectException(violated("currency-mismatch"));
    }

    @Test
    void cannotDraftInACurrencyWithoutApprovalThresholds() {
        fixture.givenNoPriorActivity()
                .when(new CreatePurchaseOrderCommand(PURCHASE_ORDER_ID, SUPPLIER_ID, WAREHOUSE_ID, "JPY", List.of(),
                        null, null, null, "manual", NUMBER))
                .expectException(violated("approval-thresholds"));
        fixture.givenNoPriorActivity()
                .when(new CreatePurchaseOrderCommand(PURCHASE_ORDER_ID, SUPPLIER_ID, WAREHOUSE_ID, "usd", List.of(),
                        null, null, null, "manual", NUMBER))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void cannotSubmitInACurrencyWhoseThresholdsWereRemoved() {
        fixture.given(new PurchaseOrderCreatedEvent(PURCHASE_ORDER_ID, NUMBER, SUPPLIER_ID, WAREHOUSE_ID, "JPY",
                        List.of(new PurchaseOrderLine("1", PRODUCT_ID, kg("1"), Money.of(new BigDecimal("999"), "JPY"),
                                null)), null, null, null, null, "manual"))
                .when(new SubmitPurchaseOrderCommand(PURCHASE_ORDER_ID, "kim"))
                .expectException(violated("approval-thresholds"));
    }

    @Test
    void cannotApproveWhatOneDraftedOneself() {
        fixture.given(by("kim-id", orderCreated()), by("kim-id", submitted()))
                .when(new ApprovePurchaseOrderCommand(PURCHASE_ORDER_ID, "kim", "kim-id", ApprovalLevel.ADMIN))
                .expectException(notPermitted("four-eyes"));
        fixture.given(by("kim-id", orderCreated()), by("kim-id", submitted()))
                .when(new ApprovePurchaseOrderCommand(PURCHASE_ORDER_ID, "maria", "maria-id", ApprovalLevel.MANAGER))
                .expectEvents(approved());
        fixture.given(by("ana-id", orderCreated()), by("kim-id", submitted()))
                .when(new ApprovePurchaseOrderCommand(PURCHASE_ORDER_ID, "kim", "kim-id", ApprovalLevel.MANAGER))
                .expectEvents(new PurchaseOrderApprovedEvent(PURCHASE_ORDER_ID, "kim", ApprovalLevel.MANAGER));
    }

    @Test
    void cannotApproveAReplenishmentDraftOneSubmittedOneself() {
        PurchaseOrderCreatedEvent proposed = new PurchaseOrderCreatedEvent(PURCHASE_ORDER_ID, NUMBER, SUPPLIER_ID,
                WAREHOUSE_ID, EUR, lines(), EXPECTED, null, null, totals("1350.00"), "replenishment: low stock");
        fixture.given(by("system", proposed), by("kim-id", submitted()))
                .when(new ApprovePurchaseOrderCommand(PURCHASE_ORDER_ID, "kim", "kim-id", ApprovalLevel.MANAGER))
                .expectException(notPermitted("four-eyes"));
        // the one whose request set off the replenishment did not draft it
        fixture.given(by("kim-id", proposed), by("maria-id", submitted()))
                .when(new ApprovePurchaseOrderCommand(PURCHASE_ORDER_ID, "kim", "kim-id", ApprovalLevel.MANAGER))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void canLetTheDrafterApproveWhenFourEyesIsOff() {
        FixtureConfiguration<PurchaseOrder> relaxed = aggregateFixture(PurchaseOrder.class,
                new InMemoryReferenceRegistry(), suppliers, ApprovalPolicy.uniform(new BigDecimal("1000"),
                        new BigDecimal("10000"), false, "EUR"), new ReceiptTolerance(new BigDecimal("5")));
        relaxed.given(by("kim-id", orderCreated()), by("kim-id", submitted()))
                .when(new ApprovePurchaseOrderCommand(PURCHASE_ORDER_ID, "kim", "kim-id", ApprovalLevel.MANAGER))
                .expectEvents(new PurchaseOrderApprovedEvent(PURCHASE_ORDER_ID, "kim", ApprovalLevel.MANAGER));
    }

    @Test
    void canSendAConfirmationAboveTheApprovedQuantitiesBackForApproval() {
        fixture.given(orderCreated(), submitted(), approved(), sent())
                .when(confirm("1", "120"))
                .expectEvents(new PurchaseOrderConfirmedEvent(PURCHASE_ORDER_ID, SUPPLIER_ID, WAREHOUSE_ID, List.of(
                                new ExpectedLine("1", PRODUCT_ID, WAREHOUSE_ID, kg("120"), kg("120"), EXPECTED),
                                new ExpectedLine("2", OTHER_PRODUCT_ID, WAREHOUSE_ID, kg("20"), kg("20"), EXPECTED)),
                                totals("1600.00"), "supplier"),
                        raisedTo120());
    }

    @Test
    void cannotReceiveNorSendWhileARaisedConfirmationAwaitsApproval() {
        fixture.given(orderCreated(), submitted(), approved(), sent(), confirmedAt120(), raisedTo120())
                .when(receive(RECEIPT_ID, new ReceiptLineSpec("1", BigDecimal.ONE, null, null, null)))
                .expectException(violated("purchase-order-status"));
        fixture.given(orderCreated(), submitted(), approved(), sent(), confirmedAt120(), raisedTo120())
                .when(confirm("1", "100"))
                .expectException(violated("purchase-order-status"));
    }

    @Test
    void canApproveARaisedConfirmationAndGoOnWhereTheOrderWas() {
        fixture.given(orderCreated(), submitted(), approved(), sent(), confirmedAt120(), raisedTo120())
                .when(new ApprovePurchaseOrderCommand(PURCHASE_ORDER_ID, "maria", "maria-id", ApprovalLevel.MANAGER))
                .expectEvents(new PurchaseOrderReapprovedEvent(PURCHASE_ORDER_ID, "maria", ApprovalLevel.MANAGER,
                        PurchaseOrderStatus.CONFIRMED));
        fixture.given(orderCreated(), submitted(), approved(), sent(), confirmedAt120(), raisedTo120(),
                        new PurchaseOrderReapprovedEvent(PURCHASE_ORDER_ID, "maria", ApprovalLevel.MANAGER,
                                PurchaseOrderStatus.CONFIRMED))
                .when(receive(RECEIPT_ID, new ReceiptLineSpec("1", new BigDecimal("120"), null, null, null)))
                .expectSuccessfulHandlerExecution();
        // what was approved again is the new baseline
        fixture.given(orderCreated(), submitted(), approved(), sent(), confirmedAt120(), raisedTo120(),
                        new PurchaseOrderReapprovedEvent(PURCHASE_ORDER_ID, "maria", ApprovalLevel.MANAGER,
                                PurchaseOrderStatus.CONFIRMED))
                .when(confirm("1", "120"))
                .expectEvents(new PurchaseOrderExpectedDatesChangedEvent(PURCHASE_ORDER_ID, SUPPLIER_ID,
                        WAREHOUSE_ID, List.of(
                        new ExpectedLine("1", PRODUCT_ID, WAREHOUSE_ID, kg("120"), kg("120"), EXPECTED),
                        new ExpectedLine("2", OTHER_PRODUCT_ID, WAREHOUSE_ID, kg("20"), kg("20"), EXPECTED)),
                        totals("1600.00"), "supplier"));
    }

    @Test
    void canRejectOrCancelARaisedConfirmationThatAwaitsApproval() {
        fixture.given(orderCreated(), submitted(), approved(), sent(), confirmedAt120(), raisedTo120())
                .when(new RejectPurchaseOrderCommand(PURCHASE_ORDER_ID, "maria", ApprovalLevel.MANAGER, "too much"))
                .expectEvents(new PurchaseOrderRejectedEvent(PURCHASE_ORDER_ID, "maria", "too much"));
        fixture.given(orderCreated(), submitted(), approved(), sent(), confirmedAt120(), raisedTo120())
                .when(new CancelPurchaseOrderCommand(PURCHASE_ORDER_ID, "too much"))
                .expectEvents(new PurchaseOrderCancelledEvent(PURCHASE_ORDER_ID, SUPPLIER_ID, WAREHOUSE_ID, List.of(
                        new ExpectedLine("1", PRODUCT_ID, WAREHOUSE_ID, kg("120"), kg("120"), EXPECTED),
                        new ExpectedLine("2", OTHER_PRODUCT_ID, WAREHOUSE_ID, kg("20"), kg("20"), EXPECTED)),
                        "too much"));
    }

    @Test
    void canAskTheLevelTheRaisedTotalNeedsAndKeepFourEyes() {
        PurchaseOrderConfirmedEvent confirmedAt1000 = new PurchaseOrderConfirmedEvent(PURCHASE_ORDER_ID, SUPPLIER_ID,
                WAREHOUSE_ID, List.of(
                new ExpectedLine("1", PRODUCT_ID, WAREHOUSE_ID, kg("1000"), kg("1000"), EXPECTED),
                new ExpectedLine("2", OTHER_PRODUCT_ID, WAREHOUSE_ID, kg("20"), kg("20"), EXPECTED)),
                totals("12600.00"), "supplier");
        PurchaseOrderReapprovalRequiredEvent needsAdmin = new PurchaseOrderReapprovalRequiredEvent(PURCHASE_ORDER_ID,
                "line 1 confirmed at 1000 kg, above the 100 kg approved", eur("12600.00"), ApprovalLevel.ADMIN);
        fixture.given(orderCreated(), submitted(), approved(), sent())
                .when(confirm("1", "1000"))
                .expectEvents(confirmedAt1000, needsAdmin);
        fixture.given(orderCreated(), submitted(), approved(), sent(), confirmedAt1000, needsAdmin)
                .when(new ApprovePurchaseOrderCommand(PURCHASE_ORDER_ID, "maria", "maria-id", ApprovalLevel.MANAGER))
                .expectException(violated("approval-level"));
        fixture.given(by("kim-id", orderCreated()), submitted(), approved(), sent(), confirmedAt1000, needsAdmin)
                .when(new ApprovePurchaseOrderCommand(PURCHASE_ORDER_ID, "kim", "kim-id", ApprovalLevel.ADMIN))
                .expectException(notPermitted("four-eyes"));
    }

    @Test
    void canApproveARaisedConfirmationAutomaticallyBelowTheFirstThreshold() {
        PurchaseOrderCreatedEvent small = new PurchaseOrderCreatedEvent(PURCHASE_ORDER_ID, NUMBER, SUPPLIER_ID,
                WAREHOUSE_ID, EUR, List.of(new PurchaseOrderLine("1", PRODUCT_ID, kg("10"), eur("50"), EXPECTED)),
                EXPECTED, null, null, totals("500.00"), "manual");
        fixture.given(small, new PurchaseOrderSubmittedEvent(PURCHASE_ORDER_ID, "kim", eur("500.00"),
                                ApprovalLevel.AUTOMATIC),
                        new PurchaseOrderApprovedEvent(PURCHASE_ORDER_ID, "approval-policy", ApprovalLevel.AUTOMATIC),
                        sent())
                .when(confirm("1", "15"))
                .expectEvents(new PurchaseOrderConfirmedEvent(PURCHASE_ORDER_ID, SUPPLIER_ID, WAREHOUSE_ID, List.of(
                                new ExpectedLine("1", PRODUCT_ID, WAREHOUSE_ID, kg("15"), kg("15"), EXPECTED)),
                                totals("750.00"), "supplier"),
                        new PurchaseOrderReapprovalRequiredEvent(PURCHASE_ORDER_ID,
                                "line 1 confirmed at 15 kg, above the 10 kg approved", eur("750.00"),
                                ApprovalLevel.AUTOMATIC),
                        new PurchaseOrderReapprovedEvent(PURCHASE_ORDER_ID, "approval-policy", ApprovalLevel.AUTOMATIC,
                                PurchaseOrderStatus.CONFIRMED));
    }

    @Test
    void canSendAPartlyReceivedOrderBackForApprovalAndResumeItPartlyReceived() {
        PurchaseOrderReapprovalRequiredEvent raised = new PurchaseOrderReapprovalRequiredEvent(PURCHASE_ORDER_ID,
                "line 1 confirmed at 110 kg, above the 100 kg approved", eur("1475.00"), ApprovalLevel.MANAGER);
        fixture.given(orderCreated(), submitted(), approved(), sent(), confirmed(), firstReceipt())
                .when(confirm("1", "110"))
                .expectEvents(new PurchaseOrderExpectedDatesChangedEvent(PURCHASE_ORDER_ID, SUPPLIER_ID,
                                WAREHOUSE_ID, List.of(
                                new ExpectedLine("1", PRODUCT_ID, WAREHOUSE_ID, kg("110"), kg("50"), EXPECTED),
                                new ExpectedLine("2", OTHER_PRODUCT_ID, WAREHOUSE_ID, kg("20"), kg("20"), EXPECTED)),
                                totals("1475.00"), "supplier"),
                        raised);
        fixture.given(orderCreated(), submitted(), approved(), sent(), confirmed(), firstReceipt(),
                        new PurchaseOrderExpectedDatesChangedEvent(PURCHASE_ORDER_ID, SUPPLIER_ID, WAREHOUSE_ID,
                                List.of(new ExpectedLine("1", PRODUCT_ID, WAREHOUSE_ID, kg("110"), kg("50"), EXPECTED),
                                        new ExpectedLine("2", OTHER_PRODUCT_ID, WAREHOUSE_ID, kg("20"), kg("20"),
                                                EXPECTED)), totals("1475.00"), "supplier"), raised)
                .when(new ApprovePurchaseOrderCommand(PURCHASE_ORDER_ID, "maria", "maria-id", ApprovalLevel.MANAGER))
                .expectEvents(new PurchaseOrderReapprovedEvent(PURCHASE_ORDER_ID, "maria", ApprovalLevel.MANAGER,
                        PurchaseOrderStatus.PARTIALLY_RECEIVED));
    }

    @Test
    void canConfirmUpToTheApprovedQuantityAfterConfirmingLessWithoutNewApproval() {
        PurchaseOrderConfirmedEvent lower = new PurchaseOrderConfirmedEvent(PURCHASE_ORDER_ID, SUPPLIER_ID,
                WAREHOUSE_ID, List.of(new ExpectedLine("1", PRODUCT_ID, WAREHOUSE_ID, kg("80"), kg("80"), EXPECTED),
                new ExpectedLine("2", OTHER_PRODUCT_ID, WAREHOUSE_ID, kg("20"), kg("20"), EXPECTED)),
                totals("1100.00"), "supplier");
        fixture.given(orderCreated(), submitted(), approved(), sent(), lower)
                .when(confirm("1", "100"))
                .expectEvents(new PurchaseOrderExpectedDatesChangedEvent(PURCHASE_ORDER_ID, SUPPLIER_ID,
                        WAREHOUSE_ID, List.of(
                        new ExpectedLine("1", PRODUCT_ID, WAREHOUSE_ID, kg("100"), kg("100"), EXPECTED),
                        new ExpectedLine("2", OTHER_PRODUCT_ID, WAREHOUSE_ID, kg("20"), kg("20"), EXPECTED)),
                        totals("1350.00"), "supplier"));
    }

    private static final String CHECK_OF_LINE_2 = IncomingInspection.checkId(RECEIPT_ID, "2");
    private static final String OTHER_CHECK = "c0c0c0c0-1111-4222-8333-444455556666";

    private static ReturnPurchaseOrderGoodsCommand returnGoods(String checkId, String productId, String quantity) {
        return new ReturnPurchaseOrderGoodsCommand(PURCHASE_ORDER_ID, checkId, RECEIPT_ID, productId,
                new BigDecimal(quantity), " L-7 ", "mould");
    }

    @Test
    void canRecordGoodsReturnedAfterARejectedCheckAgainstTheLineTheyCameOn() {
        fixture.given(orderCreated(), submitted(), approved(), sent(), confirmed(), fullReceipt())
                .when(returnGoods(CHECK_OF_LINE_2, OTHER_PRODUCT_ID, "5"))
                .expectEvents(new PurchaseOrderGoodsReturnedEvent(PURCHASE_ORDER_ID, SUPPLIER_ID, "2",
                        OTHER_PRODUCT_ID, kg("5"), kg("5"), CHECK_OF_LINE_2, RECEIPT_ID, "L-7", "mould"));
    }

    @Test
    void canRecordEachChecksReturnOnceAddingUpPerLineEvenAfterTheOrderClosed() {
        PurchaseOrderGoodsReturnedEvent first = new PurchaseOrderGoodsReturnedEvent(PURCHASE_ORDER_ID, SUPPLIER_ID,
                "1", PRODUCT_ID, kg("15"), kg("15"), OTHER_CHECK, RECEIPT_ID, "L-7", "mould");
        fixture.given(orderCreated(), submitted(), approved(), sent(), confirmed(), fullReceipt(),
                        new PurchaseOrderClosedEvent(PURCHASE_ORDER_ID), first)
                .when(returnGoods(OTHER_CHECK, PRODUCT_ID, "15"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        String another = "c0c0c0c0-1111-4222-8333-444455557777";
        fixture.given(orderCreated(), submitted(), approved(), sent(), confirmed(), fullReceipt(),
                        new PurchaseOrderClosedEvent(PURCHASE_ORDER_ID), first)
                .when(returnGoods(another, PRODUCT_ID, "10"))
                .expectEvents(new PurchaseOrderGoodsReturnedEvent(PURCHASE_ORDER_ID, SUPPLIER_ID, "1", PRODUCT_ID,
                        kg("10"), kg("25"), another, RECEIPT_ID, "L-7", "mould"));
    }

    @Test
    void cannotReturnMoreThanALineReceivedNorAProductTheOrderDoesNotHold() {
        PurchaseOrderGoodsReturnedEvent fifty = new PurchaseOrderGoodsReturnedEvent(PURCHASE_ORDER_ID, SUPPLIER_ID,
                "1", PRODUCT_ID, kg("50"), kg("50"), OTHER_CHECK, RECEIPT_ID, null, null);
        fixture.given(orderCreated(), submitted(), approved(), sent(), confirmed(), firstReceipt(), fifty)
                .when(returnGoods(CHECK_OF_LINE_2, PRODUCT_ID, "11"))
                .expectException(violated("return-above-received"));
        fixture.given(orderCreated(), submitted(), approved(), sent(), confirmed(), firstReceipt())
                .when(returnGoods(OTHER_CHECK, "9e9e9e9e-1111-4222-8333-444455556666", "1"))
                .expectException(notFound("purchase order line"));
        fixture.given(orderCreated(), submitted(), approved(), sent(), confirmed(), firstReceipt())
                .when(returnGoods(OTHER_CHECK, PRODUCT_ID, "0"))
                .expectException(invalid("quantity"));
    }

    private static ConfirmPurchaseOrderCommand confirm(String lineId, String quantity) {
        return new ConfirmPurchaseOrderCommand(PURCHASE_ORDER_ID, List.of(
                new LineConfirmation(lineId, new BigDecimal(quantity), EXPECTED)), "supplier", null);
    }

    private static PurchaseOrderConfirmedEvent confirmedAt120() {
        return new PurchaseOrderConfirmedEvent(PURCHASE_ORDER_ID, SUPPLIER_ID, WAREHOUSE_ID, List.of(
                new ExpectedLine("1", PRODUCT_ID, WAREHOUSE_ID, kg("120"), kg("120"), EXPECTED),
                new ExpectedLine("2", OTHER_PRODUCT_ID, WAREHOUSE_ID, kg("20"), kg("20"), EXPECTED)),
                totals("1600.00"), "supplier");
    }

    private static PurchaseOrderReapprovalRequiredEvent raisedTo120() {
        return new PurchaseOrderReapprovalRequiredEvent(PURCHASE_ORDER_ID,
                "line 1 confirmed at 120 kg, above the 100 kg approved", eur("1600.00"), ApprovalLevel.MANAGER);
    }

    /** The event as recorded from a request by the user {@code userId}. */
    private static GenericEventMessage<Object> by(String userId, Object event) {
        return new GenericEventMessage<>(event, MetaData.with("userId", userId));
    }

    private static ReceivePurchaseOrderGoodsCommand receive(String receiptId, ReceiptLineSpec... lines) {
        return new ReceivePurchaseOrderGoodsCommand(PURCHASE_ORDER_ID, receiptId, List.of(lines), TODAY);
    }

    private static PurchaseOrderGoodsReceivedEvent firstReceipt() {
        return new PurchaseOrderGoodsReceivedEvent(PURCHASE_ORDER_ID, RECEIPT_ID, SUPPLIER_ID, WAREHOUSE_ID,
                List.of(new ReceivedLine("1", PRODUCT_ID, kg("60"), null, null, null, kg("60"), kg("100"), EXPECTED)),
                TODAY, PurchaseOrderStatus.PARTIALLY_RECEIVED);
    }

    private static PurchaseOrderGoodsReceivedEvent fullReceipt() {
        return new PurchaseOrderGoodsReceivedEvent(PURCHASE_ORDER_ID, RECEIPT_ID, SUPPLIER_ID, WAREHOUSE_ID, List.of(
                new ReceivedLine("1", PRODUCT_ID, kg("100"), null, null, null, kg("100"), kg("100"), EXPECTED),
                new ReceivedLine("2", OTHER_PRODUCT_ID, kg("20"), null, null, null, kg("20"), kg("20"), EXPECTED)),
                TODAY, PurchaseOrderStatus.RECEIVED);
    }
}
