package com.opsledger.command.invoice;

import com.opsledger.command.registry.InMemoryReferenceRegistry;
import com.opsledger.command.supplier.InMemorySupplierDirectory;
import com.opsledger.kernel.invoice.AcceptInvoiceCommand;
import com.opsledger.kernel.invoice.InvoiceAcceptedEvent;
import com.opsledger.kernel.invoice.InvoiceLineMatch;
import com.opsledger.kernel.invoice.InvoiceLineSpec;
import com.opsledger.kernel.invoice.InvoicePaidEvent;
import com.opsledger.kernel.invoice.InvoicePaymentRecordedEvent;
import com.opsledger.kernel.invoice.InvoiceRegisteredEvent;
import com.opsledger.kernel.invoice.InvoiceRejectedEvent;
import com.opsledger.kernel.invoice.InvoiceStatus;
import com.opsledger.kernel.invoice.RecordPaymentCommand;
import com.opsledger.kernel.invoice.RegisterInvoiceCommand;
import com.opsledger.kernel.invoice.RejectInvoiceCommand;
import com.opsledger.kernel.purchaseorder.PurchaseOrderStatus;
import com.opsledger.kernel.supplier.SupplierStatus;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.opsledger.command.AggregateFixtures.aggregateFixture;
import static com.opsledger.command.DomainExceptions.duplicate;
import static com.opsledger.command.DomainExceptions.invalid;
import static com.opsledger.command.DomainExceptions.notFound;
import static com.opsledger.command.DomainExceptions.violated;
import static com.opsledger.command.ProcurementFixtures.EUR;
import static com.opsledger.command.ProcurementFixtures.PURCHASE_ORDER_ID;
import static com.opsledger.command.ProcurementFixtures.SUPPLIER_ID;
import static com.opsledger.command.ProcurementFixtures.eur;
import static com.opsledger.command.StockFixtures.OTHER_PRODUCT_ID;
import static com.opsledger.command.StockFixtures.PRODUCT_ID;
import static com.opsledger.command.StockFixtures.kg;

class InvoiceTest {

    private static final String INVOICE_ID = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c01";
    private static final String OTHER_INVOICE_ID = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c02";
    private static final String PAYMENT_ID = "b1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c01";
    private static final String OTHER_PAYMENT_ID = "b1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c02";
    private static final LocalDate INVOICED = LocalDate.of(2030, 5, 10);
    private static final LocalDate DUE = LocalDate.of(2030, 6, 9);
    private static final LocalDate PAID_ON = LocalDate.of(2030, 5, 20);

    private FixtureConfiguration<Invoice> fixture;
    private final Map<String, PurchaseOrderFacts.Order> orders = new HashMap<>();
    private final Map<String, BigDecimal> invoiced = new HashMap<>();

    @BeforeEach
    void setUp() {
        Map<String, PurchaseOrderFacts.Line> lines = new LinkedHashMap<>();
        lines.put("1", new PurchaseOrderFacts.Line(PRODUCT_ID, kg("100"), kg("60"), eur("12.50")));
        lines.put("2", new PurchaseOrderFacts.Line(OTHER_PRODUCT_ID, kg("20"), kg("20"), eur("5")));
        orders.put(PURCHASE_ORDER_ID, new PurchaseOrderFacts.Order(SUPPLIER_ID, EUR,
                PurchaseOrderStatus.PARTIALLY_RECEIVED, null, new BigDecimal("10"), lines));
        fixture = aggregateFixture(Invoice.class, (PurchaseOrderFacts) id -> Optional.ofNullable(orders.get(id)),
                new InMemorySupplierDirectory().withSupplier(SUPPLIER_ID, SupplierStatus.ACTIVE),
                new InMemoryReferenceRegistry(), (InvoicedQuantities) (purchaseOrderId, lineId) ->
                        invoiced.getOrDefault(purchaseOrderId + "/" + lineId, BigDecimal.ZERO));
    }

