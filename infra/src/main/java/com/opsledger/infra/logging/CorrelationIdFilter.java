package com.opsledger.infra.logging;

import com.opsledger.command.web.CommandOutcome;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Every request has a correlation id from its first filter on: the client's {@code X-Correlation-Id} when that is a
 * safe id, else a new one. It is in the logging context ({@link #MDC_KEY}) for every line logged while the request is
 * handled, in the metadata of the commands it sends (and so of their events), and in the answer's
 * {@code X-Correlation-Id}, refusals included, so a person can quote it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class CorrelationIdFilter extends OncePerRequestFilter {

    public static final String MDC_KEY = "correlationId";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String correlationId = CommandOutcome.correlationId(request);
        response.setHeader(CommandOutcome.CORRELATION_HEADER, correlationId);
        MDC.put(MDC_KEY, correlationId);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(MDC_KEY);
        }
    }
}
