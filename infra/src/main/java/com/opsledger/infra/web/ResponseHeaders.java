package com.opsledger.infra.web;

import com.opsledger.command.web.CommandOutcome;
import com.opsledger.command.web.IdResponse;
import com.opsledger.kernel.common.Versioned;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

import java.util.function.BiConsumer;

/**
 * The headers every answer derives from what was done: {@code X-Correlation-Id} and {@code X-Read-Models} after a
 * command ({@link CommandOutcome}), 201 with {@code Location} for a created record, {@code ETag} for a
 * {@link Versioned} view. Answers with a body get them as the body is written; those without one (204) after the
 * handler returns.
 */
@RestControllerAdvice
class ResponseHeaders implements ResponseBodyAdvice<Object>, HandlerInterceptor {

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        HttpHeaders headers = response.getHeaders();
        if (request instanceof ServletServerHttpRequest servlet) {
            commandOutcome(servlet.getServletRequest(), headers::set);
        }
        if (body instanceof IdResponse created && created.location() != null) {
            response.setStatusCode(HttpStatus.CREATED);
            headers.set(HttpHeaders.LOCATION, created.location());
        }
        if (body instanceof Versioned view) {
            headers.setETag(Long.toString(view.version()));
        }
        return body;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView modelAndView) {
        if (!response.isCommitted()) {
            commandOutcome(request, response::setHeader);
        }
    }

    private static void commandOutcome(HttpServletRequest request, BiConsumer<String, String> header) {
        String correlationId = CommandOutcome.correlationIdOf(request);
        if (correlationId != null) {
            header.accept(CommandOutcome.CORRELATION_HEADER, correlationId);
        }
        String readModels = CommandOutcome.readModelsOf(request);
        if (readModels != null) {
            header.accept(CommandOutcome.CONSISTENCY_HEADER, readModels);
        }
    }
}
