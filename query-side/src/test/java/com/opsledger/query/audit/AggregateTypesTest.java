package com.opsledger.query.audit;

import com.opsledger.kernel.common.InvalidValueException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AggregateTypesTest {

    @Test
    void canReadTheResourceNamesOfTodaysAndTomorrowsAggregates() {
        assertThat(AggregateTypes.canonical("aggregateType", "stock-items")).isEqualTo("StockItem");
        assertThat(AggregateTypes.canonical("aggregateType", "products")).isEqualTo("Product");
        assertThat(AggregateTypes.canonical("aggregateType", "warehouses")).isEqualTo("Warehouse");
        assertThat(AggregateTypes.canonical("aggregateType", "purchase-orders")).isEqualTo("PurchaseOrder");
        assertThat(AggregateTypes.canonical("aggregateType", "deliveries")).isEqualTo("Delivery");
        assertThat(AggregateTypes.canonical("aggregateType", "orders")).isEqualTo("CustomerOrder");
        assertThat(AggregateTypes.canonical("aggregateType", "users")).isEqualTo("UserAccount");
        assertThat(AggregateTypes.canonical("aggregateType", "quality-checks")).isEqualTo("QualityCheck");
        assertThat(AggregateTypes.canonical("aggregateType", "backorders")).isEqualTo("Backorder");
        assertThat(AggregateTypes.canonical("aggregateType", "StockItem")).isEqualTo("StockItem");
    }

    @Test
    void cannotReadANameOfNeitherForm() {
        assertThatThrownBy(() -> AggregateTypes.canonical("aggregateType", "stock_items"))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("aggregateType"));
        assertThatThrownBy(() -> AggregateTypes.canonical("aggregateType", "Stock-Items"))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void canNameAnEventTypeByItsSimpleName() {
        assertThat(AggregateTypes.simpleName("com.opsledger.kernel.stockitem.StockReceivedEvent"))
                .isEqualTo("StockReceivedEvent");
        assertThat(AggregateTypes.simpleName("com.example.Outer$InnerEvent")).isEqualTo("InnerEvent");
    }
}
