package com.opsledger.infra.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import java.io.IOException;
import java.net.URI;

/** Writes an {@link AccessProblem} from a servlet filter, in the same problem+json form as the controllers' errors. */
class ProblemWriter {

    private final ObjectMapper json;

    ProblemWriter(ObjectMapper json) {
        this.json = json;
    }

    static ProblemDetail detail(AccessProblem problem, String instance) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(problem.status(), problem.getMessage());
        detail.setType(URI.create("urn:opsledger:problem:" + problem.type()));
        detail.setTitle(problem.status().getReasonPhrase());
        if (instance != null) {
            detail.setInstance(URI.create(instance));
        }
        return detail;
    }

    void write(HttpServletResponse response, AccessProblem problem, String path) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(problem.status().value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        if (problem.status().value() == 401) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"opsledger\"");
        }
        if (problem.retryAfterSeconds() > 0) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(problem.retryAfterSeconds()));
        }
        json.writeValue(response.getOutputStream(), detail(problem, path));
    }
}
