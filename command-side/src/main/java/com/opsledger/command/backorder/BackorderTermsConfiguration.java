package com.opsledger.command.backorder;

import com.opsledger.kernel.customer.CustomerTier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;
import java.util.Map;

/** {@code opsledger.orders.sla.*} and {@code opsledger.orders.priority.*}, per customer tier. */
@Configuration(proxyBeanMethods = false)
class BackorderTermsConfiguration {

    @Bean
    BackorderTerms backorderTerms(@Value("${opsledger.orders.sla.gold:7d}") Duration gold,
                                  @Value("${opsledger.orders.sla.silver:10d}") Duration silver,
                                  @Value("${opsledger.orders.sla.standard:14d}") Duration standard,
                                  @Value("${opsledger.orders.sla.at-risk-before:2d}") Duration atRiskBefore,
                                  @Value("${opsledger.orders.priority.gold:300}") int goldPriority,
                                  @Value("${opsledger.orders.priority.silver:200}") int silverPriority,
                                  @Value("${opsledger.orders.priority.standard:100}") int standardPriority) {
        return new BackorderTerms(
                Map.of(CustomerTier.GOLD, gold, CustomerTier.SILVER, silver, CustomerTier.STANDARD, standard),
                Map.of(CustomerTier.GOLD, goldPriority, CustomerTier.SILVER, silverPriority,
                        CustomerTier.STANDARD, standardPriority),
                atRiskBefore);
    }
}
