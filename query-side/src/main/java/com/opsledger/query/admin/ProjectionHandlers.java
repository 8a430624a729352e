package com.opsledger.query.admin;

import org.axonframework.config.Configuration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.springframework.aop.support.AopUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every projection (an Axon processing group declared with {@code @ProcessingGroup}) and its event handlers, so that one
 * projection can be replayed or verified with its own handlers while the processor it shares with others goes on.
 */
@Component
class ProjectionHandlers {

    private final ApplicationContext context;
    private final Configuration axon;
    private volatile Map<String, List<String>> beansByProjection;

    ProjectionHandlers(ApplicationContext context, Configuration axon) {
        this.context = context;
        this.axon = axon;
    }

    /** The projections' names, sorted. */
    List<String> names() {
        return List.copyOf(beans().keySet());
    }

    /** Whether the projection is made of handler beans that all allow a replay (no process, no message sender). */
    boolean replayable(String projection) {
        List<String> beans = beans().getOrDefault(projection, List.of());
        return !beans.isEmpty() && beans.stream().allMatch(context::isSingleton) && invoker(projection).supportsReset();
    }

    /** The handlers of one projection only, as Axon would invoke them. */
    EventHandlerInvoker invoker(String projection) {
        List<Object> handlers = new ArrayList<>();
        for (String bean : beans().getOrDefault(projection, List.of())) {
            if (context.isSingleton(bean)) {
                handlers.add(context.getBean(bean));
            }
        }
        if (handlers.isEmpty()) {
            throw new IllegalStateException("projection " + projection + " has no event handler beans");
        }
        return SimpleEventHandlerInvoker.builder()
                .eventHandlers(handlers)
                .parameterResolverFactory(axon.parameterResolverFactory())
                .handlerDefinition(axon.handlerDefinition(AopUtils.getTargetClass(handlers.get(0))))
                .build();
    }

    private Map<String, List<String>> beans() {
        Map<String, List<String>> found = beansByProjection;
        if (found == null) {
            found = new TreeMap<>();
            for (String bean : context.getBeanNamesForAnnotation(ProcessingGroup.class)) {
                ProcessingGroup group = context.findAnnotationOnBean(bean, ProcessingGroup.class);
                if (group != null) {
                    found.computeIfAbsent(group.value(), g -> new ArrayList<>()).add(bean);
                }
            }
            beansByProjection = found;
        }
        return found;
    }
}