    @Test
    void canCountEarlierInvoicesOfALineInTheMatchAndRejectAnInvoiceThatStands() {
        invoiced.put(PURCHASE_ORDER_ID + "/2", new BigDecimal("15"));
        fixture.givenNoPriorActivity()
                .when(register(INVOICE_ID, "INV-2", new InvoiceLineSpec("2", new BigDecimal("10"), new BigDecimal("5"))))
                .expectEvents(new InvoiceRegisteredEvent(INVOICE_ID, PURCHASE_ORDER_ID, SUPPLIER_ID, "INV-2", INVOICED,
                        DUE, List.of(new InvoiceLineMatch("2", OTHER_PRODUCT_ID, kg("20"), kg("20"), kg("15"), kg("10"),
                        eur("5"), eur("5"), List.of(ThreeWayMatch.ABOVE_RECEIVED, ThreeWayMatch.ABOVE_ORDERED))),
                        eur("50.00"), eur("55.00"), InvoiceStatus.MISMATCHED));
        fixture.given(matched())
                .when(new RejectInvoiceCommand(INVOICE_ID, "maria", "sent twice"))
                .expectEvents(new InvoiceRejectedEvent(INVOICE_ID, "maria", "sent twice"));
    }

    @Test
    void canRegisterAnInvoiceThatMatchesOrderedReceivedAndPrice() {
        fixture.givenNoPriorActivity()
                .when(register(INVOICE_ID, "INV-1", new InvoiceLineSpec("1", new BigDecimal("60"), new BigDecimal("12.5")),
                        new InvoiceLineSpec("2", new BigDecimal("20"), new BigDecimal("5"))))
                .expectEvents(matched());
    }

    @Test
    void canFlagAnInvoiceForMoreThanReceivedOrOrderedOrAtAnotherPrice() {
        fixture.givenNoPriorActivity()
                .when(register(INVOICE_ID, "INV-1", new InvoiceLineSpec("1", new BigDecimal("101"), new BigDecimal("12.6"))))
                .expectEvents(new InvoiceRegisteredEvent(INVOICE_ID, PURCHASE_ORDER_ID, SUPPLIER_ID, "INV-1", INVOICED,
                        DUE, List.of(new InvoiceLineMatch("1", PRODUCT_ID, kg("100"), kg("60"), kg("0"), kg("101"),
                        eur("12.50"), eur("12.60"), List.of(ThreeWayMatch.ABOVE_RECEIVED, ThreeWayMatch.ABOVE_ORDERED,
                        ThreeWayMatch.PRICE_DIFFERS))), eur("1272.60"), eur("1399.86"), InvoiceStatus.MISMATCHED));
    }

    @Test
    void canFlagAnInvoiceThatChargesForGoodsReturnedToTheSupplierAndMatchOneThatCreditsThem() {
        Map<String, PurchaseOrderFacts.Line> lines = new LinkedHashMap<>();
        lines.put("1", new PurchaseOrderFacts.Line(PRODUCT_ID, kg("100"), kg("60"), eur("12.50"), kg("15")));
        orders.put(PURCHASE_ORDER_ID, new PurchaseOrderFacts.Order(SUPPLIER_ID, EUR,
                PurchaseOrderStatus.PARTIALLY_RECEIVED, null, new BigDecimal("10"), lines));
        fixture.givenNoPriorActivity()
                .when(register(INVOICE_ID, "INV-1", new InvoiceLineSpec("1", new BigDecimal("60"), new BigDecimal("12.5"))))
                .expectEvents(new InvoiceRegisteredEvent(INVOICE_ID, PURCHASE_ORDER_ID, SUPPLIER_ID, "INV-1", INVOICED,
                        DUE, List.of(new InvoiceLineMatch("1", PRODUCT_ID, kg("100"), kg("60"), kg("0"), kg("60"),
                        eur("12.50"), eur("12.50"), List.of(ThreeWayMatch.RETURNED_INVOICED))), eur("750.00"),
                        eur("825.00"), InvoiceStatus.MISMATCHED));
        fixture.givenNoPriorActivity()
                .when(register(OTHER_INVOICE_ID, "INV-2", new InvoiceLineSpec("1", new BigDecimal("45"),
                        new BigDecimal("12.5"))))
                .expectEvents(new InvoiceRegisteredEvent(OTHER_INVOICE_ID, PURCHASE_ORDER_ID, SUPPLIER_ID, "INV-2", INVOICED,
                        DUE, List.of(new InvoiceLineMatch("1", PRODUCT_ID, kg("100"), kg("60"), kg("0"), kg("45"),
                        eur("12.50"), eur("12.50"), List.of())), eur("562.50"), eur("618.75"), InvoiceStatus.MATCHED));
    }

