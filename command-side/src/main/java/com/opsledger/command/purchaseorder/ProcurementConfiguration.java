package com.opsledger.command.purchaseorder;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.math.BigDecimal;

/** The named procurement rules with their configured values ({@code opsledger.procurement.*}). */
@Configuration(proxyBeanMethods = false)
class ProcurementConfiguration {

    @Bean
    ApprovalPolicy approvalPolicy(
            @Value("${opsledger.procurement.approval.manager-threshold:1000}") BigDecimal managerThreshold,
            @Value("${opsledger.procurement.approval.admin-threshold:10000}") BigDecimal adminThreshold) {
        return new ApprovalPolicy(managerThreshold, adminThreshold);
    }

    @Bean
    ReceiptTolerance receiptTolerance(
            @Value("${opsledger.procurement.over-receipt-tolerance-percent:5}") BigDecimal percent) {
        return new ReceiptTolerance(percent);
    }
}
