package com.opsledger.command.supplier;

import com.opsledger.command.registry.InMemoryReferenceRegistry;
import com.opsledger.kernel.supplier.ChangeSupplierStatusCommand;
import com.opsledger.kernel.supplier.CreateSupplierCommand;
import com.opsledger.kernel.supplier.OfferSupplierProductCommand;
import com.opsledger.kernel.supplier.PaymentTerms;
import com.opsledger.kernel.supplier.SupplierProductOfferedEvent;
import com.opsledger.kernel.supplier.SupplierProductWithdrawnEvent;
import com.opsledger.kernel.supplier.SupplierStatus;
import com.opsledger.kernel.supplier.SupplierStatusChangedEvent;
import com.opsledger.kernel.supplier.SupplierUpdatedEvent;
import com.opsledger.kernel.supplier.UpdateSupplierCommand;
import com.opsledger.kernel.supplier.WithdrawSupplierProductCommand;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static com.opsledger.command.AggregateFixtures.aggregateFixture;
import static com.opsledger.command.DomainExceptions.duplicate;
import static com.opsledger.command.DomainExceptions.invalid;
import static com.opsledger.command.DomainExceptions.notFound;
import static com.opsledger.command.DomainExceptions.violated;
import static com.opsledger.command.ProcurementFixtures.OTHER_SUPPLIER_ID;
import static com.opsledger.command.ProcurementFixtures.SUPPLIER_ID;
import static com.opsledger.command.ProcurementFixtures.createSupplier;
import static com.opsledger.command.ProcurementFixtures.eur;
import static com.opsledger.command.ProcurementFixtures.supplierCreated;
import static com.opsledger.command.StockFixtures.KG;
import static com.opsledger.command.StockFixtures.OTHER_PRODUCT_ID;
import static com.opsledger.command.StockFixtures.PRODUCT_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SupplierTest {

    private FixtureConfiguration<Supplier> fixture;
    private InMemorySupplierDirectory directory;

    @BeforeEach
    void setUp() {
        directory = new InMemorySupplierDirectory();
        fixture = aggregateFixture(Supplier.class, new InMemoryReferenceRegistry().withProduct(PRODUCT_ID, KG),
                directory);
    }

    @Test
    void canCreateSupplierAsPendingAndRegisterIt() {
        fixture.givenNoPriorActivity()
                .when(createSupplier())
                .expectEvents(supplierCreated());
        assertEquals(SupplierStatus.PENDING, directory.status(SUPPLIER_ID).orElseThrow());
        assertEquals(30, directory.paymentTermsDays(SUPPLIER_ID).orElseThrow());
    }

    @Test
    void cannotCreateSupplierWithACodeTakenInAnotherCase() {
        fixture.givenNoPriorActivity().when(createSupplier()).expectSuccessfulHandlerExecution();
        fixture.givenNoPriorActivity()
                .when(new CreateSupplierCommand(OTHER_SUPPLIER_ID, "mill-01", "Other", null, null, null, null,
                        PaymentTerms.NET_15, 3))
                .expectException(duplicate("code"));
    }

    @Test
    void cannotCreateSupplierWithAnInvalidEmailOrWithoutPaymentTerms() {
        fixture.givenNoPriorActivity()
                .when(new CreateSupplierCommand(SUPPLIER_ID, "S-1", "Name", null, "not-an-email", null, null,
                        PaymentTerms.NET_15, 3))
                .expectException(invalid("email"));
        fixture.givenNoPriorActivity()
                .when(new CreateSupplierCommand(SUPPLIER_ID, "S-1", "Name", null, null, null, null, null, 3))
                .expectException(invalid("paymentTerms"));
    }

    @Test
    void canUpdateSupplierDetails() {
        fixture.given(supplierCreated())
                .when(new UpdateSupplierCommand(SUPPLIER_ID, " Berlin Mills GmbH ", "Ines Berger", null, null,
                        "Mühlenstraße 2", PaymentTerms.NET_45, 9))
                .expectEvents(new SupplierUpdatedEvent(SUPPLIER_ID, "Berlin Mills GmbH", "Ines Berger", null, null,
                        "Mühlenstraße 2", PaymentTerms.NET_45, 9));
        assertEquals(45, directory.paymentTermsDays(SUPPLIER_ID).orElseThrow());
    }

    @Test
    void canActivateSuspendAndReactivateSupplier() {
        fixture.given(supplierCreated())
                .when(new ChangeSupplierStatusCommand(SUPPLIER_ID, SupplierStatus.ACTIVE, null))
                .expectEvents(new SupplierStatusChangedEvent(SUPPLIER_ID, SupplierStatus.PENDING, SupplierStatus.ACTIVE,
                        null));
        assertEquals(SupplierStatus.ACTIVE, directory.status(SUPPLIER_ID).orElseThrow());
        fixture.given(supplierCreated(),
                        new SupplierStatusChangedEvent(SUPPLIER_ID, SupplierStatus.PENDING, SupplierStatus.ACTIVE, null),
                        new SupplierStatusChangedEvent(SUPPLIER_ID, SupplierStatus.ACTIVE, SupplierStatus.SUSPENDED,
                                "late"))
                .when(new ChangeSupplierStatusCommand(SUPPLIER_ID, SupplierStatus.ACTIVE, "better"))
                .expectEvents(new SupplierStatusChangedEvent(SUPPLIER_ID, SupplierStatus.SUSPENDED,
                        SupplierStatus.ACTIVE, "better"));
    }

    @Test
    void cannotSuspendAPendingSupplier() {
        fixture.given(supplierCreated())
                .when(new ChangeSupplierStatusCommand(SUPPLIER_ID, SupplierStatus.SUSPENDED, null))
                .expectException(violated("supplier-status-change"));
    }

    @Test
    void canOfferAndWithdrawAProductInTheCatalogue() {
        fixture.given(supplierCreated())
                .when(new OfferSupplierProductCommand(SUPPLIER_ID, PRODUCT_ID, new BigDecimal("12.5"), "eur", 4))
                .expectEvents(new SupplierProductOfferedEvent(SUPPLIER_ID, PRODUCT_ID, eur("12.50"), 4));
        assertEquals(eur("12.50"), directory.offer(SUPPLIER_ID, PRODUCT_ID).orElseThrow().price());
        fixture.given(supplierCreated(), new SupplierProductOfferedEvent(SUPPLIER_ID, PRODUCT_ID, eur("12.50"), 4))
                .when(new WithdrawSupplierProductCommand(SUPPLIER_ID, PRODUCT_ID))
                .expectEvents(new SupplierProductWithdrawnEvent(SUPPLIER_ID, PRODUCT_ID));
    }

    @Test
    void cannotOfferAnUnknownProductOrAnUnknownCurrency() {
        fixture.given(supplierCreated())
                .when(new OfferSupplierProductCommand(SUPPLIER_ID, OTHER_PRODUCT_ID, BigDecimal.ONE, "EUR", 4))
                .expectException(notFound("product"));
        fixture.given(supplierCreated())
                .when(new OfferSupplierProductCommand(SUPPLIER_ID, PRODUCT_ID, BigDecimal.ONE, "XYZ", 4))
                .expectException(invalid("currency"));
        fixture.given(supplierCreated())
                .when(new OfferSupplierProductCommand(SUPPLIER_ID, PRODUCT_ID, new BigDecimal("-1"), "EUR", 4))
                .expectException(invalid("price"));
    }
}
