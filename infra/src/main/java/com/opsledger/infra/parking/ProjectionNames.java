package com.opsledger.infra.parking;

import com.opsledger.infra.axon.ProcessingGroups;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.modelling.saga.AnnotatedSaga;
import org.springframework.core.annotation.AnnotatedElementUtils;

import java.util.Set;

/** The projection (processing group) a handler class belongs to, as Axon names it, and whether it parks. */
final class ProjectionNames {

    private static final Set<String> PARKING = Set.of(ProcessingGroups.POSTGRES, ProcessingGroups.ELASTIC,
            ProcessingGroups.PROCESS_MANAGERS);

    private ProjectionNames() {
    }

    /** {@code @ProcessingGroup}'s value, else Axon's default: a saga's simple name and "Processor", a handler's package. */
    static String of(Class<?> handlerType, boolean saga) {
        ProcessingGroup group = AnnotatedElementUtils.findMergedAnnotation(handlerType, ProcessingGroup.class);
        if (group != null) {
            return group.value();
        }
        return saga ? handlerType.getSimpleName() + "Processor" : handlerType.getPackageName();
    }

    static String of(EventMessageHandler handler) {
        if (handler instanceof AnnotatedSaga<?> saga) {
            return of(saga.root().getClass(), true);
        }
        return of(handler.getTargetType(), false);
    }

    /** Whether the projection runs in a shared processor, whose failing events are parked. */
    static boolean parks(String projection) {
        return PARKING.contains(ProcessingGroups.processorOf(projection));
    }
}
