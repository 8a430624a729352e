package com.opsledger.infra.logging;

import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.MDC;

import javax.annotation.Nonnull;

/**
 * Outside a request (an event processor, a process manager's command, a deadline) the message being handled names
 * the correlation id it carries along: it is in the logging context while the message is handled, and what was
 * there before is back afterwards.
 */
class CorrelationIdLogging<T extends Message<?>> implements MessageHandlerInterceptor<T> {

    static final String METADATA_KEY = "correlationId";

    @Override
    public Object handle(@Nonnull UnitOfWork<? extends T> unitOfWork, @Nonnull InterceptorChain chain)
            throws Exception {
        Object correlationId = unitOfWork.getMessage().getMetaData().get(METADATA_KEY);
        if (correlationId == null) {
            return chain.proceed();
        }
        String before = MDC.get(CorrelationIdFilter.MDC_KEY);
        MDC.put(CorrelationIdFilter.MDC_KEY, correlationId.toString());
        try {
            return chain.proceed();
        } finally {
            if (before == null) {
                MDC.remove(CorrelationIdFilter.MDC_KEY);
            } else {
                MDC.put(CorrelationIdFilter.MDC_KEY, before);
            }
        }
    }
}
