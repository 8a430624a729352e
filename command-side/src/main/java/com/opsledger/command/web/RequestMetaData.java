package com.opsledger.command.web;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Gives a command sent while a request is handled the audit metadata its events will carry: who (the signed-in
 * user, else {@code system}), from where, with which client, by which request, and the request's correlation id.
 * What the message carries already is kept: a sender acting on behalf of someone, or what a command handled in the
 * request passes on to the commands it sends. Outside a request (sagas, schedulers) a command passes unchanged.
 */
public class RequestMetaData implements MessageDispatchInterceptor<CommandMessage<?>> {

    private static final int MAX_USER_AGENT = 200;

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
            List<? extends CommandMessage<?>> messages) {
        return (index, message) -> {
            HttpServletRequest request = CommandOutcome.currentRequest();
            if (request == null) {
                return message;
            }
            Map<String, Object> values = of(request);
            values.keySet().removeAll(message.getMetaData().keySet());
            return values.isEmpty() ? message : message.andMetaData(values);
        };
    }

    private static Map<String, Object> of(HttpServletRequest request) {
        Map<String, Object> values = new HashMap<>();
        values.put("userId", request.getUserPrincipal() == null ? "system" : request.getUserPrincipal().getName());
        values.put("clientIp", request.getRemoteAddr());
        String userAgent = request.getHeader("User-Agent");
        if (userAgent != null) {
            values.put("userAgent", userAgent.length() > MAX_USER_AGENT
                    ? userAgent.substring(0, MAX_USER_AGENT) : userAgent);
        }
        values.put("correlationId", CommandOutcome.correlationId(request));
        values.put("requestMethod", request.getMethod());
        values.put("requestPath", request.getRequestURI());
        return values;
    }
}
