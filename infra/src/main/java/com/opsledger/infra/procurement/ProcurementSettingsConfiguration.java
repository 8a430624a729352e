package com.opsledger.infra.procurement;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The procurement settings the command side's rules read through their ports. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApprovalProperties.class)
public class ProcurementSettingsConfiguration {
}
