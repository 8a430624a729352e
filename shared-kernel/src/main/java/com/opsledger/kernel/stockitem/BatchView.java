package com.opsledger.kernel.stockitem;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A quantity of one batch. On a stock item, {@code quarantined} is how much of it quality holds (zero when none);
 * where a batch is a movement or a line rather than stock held, it is left out.
 */
public record BatchView(String batch, LocalDate expiryDate, BigDecimal quantity,
                        @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal quarantined) {

    @JsonCreator
    public BatchView {
    }

    public BatchView(String batch, LocalDate expiryDate, BigDecimal quantity) {
        this(batch, expiryDate, quantity, null);
    }
}
