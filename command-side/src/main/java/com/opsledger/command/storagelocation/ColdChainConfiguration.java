package com.opsledger.command.storagelocation;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

@Configuration(proxyBeanMethods = false)
class ColdChainConfiguration {

    @Bean
    ColdChainSettings coldChainSettings(@Value("${opsledger.cold-chain.excursion-grace:10m}") Duration grace,
                                        @Value("${opsledger.cold-chain.sensor-silence:30m}") Duration silence) {
        return new ColdChainSettings(grace, silence);
    }
}
