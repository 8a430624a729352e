package com.opsledger.command.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Sends a command with the audit metadata its events will carry (who, from where, correlation), then holds the
 * answer until the read models show the change.
 */
@Component
public class CommandSender {

    public static final String CORRELATION_HEADER = "X-Correlation-Id";
    public static final String CONSISTENCY_HEADER = "X-Read-Models";
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private final CommandGateway gateway;
    private final ReadYourWrites readYourWrites;

    public CommandSender(CommandGateway gateway, ReadYourWrites readYourWrites) {
        this.gateway = gateway;
        this.readYourWrites = readYourWrites;
    }

    public <R> R send(Object command, String aggregateId, HttpServletRequest request, HttpServletResponse response) {
        String userId = request.getUserPrincipal() == null ? "system" : request.getUserPrincipal().getName();
        return sendAs(userId, command, aggregateId, request, response);
    }

    /** Sends on behalf of {@code userId}: for the requests that establish who the user is, such as signing in. */
    public <R> R sendAs(String userId, Object command, String aggregateId, HttpServletRequest request,
                        HttpServletResponse response) {
        R result = gateway.sendAndWait(command, metadata(userId, request, response));
        boolean current = readYourWrites.awaitReadModels(aggregateId);
        response.setHeader(CONSISTENCY_HEADER, current ? "current" : "pending");
        return result;
    }

    private static MetaData metadata(String userId, HttpServletRequest request, HttpServletResponse response) {
        Map<String, Object> values = new HashMap<>();
        values.put("userId", userId);
        values.put("clientIp", request.getRemoteAddr());
        String userAgent = request.getHeader("User-Agent");
        if (userAgent != null) {
            values.put("userAgent", userAgent.length() > 200 ? userAgent.substring(0, 200) : userAgent);
        }
        String correlationId = request.getHeader(CORRELATION_HEADER);
        if (correlationId == null || !SAFE_ID.matcher(correlationId).matches()) {
            correlationId = UUID.randomUUID().toString();
        }
        values.put("correlationId", correlationId);
        values.put("requestMethod", request.getMethod());
        values.put("requestPath", request.getRequestURI());
        response.setHeader(CORRELATION_HEADER, correlationId);
        return MetaData.from(values);
    }
}