    @Test
    void cannotInvoiceAnUnknownOrderOrLineNorTheSameSupplierNumberTwice() {
        fixture.givenNoPriorActivity()
                .when(new RegisterInvoiceCommand(INVOICE_ID, SUPPLIER_ID, "INV-1", INVOICED,
                        List.of(new InvoiceLineSpec("1", BigDecimal.ONE, BigDecimal.ONE))))
                .expectException(notFound("purchase order"));
        fixture.givenNoPriorActivity()
                .when(register(INVOICE_ID, "INV-1", new InvoiceLineSpec("7", BigDecimal.ONE, BigDecimal.ONE)))
                .expectException(notFound("purchase order line"));
        fixture.givenNoPriorActivity()
                .when(register(INVOICE_ID, "INV-1", new InvoiceLineSpec("1", BigDecimal.ZERO, BigDecimal.ONE)))
                .expectException(invalid("lines[0].quantity"));
        fixture.givenNoPriorActivity()
                .when(register(INVOICE_ID, "INV-1", new InvoiceLineSpec("1", BigDecimal.ONE, new BigDecimal("12.5"))))
                .expectSuccessfulHandlerExecution();
        fixture.givenNoPriorActivity()
                .when(register(OTHER_INVOICE_ID, "inv-1", new InvoiceLineSpec("1", BigDecimal.ONE, new BigDecimal("12.5"))))
                .expectException(duplicate("number"));
    }

    @Test
    void cannotInvoiceAnOrderNotYetSent() {
        PurchaseOrderFacts.Order order = orders.get(PURCHASE_ORDER_ID);
        orders.put(PURCHASE_ORDER_ID, new PurchaseOrderFacts.Order(SUPPLIER_ID, EUR, PurchaseOrderStatus.APPROVED,
                null, null, order.lines()));
        fixture.givenNoPriorActivity()
                .when(register(INVOICE_ID, "INV-1", new InvoiceLineSpec("1", BigDecimal.ONE, new BigDecimal("12.5"))))
                .expectException(violated("purchase-order-not-sent"));
    }

    @Test
    void canPayInPartsUntilPaid() {
        fixture.given(matched())
                .when(new RecordPaymentCommand(INVOICE_ID, PAYMENT_ID, new BigDecimal("500"), PAID_ON, "TRX-1"))
                .expectEvents(new InvoicePaymentRecordedEvent(INVOICE_ID, PAYMENT_ID, SUPPLIER_ID, PURCHASE_ORDER_ID,
                        eur("500"), PAID_ON, "TRX-1", eur("500"), eur("435.00")));
        fixture.given(matched(), firstPayment())
                .when(new RecordPaymentCommand(INVOICE_ID, OTHER_PAYMENT_ID, new BigDecimal("435"), PAID_ON, null))
                .expectEvents(new InvoicePaymentRecordedEvent(INVOICE_ID, OTHER_PAYMENT_ID, SUPPLIER_ID,
                                PURCHASE_ORDER_ID, eur("435"), PAID_ON, null, eur("935.00"), eur("0")),
                        new InvoicePaidEvent(INVOICE_ID, PAID_ON));
    }

    @Test
    void cannotPayMoreThanOutstandingNorAFractionOfACent() {
        fixture.given(matched(), firstPayment())
                .when(new RecordPaymentCommand(INVOICE_ID, OTHER_PAYMENT_ID, new BigDecimal("435.01"), PAID_ON, null))
                .expectException(violated("overpayment"));
        fixture.given(matched())
                .when(new RecordPaymentCommand(INVOICE_ID, OTHER_PAYMENT_ID, new BigDecimal("1.001"), PAID_ON, null))
                .expectException(invalid("amount"));
    }

