package com.opsledger.query.common;

import com.opsledger.kernel.common.DomainException;
import com.opsledger.kernel.common.NotFoundException;
import com.opsledger.kernel.common.PageView;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.concurrent.CompletionException;

/** Asks the query bus and gives back the answer, or the handler's own exception (not a wrapper of it). */
@Component
public class Queries {

    private final QueryGateway gateway;

    public Queries(QueryGateway gateway) {
        this.gateway = gateway;
    }

    /** One record; a missing one is a 404 naming {@code resource} and {@code id}. */
    public <V> V one(Object query, Class<V> viewType, String resource, String id) {
        V view = ask(query, viewType);
        if (view == null) {
            throw new NotFoundException(resource, id);
        }
        return view;
    }

    @SuppressWarnings("unchecked")
    public <V> PageView<V> page(Object query) {
        return ask(query, PageResponseType.INSTANCE);
    }

    public <V> V ask(Object query, Class<V> viewType) {
        return ask(query, ResponseTypes.instanceOf(viewType));
    }

    private <V> V ask(Object query, ResponseType<V> responseType) {
        try {
            return gateway.query(query, responseType).join();
        } catch (CompletionException e) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof DomainException domain) {
                    throw domain;
                }
            }
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }
}
