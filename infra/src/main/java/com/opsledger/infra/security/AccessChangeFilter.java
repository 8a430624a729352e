package com.opsledger.infra.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;

/**
 * A request that may change users, roles or sessions (sign-in, refresh, sign-out, account and administration
 * changes) is a change to the session check for as long as it runs: its answer comes once the read models show the
 * change, and by then the check has stopped using what it remembered. This holds where the access projection runs in
 * another process too.
 */
class AccessChangeFilter extends OncePerRequestFilter {

    private static final List<String> CHANGING = List.of("/api/v1/auth/", "/api/v1/admin/users", "/api/v1/admin/roles");

    private final CallerDirectory callers;

    AccessChangeFilter(CallerDirectory callers) {
        this.callers = callers;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        if ("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method)) {
            return true;
        }
        String path = request.getRequestURI();
        return CHANGING.stream().noneMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        callers.changeBegins();
        try {
            chain.doFilter(request, response);
        } finally {
            callers.changeEnds();
        }
    }
}