    @Test
    void canIgnoreTheSamePaymentTwice() {
        fixture.given(matched(), firstPayment())
                .when(new RecordPaymentCommand(INVOICE_ID, PAYMENT_ID, new BigDecimal("500"), PAID_ON, "TRX-1"))
                .expectNoEvents();
    }

    @Test
    void cannotPayAMismatchUntilAccepted() {
        InvoiceRegisteredEvent mismatched = mismatched();
        fixture.given(mismatched)
                .when(new RecordPaymentCommand(INVOICE_ID, PAYMENT_ID, BigDecimal.TEN, PAID_ON, null))
                .expectException(violated("invoice-mismatch-unresolved"));
        fixture.given(mismatched)
                .when(new AcceptInvoiceCommand(INVOICE_ID, "maria", "agreed"))
                .expectEvents(new InvoiceAcceptedEvent(INVOICE_ID, "maria", "agreed"));
        fixture.given(mismatched, new InvoiceAcceptedEvent(INVOICE_ID, "maria", "agreed"))
                .when(new RecordPaymentCommand(INVOICE_ID, PAYMENT_ID, BigDecimal.TEN, PAID_ON, null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void cannotAcceptAMatchedInvoiceNorPayARejectedOne() {
        fixture.given(matched())
                .when(new AcceptInvoiceCommand(INVOICE_ID, "maria", "agreed"))
                .expectException(violated("invoice-status"));
        fixture.given(mismatched(), new InvoiceRejectedEvent(INVOICE_ID, "maria", "wrong price"))
                .when(new RecordPaymentCommand(INVOICE_ID, PAYMENT_ID, BigDecimal.TEN, PAID_ON, null))
                .expectException(violated("invoice-status"));
        fixture.given(mismatched())
                .when(new RejectInvoiceCommand(INVOICE_ID, "maria", ""))
                .expectException(invalid("reason"));
    }

    private static RegisterInvoiceCommand register(String invoiceId, String number, InvoiceLineSpec... lines) {
        return new RegisterInvoiceCommand(invoiceId, PURCHASE_ORDER_ID, number, INVOICED, List.of(lines));
    }

    /** 60 kg at 12.50 and 20 kg at 5, plus 10 % tax: 935.00. */
    private static InvoiceRegisteredEvent matched() {
        return new InvoiceRegisteredEvent(INVOICE_ID, PURCHASE_ORDER_ID, SUPPLIER_ID, "INV-1", INVOICED, DUE, List.of(
                new InvoiceLineMatch("1", PRODUCT_ID, kg("100"), kg("60"), kg("0"), kg("60"), eur("12.50"),
                        eur("12.50"), List.of()),
                new InvoiceLineMatch("2", OTHER_PRODUCT_ID, kg("20"), kg("20"), kg("0"), kg("20"), eur("5"), eur("5"),
                        List.of())), eur("850.00"), eur("935.00"), InvoiceStatus.MATCHED);
    }

    private static InvoiceRegisteredEvent mismatched() {
        return new InvoiceRegisteredEvent(INVOICE_ID, PURCHASE_ORDER_ID, SUPPLIER_ID, "INV-1", INVOICED, DUE, List.of(
                new InvoiceLineMatch("2", OTHER_PRODUCT_ID, kg("20"), kg("20"), kg("0"), kg("20"), eur("5"), eur("6"),
                        List.of(ThreeWayMatch.PRICE_DIFFERS))), eur("120.00"), eur("132.00"), InvoiceStatus.MISMATCHED);
    }

    private static InvoicePaymentRecordedEvent firstPayment() {
        return new InvoicePaymentRecordedEvent(INVOICE_ID, PAYMENT_ID, SUPPLIER_ID, PURCHASE_ORDER_ID, eur("500"),
                PAID_ON, "TRX-1", eur("500"), eur("435.00"));
    }
}
