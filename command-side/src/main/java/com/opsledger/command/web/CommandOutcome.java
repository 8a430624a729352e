package com.opsledger.command.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What the commands of the current request leave for its answer's headers, kept in request attributes: the
 * correlation id they carry ({@code X-Correlation-Id}) and whether the read models show them ({@code X-Read-Models}).
 */
public final class CommandOutcome {

    public static final String CORRELATION_HEADER = "X-Correlation-Id";
    public static final String CONSISTENCY_HEADER = "X-Read-Models";
    private static final String CORRELATION = CommandOutcome.class.getName() + ".correlationId";
    private static final String CONSISTENCY = CommandOutcome.class.getName() + ".readModels";
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private CommandOutcome() {
    }

    /** The request being handled on this thread; null outside one (sagas, schedulers, start-up). */
    static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }

    /** The request's correlation id: its {@code X-Correlation-Id} when that is a safe id, else a new one. */
    public static String correlationId(HttpServletRequest request) {
        if (request.getAttribute(CORRELATION) instanceof String known) {
            return known;
        }
        String correlationId = request.getHeader(CORRELATION_HEADER);
        if (correlationId == null || !SAFE_ID.matcher(correlationId).matches()) {
            correlationId = UUID.randomUUID().toString();
        }
        request.setAttribute(CORRELATION, correlationId);
        return correlationId;
    }

    static void readModels(boolean current) {
        HttpServletRequest request = currentRequest();
        if (request != null) {
            request.setAttribute(CONSISTENCY, current ? "current" : "pending");
        }
    }

    /** The correlation id the request's commands carried; null when it sent none. */
    public static String correlationIdOf(HttpServletRequest request) {
        return (String) request.getAttribute(CORRELATION);
    }

    /** {@code current} or {@code pending} after a command succeeded; null when none did. */
    public static String readModelsOf(HttpServletRequest request) {
        return (String) request.getAttribute(CONSISTENCY);
    }
}
