package com.opsledger.command.storagelocation;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

@Configuration(proxyBeanMethods = false)
class ColdChainConfiguration {

    @Bean
    ColdChainSettings coldChainSettings(@Value("${opsledger.cold-chain.excursion-grace:10m}") Duration grace) {
        return new ColdChainSettings(grace);
    }
}
