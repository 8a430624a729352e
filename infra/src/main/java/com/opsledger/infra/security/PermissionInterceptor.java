package com.opsledger.infra.security;

import com.opsledger.kernel.access.Caller;
import com.opsledger.kernel.access.RequiresPermission;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Function-level access: an OpsLedger endpoint answers only a caller holding the permission it names, and an
 * endpoint that names none answers nobody. Sign-in and refresh carry no caller and name no permission.
 */
class PermissionInterceptor implements HandlerInterceptor {

    static final String PUBLIC = "public";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)
                || !method.getBeanType().getPackageName().startsWith("com.opsledger")) {
            return true;
        }
        RequiresPermission required = method.getMethodAnnotation(RequiresPermission.class);
        if (required == null) {
            throw new AccessProblem(HttpStatus.FORBIDDEN, "forbidden", "this endpoint is closed: it names no "
                    + "permission");
        }
        if (PUBLIC.equals(required.value())) {
            return true;
        }
        Caller caller = CallerArgumentResolver.current();
        if (caller == null || !caller.has(required.value())) {
            throw new AccessProblem(HttpStatus.FORBIDDEN, "forbidden", "this needs the permission "
                    + required.value());
        }
        return true;
    }
}
