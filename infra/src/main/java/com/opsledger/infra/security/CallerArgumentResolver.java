package com.opsledger.infra.security;

import com.opsledger.kernel.access.Caller;
import com.opsledger.kernel.access.CallerSession;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives a controller method the signed-in {@link Caller}, the {@link CallerSession} of its token, and the
 * {@link ClientAddress} it calls from.
 */
class CallerArgumentResolver implements HandlerMethodArgumentResolver {

    static Caller current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof Caller caller ? caller : null;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Caller.class || parameter.getParameterType() == ClientAddress.class
                || parameter.getParameterType() == CallerSession.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
                                  WebDataBinderFactory binderFactory) {
        if (parameter.getParameterType() == ClientAddress.class) {
            return new ClientAddress(request.getNativeRequest(HttpServletRequest.class).getRemoteAddr());
        }
        if (parameter.getParameterType() == CallerSession.class) {
            if (SecurityContextHolder.getContext().getAuthentication() instanceof CallerAuthentication signedIn) {
                return new CallerSession(signedIn.sessionId());
            }
            throw AccessProblem.unauthenticated("unauthenticated", "sign in first");
        }
        Caller caller = current();
        if (caller == null) {
            throw AccessProblem.unauthenticated("unauthenticated", "sign in first");
        }
        return caller;
    }
}
