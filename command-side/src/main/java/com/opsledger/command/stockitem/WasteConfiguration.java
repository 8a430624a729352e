package com.opsledger.command.stockitem;

import com.opsledger.kernel.common.Money;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.math.BigDecimal;

@Configuration(proxyBeanMethods = false)
class WasteConfiguration {

    /** {@code opsledger.waste.approval-above}: an amount and its currency, such as {@code 500 EUR}. */
    @Bean
    WriteOffApproval writeOffApproval(@Value("${opsledger.waste.approval-above:500 EUR}") String limit) {
        String[] parts = limit.strip().split("\\s+");
        if (parts.length != 2) {
            throw new IllegalArgumentException("opsledger.waste.approval-above must be an amount and a currency, "
                    + "such as 500 EUR");
        }
        return new WriteOffApproval(Money.of(new BigDecimal(parts[0]), parts[1]));
    }
}
