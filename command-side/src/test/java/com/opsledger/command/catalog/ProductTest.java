package com.opsledger.command.catalog;

import com.opsledger.command.registry.InMemoryReferenceRegistry;
import com.opsledger.kernel.catalog.CreateProductCommand;
import com.opsledger.kernel.catalog.ProductAttributes;
import com.opsledger.kernel.catalog.ProductDetails;
import com.opsledger.kernel.catalog.ProductCreatedEvent;
import com.opsledger.kernel.catalog.ProductUpdatedEvent;
import com.opsledger.kernel.catalog.UpdateProductCommand;
import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.common.Money;
import com.opsledger.kernel.common.Quantity;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.Optional;

import static com.opsledger.command.AggregateFixtures.aggregateFixture;
import static com.opsledger.command.DomainExceptions.duplicate;
import static com.opsledger.command.DomainExceptions.invalid;
import static com.opsledger.command.StockFixtures.KG;
import static com.opsledger.command.StockFixtures.OTHER_PRODUCT_ID;
import static com.opsledger.command.StockFixtures.PRODUCT_ID;
import static com.opsledger.command.StockFixtures.PRODUCT_NAME;
import static com.opsledger.command.StockFixtures.SKU;
import static com.opsledger.command.StockFixtures.createProduct;
import static com.opsledger.command.StockFixtures.kg;
import static com.opsledger.command.StockFixtures.productCreated;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ProductTest {

    private FixtureConfiguration<Product> fixture;
    private InMemoryReferenceRegistry registry;

    @BeforeEach
    void setUp() {
        registry = new InMemoryReferenceRegistry();
        fixture = aggregateFixture(Product.class, registry);
    }

    @Test
    void canCreateProduct() {
        fixture.givenNoPriorActivity()
                .when(createProduct())
                .expectSuccessfulHandlerExecution()
                .expectEvents(productCreated());
    }

    @Test
    void canCreateProductKeepingSkuAsTypedAndStrippingNameAndDescription() {
        fixture.givenNoPriorActivity()
                .when(new CreateProductCommand(PRODUCT_ID, "flour-t550/25", "  Wheat flour \t", KG,
                        new BigDecimal("12.5"), 0, "  25 kg sacks  ", null))
                .expectEvents(new ProductCreatedEvent(PRODUCT_ID, "flour-t550/25", "Wheat flour", KG,
                        Quantity.of(new BigDecimal("12.5"), KG), 0, "25 kg sacks", null));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\n"})
    void canCreateProductWithoutDescription(String description) {
        fixture.givenNoPriorActivity()
                .when(new CreateProductCommand(PRODUCT_ID, SKU, PRODUCT_NAME, KG, BigDecimal.ZERO, 7, description,
                        null))
                .expectEvents(new ProductCreatedEvent(PRODUCT_ID, SKU, PRODUCT_NAME, KG, kg("0"), 7, null, null));
    }

    @Test
    void canCreateProductAtTheLimitsOfSkuNameAndLeadTime() {
        String sku = "A" + "9._/-".repeat(12) + "Zz9";
        String name = "n".repeat(200);
        fixture.givenNoPriorActivity()
                .when(new CreateProductCommand(PRODUCT_ID, sku, name, "pcs", new BigDecimal("0.001"), 3650, null, null))
                .expectEvents(new ProductCreatedEvent(PRODUCT_ID, sku, name, "pcs",
                        Quantity.of(new BigDecimal("0.001"), "pcs"), 3650, null, null));
    }

    @Test
    void canCreateProductThatStockItemsCanThenBeOpenedFor() {
        fixture.givenNoPriorActivity()
                .when(createProduct())
                .expectSuccessfulHandlerExecution();

        assertEquals(Optional.of(KG), registry.productUnit(PRODUCT_ID));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " FLOUR", "-FLOUR", ".FLOUR", "FLOUR 25", "FLOUR#25", "MEHL-Ä",
            "A12345678901234567890123456789012345678901234567890123456789012345"})
    void cannotCreateProductWithMalformedSku(String sku) {
        fixture.givenNoPriorActivity()
                .when(new CreateProductCommand(PRODUCT_ID, sku, PRODUCT_NAME, KG, BigDecimal.TEN, 7, null, null))
                .expectException(invalid("sku"))
                .expectExceptionMessage(
                        "sku must be 1 to 64 letters, digits or . _ / - and start with a letter or digit")
                .expectNoEvents();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t\n"})
    void cannotCreateProductWithBlankName(String name) {
        assertCreateRefused(new CreateProductCommand(PRODUCT_ID, SKU, name, KG, BigDecimal.TEN, 7, null, null), "name",
                "name must be 1 to 200 characters");
    }

    @Test
    void cannotCreateProductWithNameLongerThan200Characters() {
        fixture.givenNoPriorActivity()
                .when(new CreateProductCommand(PRODUCT_ID, SKU, "n".repeat(201), KG, BigDecimal.TEN, 7, null, null))
                .expectException(invalid("name"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"-1", "-0.001"})
    void cannotCreateProductWithNegativeOrMissingReorderPoint(BigDecimal reorderPoint) {
        assertCreateRefused(new CreateProductCommand(PRODUCT_ID, SKU, PRODUCT_NAME, KG, reorderPoint, 7, null, null),
                "reorderPoint", "reorderPoint must be zero or more");
    }

    @Test
    void cannotCreateProductWithReorderPointOfMoreThanThreeDecimals() {
        assertCreateRefused(new CreateProductCommand(PRODUCT_ID, SKU, PRODUCT_NAME, KG, new BigDecimal("1.2345"), 7,
                null, null), "reorderPoint", "reorderPoint has more than 3 decimal places");
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 3651, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void cannotCreateProductWithLeadTimeOutOfRange(int leadTimeDays) {
        assertCreateRefused(new CreateProductCommand(PRODUCT_ID, SKU, PRODUCT_NAME, KG, BigDecimal.TEN, leadTimeDays,
                null, null), "leadTimeDays", "leadTimeDays must be between 0 and 3650");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "1kg", "k g", "kg.", "kilogrammes"})
    void cannotCreateProductWithInvalidUnit(String unit) {
        fixture.givenNoPriorActivity()
                .when(new CreateProductCommand(PRODUCT_ID, SKU, PRODUCT_NAME, unit, BigDecimal.TEN, 7, null, null))
                .expectException(invalid("unit"))
                .expectNoEvents();
    }

    @Test
    void cannotCreateProductWithDescriptionLongerThan2000Characters() {
        fixture.givenNoPriorActivity()
                .when(new CreateProductCommand(PRODUCT_ID, SKU, PRODUCT_NAME, KG, BigDecimal.TEN, 7, "d".repeat(2001),
                        null))
                .expectException(invalid("description"))
                .expectNoEvents();
    }

    @Test
    void cannotCreateProductWithSkuAnotherProductHoldsInAnyCase() {
        fixture.givenNoPriorActivity()
                .when(createProduct())
                .expectSuccessfulHandlerExecution();

        fixture.givenNoPriorActivity()
                .when(new CreateProductCommand(OTHER_PRODUCT_ID, SKU.toLowerCase(), "Other flour", KG,
                        BigDecimal.ONE, 3, null, null))
                .expectException(duplicate("sku"))
                .expectExceptionMessage("sku '" + SKU + "' is already used by " + PRODUCT_ID)
                .expectNoEvents();
    }

    @Test
    void canUpdateProduct() {
        fixture.given(productCreated())
                .when(new UpdateProductCommand(PRODUCT_ID, "  Wheat flour T550 organic ", new BigDecimal("75.5"), 14,
                        " Organic, 25 kg sacks ", null))
                .expectEvents(new ProductUpdatedEvent(PRODUCT_ID, "Wheat flour T550 organic",
                        Quantity.of(new BigDecimal("75.5"), KG), 14, "Organic, 25 kg sacks", null));
    }

    @Test
    void canUpdateProductWhoseReorderPointStaysInTheProductsUnit() {
        fixture.given(new ProductCreatedEvent(PRODUCT_ID, "BOLT-M8", "Bolt M8", "pcs", Quantity.of(BigDecimal.TEN, "pcs"),
                        2, null, null))
                .when(new UpdateProductCommand(PRODUCT_ID, "Bolt M8 zinc", new BigDecimal("250"), 5, "   ", null))
                .expectEvents(new ProductUpdatedEvent(PRODUCT_ID, "Bolt M8 zinc",
                        Quantity.of(new BigDecimal("250"), "pcs"), 5, null, null));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void cannotUpdateProductWithBlankName(String name) {
        assertUpdateRefused(new UpdateProductCommand(PRODUCT_ID, name, BigDecimal.TEN, 7, null, null), "name",
                "name must be 1 to 200 characters");
    }

    @Test
    void cannotUpdateProductWithNegativeReorderPoint() {
        assertUpdateRefused(new UpdateProductCommand(PRODUCT_ID, PRODUCT_NAME, new BigDecimal("-5"), 7, null, null),
                "reorderPoint", "reorderPoint must be zero or more");
    }

    @Test
    void cannotUpdateProductWithReorderPointOfMoreThanThreeDecimals() {
        assertUpdateRefused(new UpdateProductCommand(PRODUCT_ID, PRODUCT_NAME, new BigDecimal("0.0001"), 7, null,
                null), "reorderPoint", "reorderPoint has more than 3 decimal places");
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 3651})
    void cannotUpdateProductWithLeadTimeOutOfRange(int leadTimeDays) {
        assertUpdateRefused(new UpdateProductCommand(PRODUCT_ID, PRODUCT_NAME, BigDecimal.TEN, leadTimeDays, null,
                null), "leadTimeDays", "leadTimeDays must be between 0 and 3650");
    }

    @Test
    void cannotUpdateProductWithDescriptionLongerThan2000Characters() {
        fixture.given(productCreated())
                .when(new UpdateProductCommand(PRODUCT_ID, PRODUCT_NAME, BigDecimal.TEN, 7, "d".repeat(2001), null))
                .expectException(invalid("description"))
                .expectNoEvents();
    }

    @Test
    void canCreateProductWithCategoryStripped() {
        fixture.givenNoPriorActivity()
                .when(new CreateProductCommand(PRODUCT_ID, SKU, PRODUCT_NAME, KG, BigDecimal.TEN, 7, null,
                        "  Dry goods \t"))
                .expectEvents(new ProductCreatedEvent(PRODUCT_ID, SKU, PRODUCT_NAME, KG, kg("10"), 7, null,
                        "Dry goods"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t"})
    void canCreateProductUncategorised(String category) {
        fixture.givenNoPriorActivity()
                .when(new CreateProductCommand(PRODUCT_ID, SKU, PRODUCT_NAME, KG, BigDecimal.TEN, 7, null, category))
                .expectEvents(new ProductCreatedEvent(PRODUCT_ID, SKU, PRODUCT_NAME, KG, kg("10"), 7, null, null));
    }

    @Test
    void canCreateProductWithCategoryOf100CharactersAfterStripping() {
        String category = "c".repeat(100);
        fixture.givenNoPriorActivity()
                .when(new CreateProductCommand(PRODUCT_ID, SKU, PRODUCT_NAME, KG, BigDecimal.TEN, 7, null,
                        "  " + category + "  "))
                .expectEvents(new ProductCreatedEvent(PRODUCT_ID, SKU, PRODUCT_NAME, KG, kg("10"), 7, null,
                        category));
    }

    @Test
    void cannotCreateProductWithCategoryLongerThan100Characters() {
        assertCreateRefused(new CreateProductCommand(PRODUCT_ID, SKU, PRODUCT_NAME, KG, BigDecimal.TEN, 7, null,
                "c".repeat(101)), "category", "category must be at most 100 characters");
    }

    @Test
    void canChangeProductCategory() {
        fixture.given(productCreated())
                .when(new UpdateProductCommand(PRODUCT_ID, PRODUCT_NAME, new BigDecimal("50"), 7, "25 kg sacks",
                        " Flour "))
                .expectEvents(new ProductUpdatedEvent(PRODUCT_ID, PRODUCT_NAME, kg("50"), 7, "25 kg sacks",
                        "Flour"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void canClearProductCategory(String category) {
        fixture.given(productCreated())
                .when(new UpdateProductCommand(PRODUCT_ID, PRODUCT_NAME, new BigDecimal("50"), 7, "25 kg sacks",
                        category))
                .expectEvents(new ProductUpdatedEvent(PRODUCT_ID, PRODUCT_NAME, kg("50"), 7, "25 kg sacks", null));
    }

    @Test
    void cannotUpdateProductWithCategoryLongerThan100Characters() {
        fixture.given(productCreated())
                .when(new UpdateProductCommand(PRODUCT_ID, PRODUCT_NAME, BigDecimal.TEN, 7, null, "c".repeat(101)))
                .expectException(invalid("category"))
                .expectNoEvents();
    }

    @Test
    void cannotUpdateUnknownProduct() {
        fixture.givenNoPriorActivity()
                .when(new UpdateProductCommand(PRODUCT_ID, PRODUCT_NAME, BigDecimal.TEN, 7, null, null))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void canCreateProductWithHandlingWeightPriceAndCost() {
        fixture.givenNoPriorActivity()
                .when(new CreateProductCommand(PRODUCT_ID, SKU, PRODUCT_NAME, KG, BigDecimal.TEN, 7, null, null,
                        new ProductDetails(true, 21, new BigDecimal("2.0"), new BigDecimal("8"), " On-Receipt ",
                                new BigDecimal("25.000"), new BigDecimal("12.5"), new BigDecimal("7.1234"), "eur")))
                .expectEvents(new ProductCreatedEvent(PRODUCT_ID, SKU, PRODUCT_NAME, KG, kg("10"), 7, null, null,
                        new ProductAttributes(true, 21, new BigDecimal("2"), new BigDecimal("8"), "on-receipt",
                                new BigDecimal("25"), Money.of(new BigDecimal("12.50"), "EUR"),
                                Money.of(new BigDecimal("7.1234"), "EUR"))));
    }

    @Test
    void canCreateProductWithoutAnyDetailAsNotPerishableAndNotInspected() {
        fixture.givenNoPriorActivity()
                .when(new CreateProductCommand(PRODUCT_ID, SKU, PRODUCT_NAME, KG, BigDecimal.TEN, 7, null, null,
                        ProductDetails.NONE))
                .expectEvents(new ProductCreatedEvent(PRODUCT_ID, SKU, PRODUCT_NAME, KG, kg("10"), 7, null, null,
                        new ProductAttributes(false, null, null, null, "none", null, null, null)));
    }

    @Test
    void canCreateProductWithACostAloneAndAFreeItem() {
        fixture.givenNoPriorActivity()
                .when(new CreateProductCommand(PRODUCT_ID, SKU, PRODUCT_NAME, KG, BigDecimal.TEN, 7, null, null,
                        new ProductDetails(null, null, null, null, null, null, BigDecimal.ZERO, new BigDecimal("3"),
                                "CHF")))
                .expectEvents(new ProductCreatedEvent(PRODUCT_ID, SKU, PRODUCT_NAME, KG, kg("10"), 7, null, null,
                        new ProductAttributes(false, null, null, null, "none", null, Money.zero("CHF"),
                                Money.of(new BigDecimal("3"), "CHF"))));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 3651})
    void cannotCreateProductWithShelfLifeOutOfRange(int days) {
        assertCreateRefused(withDetails(new ProductDetails(true, days, null, null, null, null, null, null, null)),
                "shelfLifeDays", "shelfLifeDays must be between 1 and 3650");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-100.1", "100.5", "1E+3"})
    void cannotCreateProductStoredOutsideThePossibleTemperatures(BigDecimal celsius) {
        assertCreateRefused(withDetails(new ProductDetails(null, null, celsius, null, null, null, null, null, null)),
                "storageTemperatureMinC", "storageTemperatureMinC must be between -100 and 100");
    }

    @Test
    void cannotCreateProductWithTemperatureInHundredths() {
        assertCreateRefused(withDetails(new ProductDetails(null, null, null, new BigDecimal("4.25"), null, null, null,
                null, null)), "storageTemperatureMaxC", "storageTemperatureMaxC has more than 1 decimal place");
    }

    @Test
    void cannotCreateProductWhoseHighestStorageTemperatureIsBelowTheLowest() {
        assertCreateRefused(withDetails(new ProductDetails(null, null, new BigDecimal("8"), new BigDecimal("2"), null,
                null, null, null, null)), "storageTemperatureMaxC",
                "storageTemperatureMaxC must not be below storageTemperatureMinC");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "always", "on receipt", "on-dispatch"})
    void cannotCreateProductWithUnknownInspection(String inspection) {
        assertCreateRefused(withDetails(new ProductDetails(null, null, null, null, inspection, null, null, null,
                null)), "inspection", "inspection must be none, on-receipt or on-receipt-and-dispatch");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "100000.001", "0.0001"})
    void cannotCreateProductWithImpossibleWeight(BigDecimal kg) {
        fixture.givenNoPriorActivity()
                .when(withDetails(new ProductDetails(null, null, null, null, null, kg, null, null, null)))
                .expectException(invalid("weightKg"))
                .expectNoEvents();
    }

    @Test
    void cannotCreateProductWithNegativePrice() {
        assertCreateRefused(withDetails(new ProductDetails(null, null, null, null, null, null, new BigDecimal("-0.01"),
                null, "EUR")), "price", "price must be zero or more");
    }

    @Test
    void cannotCreateProductWithCostBeyondAnyAmountOfMoney() {
        assertCreateRefused(withDetails(new ProductDetails(null, null, null, null, null, null, null,
                new BigDecimal("1000000000000.01"), "EUR")), "cost", "cost must be between -1000000000000 and "
                + "1000000000000");
    }

    @Test
    void cannotCreateProductWithPriceButNoCurrency() {
        assertCreateRefused(withDetails(new ProductDetails(null, null, null, null, null, null, BigDecimal.ONE, null,
                " ")), "currency", "currency is required with a price or a cost");
    }

    @Test
    void cannotCreateProductWithCurrencyButNeitherPriceNorCost() {
        assertCreateRefused(withDetails(new ProductDetails(null, null, null, null, null, null, null, null, "EUR")),
                "currency", "currency needs a price or a cost to apply to");
    }

    @ParameterizedTest
    @ValueSource(strings = {"EU", "EURO", "XYZ", "12€"})
    void cannotCreateProductPricedInUnknownCurrency(String currency) {
        assertCreateRefused(withDetails(new ProductDetails(null, null, null, null, null, null, BigDecimal.ONE, null,
                currency)), "currency", "currency must be an ISO 4217 currency code such as EUR");
    }

    @Test
    void canChangeProductPriceAndClearItsOtherDetails() {
        fixture.given(new ProductCreatedEvent(PRODUCT_ID, SKU, PRODUCT_NAME, KG, kg("10"), 7, null, null,
                        new ProductAttributes(true, 5, null, null, "on-receipt", null, null, null)))
                .when(new UpdateProductCommand(PRODUCT_ID, PRODUCT_NAME, BigDecimal.TEN, 7, null, null,
                        new ProductDetails(null, null, null, null, null, null, new BigDecimal("4.99"), null, "USD")))
                .expectEvents(new ProductUpdatedEvent(PRODUCT_ID, PRODUCT_NAME, kg("10"), 7, null, null,
                        new ProductAttributes(false, null, null, null, "none", null,
                                Money.of(new BigDecimal("4.99"), "USD"), null)));
    }

    @Test
    void cannotUpdateProductWithCostInNoCurrency() {
        assertUpdateRefused(new UpdateProductCommand(PRODUCT_ID, PRODUCT_NAME, BigDecimal.TEN, 7, null, null,
                new ProductDetails(null, null, null, null, null, null, null, BigDecimal.ONE, null)), "currency",
                "currency is required with a price or a cost");
    }

    private static CreateProductCommand withDetails(ProductDetails details) {
        return new CreateProductCommand(PRODUCT_ID, SKU, PRODUCT_NAME, KG, BigDecimal.TEN, 7, null, null, details);
    }

    /** A new product's command is refused for {@code field} with {@code message}, and nothing happens. */
    private void assertCreateRefused(Object command, String field, String message) {
        fixture.givenNoPriorActivity()
                .when(command)
                .expectException(invalid(field))
                .expectExceptionMessage(message)
                .expectNoEvents();
    }

    /** An existing product's command is refused for {@code field} with {@code message}, and nothing happens. */
    private void assertUpdateRefused(Object command, String field, String message) {
        fixture.given(productCreated())
                .when(command)
                .expectException(invalid(field))
                .expectExceptionMessage(message)
                .expectNoEvents();
    }
}
