package com.opsledger.query.common;

import com.opsledger.kernel.common.PageView;
import org.axonframework.messaging.responsetypes.InstanceResponseType;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;

/**
 * Matches query handlers that answer a {@code PageView<SomeView>}: Axon's instance response type compares classes
 * only, and a handler's declared return type is parameterized.
 */
@SuppressWarnings("rawtypes")
final class PageResponseType extends InstanceResponseType<PageView> {

    static final PageResponseType INSTANCE = new PageResponseType();

    private PageResponseType() {
        super(PageView.class);
    }

    @Override
    public boolean matches(Type responseType) {
        return super.matches(responseType instanceof ParameterizedType parameterized
                ? parameterized.getRawType() : responseType);
    }
}
