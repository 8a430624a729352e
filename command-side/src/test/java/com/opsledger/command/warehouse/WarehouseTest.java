package com.opsledger.command.warehouse;

import com.opsledger.command.registry.InMemoryReferenceRegistry;
import com.opsledger.kernel.common.DuplicateException;
import com.opsledger.kernel.warehouse.CreateWarehouseCommand;
import com.opsledger.kernel.warehouse.WarehouseCreatedEvent;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static com.opsledger.command.AggregateFixtures.aggregateFixture;
import static com.opsledger.command.DomainExceptions.duplicate;
import static com.opsledger.command.DomainExceptions.invalid;
import static com.opsledger.command.StockFixtures.OTHER_WAREHOUSE_ID;
import static com.opsledger.command.StockFixtures.WAREHOUSE_CODE;
import static com.opsledger.command.StockFixtures.WAREHOUSE_ID;
import static com.opsledger.command.StockFixtures.WAREHOUSE_NAME;
import static com.opsledger.command.StockFixtures.createWarehouse;
import static com.opsledger.command.StockFixtures.warehouseCreated;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WarehouseTest {

    private FixtureConfiguration<Warehouse> fixture;
    private InMemoryReferenceRegistry registry;

    @BeforeEach
    void setUp() {
        registry = new InMemoryReferenceRegistry();
        fixture = aggregateFixture(Warehouse.class, registry);
    }

    @Test
    void canCreateWarehouse() {
        fixture.givenNoPriorActivity()
                .when(createWarehouse())
                .expectSuccessfulHandlerExecution()
                .expectEvents(warehouseCreated());
    }

    @Test
    void canCreateWarehouseKeepingCodeAsTypedAndStrippingName() {
        fixture.givenNoPriorActivity()
                .when(new CreateWarehouseCommand(WAREHOUSE_ID, "ber_1.north", "  Berlin north  "))
                .expectEvents(new WarehouseCreatedEvent(WAREHOUSE_ID, "ber_1.north", "Berlin north"));
    }

    @Test
    void canCreateWarehouseAtTheLimitsOfCodeAndName() {
        String code = "W" + "0123456789-._".repeat(2) + "abcde";
        String name = "n".repeat(200);
        fixture.givenNoPriorActivity()
                .when(new CreateWarehouseCommand(WAREHOUSE_ID, code, name))
                .expectEvents(new WarehouseCreatedEvent(WAREHOUSE_ID, code, name));
    }

    @Test
    void canCreateWarehouseThatStockItemsCanThenBeOpenedIn() {
        fixture.givenNoPriorActivity()
                .when(createWarehouse())
                .expectSuccessfulHandlerExecution();

        assertTrue(registry.warehouseExists(WAREHOUSE_ID));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " BER-1", "-BER", "_BER", "BER 1", "BER/1", "BÄR",
            "W0123456789012345678901234567890123"})
    void cannotCreateWarehouseWithMalformedCode(String code) {
        fixture.givenNoPriorActivity()
                .when(new CreateWarehouseCommand(WAREHOUSE_ID, code, WAREHOUSE_NAME))
                .expectException(invalid("code"))
                .expectExceptionMessage(
                        "code must be 1 to 32 letters, digits or . _ - and start with a letter or digit")
                .expectNoEvents();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t"})
    void cannotCreateWarehouseWithBlankName(String name) {
        fixture.givenNoPriorActivity()
                .when(new CreateWarehouseCommand(WAREHOUSE_ID, WAREHOUSE_CODE, name))
                .expectException(invalid("name"))
                .expectExceptionMessage("name must be 1 to 200 characters")
                .expectNoEvents();
    }

    @Test
    void cannotCreateWarehouseWithNameLongerThan200Characters() {
        fixture.givenNoPriorActivity()
                .when(new CreateWarehouseCommand(WAREHOUSE_ID, WAREHOUSE_CODE, "n".repeat(201)))
                .expectException(invalid("name"))
                .expectNoEvents();
    }

    @Test
    void cannotCreateWarehouseWithCodeAnotherWarehouseHoldsInAnyCase() {
        fixture.givenNoPriorActivity()
                .when(createWarehouse())
                .expectSuccessfulHandlerExecution();

        fixture.givenNoPriorActivity()
                .when(new CreateWarehouseCommand(OTHER_WAREHOUSE_ID, WAREHOUSE_CODE.toLowerCase(), "Berlin annex"))
                .expectException(DuplicateException.class)
                .expectException(duplicate("code"))
                .expectExceptionMessage("code '" + WAREHOUSE_CODE + "' is already used by " + WAREHOUSE_ID)
                .expectNoEvents();
    }

    @Test
    void canBeCreatedWithCoordinatesAndMovedLater() {
        fixture.givenNoPriorActivity()
                .when(new com.opsledger.kernel.warehouse.CreateWarehouseCommand(WAREHOUSE_ID, WAREHOUSE_CODE,
                        WAREHOUSE_NAME, new java.math.BigDecimal("52.52"), new java.math.BigDecimal("13.405")))
                .expectEvents(warehouseCreated(), new com.opsledger.kernel.warehouse.WarehouseUpdatedEvent(
                        WAREHOUSE_ID, WAREHOUSE_NAME, new java.math.BigDecimal("52.52"),
                        new java.math.BigDecimal("13.405")));
        fixture.given(warehouseCreated())
                .when(new com.opsledger.kernel.warehouse.UpdateWarehouseCommand(WAREHOUSE_ID, " Berlin south ", null,
                        null))
                .expectEvents(new com.opsledger.kernel.warehouse.WarehouseUpdatedEvent(WAREHOUSE_ID, "Berlin south",
                        null, null));
    }

    @Test
    void cannotTakeHalfACoordinateOrOneOffTheGlobe() {
        fixture.given(warehouseCreated())
                .when(new com.opsledger.kernel.warehouse.UpdateWarehouseCommand(WAREHOUSE_ID, "Berlin",
                        new java.math.BigDecimal("52.52"), null))
                .expectException(com.opsledger.command.DomainExceptions.invalid("longitude"));
        fixture.given(warehouseCreated())
                .when(new com.opsledger.kernel.warehouse.UpdateWarehouseCommand(WAREHOUSE_ID, "Berlin",
                        new java.math.BigDecimal("91"), new java.math.BigDecimal("13.4")))
                .expectException(com.opsledger.command.DomainExceptions.invalid("latitude"));
    }
}
