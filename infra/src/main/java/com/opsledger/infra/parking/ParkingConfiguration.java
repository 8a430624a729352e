package com.opsledger.infra.parking;

import com.opsledger.infra.axon.ProcessingGroups;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A bad event must never stall a projection: in the shared processors a handler's failure parks the event for that
 * projection alone ({@link ParkingErrorHandler}, {@link ParkingHandlerEnhancer}) and the rest go on.
 * <ul>
 *   <li>{@code read-models-postgres}: a failing event is parked, the batch rolled back and retried without it (what
 *   the failing handler wrote goes with the rollback); with {@code opsledger.parking.savepoints=true} each handler's
 *   database work runs in a savepoint of the batch's transaction instead, so that a failure costs no retry of the
 *   batch but every event costs a savepoint per handler (two round trips), which is why it is off by default;</li>
 *   <li>{@code read-models-elastic}: a handler's failure parks its event, and the bulk of the others goes on;</li>
 *   <li>{@code process-managers}: one event per transaction; a failing one is parked, its transaction rolled back (a
 *   command it sent and the saga's state with it), and the processor goes on past it after one retry.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
public class ParkingConfiguration {

    @Bean
    public ConfigurerModule parkingFailedEvents(ParkedEvents parked,
                                                @Value("${opsledger.parking.savepoints:false}") boolean savepoints) {
        return configurer -> {
            configurer.eventProcessing().registerDefaultListenerInvocationErrorHandler(config ->
                    new ParkingErrorHandler(parked));
            configurer.eventProcessing().registerHandlerInterceptor(ProcessingGroups.POSTGRES,
                    config -> marking(savepoints, !savepoints));
            configurer.eventProcessing().registerHandlerInterceptor(ProcessingGroups.ELASTIC,
                    config -> marking(false, false));
            configurer.eventProcessing().registerHandlerInterceptor(ProcessingGroups.PROCESS_MANAGERS,
                    config -> marking(false, true));
        };
    }

    private static MessageHandlerInterceptor<EventMessage<?>> marking(boolean savepoints, boolean retryWithout) {
        return (unitOfWork, chain) -> {
            unitOfWork.getOrComputeResource(Parking.RESOURCE, key -> Parking.batch(savepoints, retryWithout));
            return chain.proceed();
        };
    }
}
