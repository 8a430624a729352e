package com.opsledger.infra.security;

import com.opsledger.kernel.access.Caller;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/** Limits API requests per client IP and per signed-in user; over the limit a request gets 429 with Retry-After. */
class ApiRateLimitFilter extends OncePerRequestFilter {

    private final RateLimiter limiter;
    private final SecuritySettings.RateLimit limits;
    private final ProblemWriter problems;

    ApiRateLimitFilter(RateLimiter limiter, SecuritySettings.RateLimit limits, ProblemWriter problems) {
        this.limiter = limiter;
        this.limits = limits;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long wait = limiter.acquire("api-ip:" + request.getRemoteAddr(), limits.apiPerIp());
        Caller caller = CallerArgumentResolver.current();
        if (wait == 0 && caller != null) {
            wait = limiter.acquire("api-user:" + caller.userId(), limits.apiPerUser());
        }
        if (wait > 0) {
            problems.write(response, AccessProblem.tooManyRequests(wait), request.getRequestURI());
            return;
        }
        chain.doFilter(request, response);
    }
}
