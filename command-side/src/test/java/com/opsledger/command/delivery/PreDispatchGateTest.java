package com.opsledger.command.delivery;

import com.opsledger.command.lookup.ProductFacts;
import com.opsledger.kernel.common.Quantity;
import com.opsledger.kernel.delivery.DeliveryLine;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PreDispatchGateTest {

    private static final ProductFacts PRODUCTS = id -> Optional.ofNullable(Map.of(
            "milk", new ProductFacts.Facts(true, 10, PreDispatchGate.ON_DISPATCH, null, null, null),
            "salt", new ProductFacts.Facts(false, null, "on-receipt", null, null, null)).get(id));
    private static final PreDispatchGate.Batches TWO_BATCHES = (stockItemId, quantity) ->
            Arrays.asList("B-1", null);

    private static DeliveryLine line(String productId) {
        return new DeliveryLine("l-" + productId, productId, "s-" + productId, Quantity.of(new BigDecimal("5"),
                "pcs"), List.of("r-1"));
    }

    private static PreDispatchGate.Checks passed(String... batches) {
        Set<String> ok = Set.of(batches);
        return (productId, warehouseId, batch) -> warehouseId.equals("w-1") && ok.contains(batch == null ? "" : batch);
    }

    @Test
    void cannotDispatchABatchOfAProductInspectedOnDispatchWithoutAPassedCheck() {
        List<String> missing = PreDispatchGate.missing("w-1", List.of(line("milk")), PRODUCTS, TWO_BATCHES,
                passed("B-1"));
        assertThat(missing).containsExactly("stock without a batch of product milk has no passed pre-dispatch "
                + "quality check");
        assertThat(PreDispatchGate.missing("w-2", List.of(line("milk")), PRODUCTS, TWO_BATCHES, passed("B-1", "")))
                .as("checked in another warehouse").hasSize(2).first().asString().contains("batch B-1");
    }

    @Test
    void canDispatchWhenEveryBatchPassedOrTheProductIsNotInspectedOnDispatch() {
        assertThat(PreDispatchGate.missing("w-1", List.of(line("milk")), PRODUCTS, TWO_BATCHES, passed("B-1", "")))
                .isEmpty();
        assertThat(PreDispatchGate.missing("w-1", List.of(line("salt"), line("unknown")), PRODUCTS, TWO_BATCHES,
                passed())).isEmpty();
    }
}
