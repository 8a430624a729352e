package com.opsledger.command.lookup;

import com.opsledger.kernel.common.Money;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What an aggregate may consult about a product as of the last command: whether it perishes and in how many days,
 * which inspection its goods get, its weight per unit in kg, and its list price and cost (null when not known).
 */
public interface ProductFacts {

    Optional<Facts> of(String productId);

    record Facts(boolean perishable, Integer shelfLifeDays, String inspection, BigDecimal weightKg, Money price,
                 Money cost) {
    }
}
