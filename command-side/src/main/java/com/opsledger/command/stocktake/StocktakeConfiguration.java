package com.opsledger.command.stocktake;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.math.BigDecimal;

/** {@code opsledger.stocktakes.approval.*}: the variances beyond which a manager approves a stocktake. */
@Configuration(proxyBeanMethods = false)
class StocktakeConfiguration {

    @Bean
    VarianceLimits stocktakeVarianceLimits(
            @Value("${opsledger.stocktakes.approval.max-quantity:10}") BigDecimal maxQuantity,
            @Value("${opsledger.stocktakes.approval.max-value:100}") BigDecimal maxValue) {
        return new VarianceLimits(maxQuantity, maxValue);
    }
}
