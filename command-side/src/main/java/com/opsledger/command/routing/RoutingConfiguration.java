package com.opsledger.command.routing;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

/** The route planner with this installation's settings ({@code opsledger.routes.*}) and great-circle distances. */
@Configuration(proxyBeanMethods = false)
class RoutingConfiguration {

    @Bean
    DistanceSource distanceSource() {
        return new GreatCircleDistances();
    }

    @Bean
    RoutePlanner routePlanner(DistanceSource distances,
                              @Value("${opsledger.routes.solver-iterations:300}") int iterations,
                              @Value("${opsledger.routes.departure-time:08:00}") LocalTime departureTime,
                              @Value("${opsledger.routes.zone:UTC}") ZoneId zone,
                              @Value("${opsledger.routes.average-speed-kmh:30}") double speedKmh,
                              @Value("${opsledger.routes.service-time:5m}") Duration serviceTime) {
        return new RoutePlanner(distances, iterations, departureTime, zone, speedKmh, serviceTime);
    }
}
