package com.opsledger.command.purchaseorder;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.math.BigDecimal;

/** The named procurement rules with their configured values ({@code opsledger.procurement.*}). */
@Configuration(proxyBeanMethods = false)
class ProcurementConfiguration {

    @Bean
    ApprovalPolicy approvalPolicy(ApprovalSettings settings) {
        return ApprovalPolicy.of(settings);
    }

    @Bean
    ReceiptTolerance receiptTolerance(
            @Value("${opsledger.procurement.over-receipt-tolerance-percent:5}") BigDecimal percent) {
        return new ReceiptTolerance(percent);
    }
}
