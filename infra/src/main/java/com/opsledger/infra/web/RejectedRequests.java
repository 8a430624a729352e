package com.opsledger.infra.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.firewall.RequestRejectedHandler;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Requests refused before they reach a controller still answer RFC 9457 problem+json, as every other refusal:
 * a URL that Spring Security's firewall rejects (an encoded {@code %}, {@code ;}, {@code ..}), and one that
 * Tomcat itself refuses while parsing it (an encoded {@code /}, a backslash, a NUL).
 */
@Configuration(proxyBeanMethods = false)
class RejectedRequests {

    static final String PATH_REASON = "contains characters or sequences that are not allowed in a URL path "
            + "(such as an encoded slash, backslash, percent sign, semicolon, NUL or a '..' segment)";

    @Bean
    RequestRejectedHandler problemForRejectedRequests(ObjectMapper json) {
        return (request, response, rejected) -> {
            if (response.isCommitted()) {
                return;
            }
            response.resetBuffer();
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), pathProblem(request.getRequestURI()));
        };
    }

    static ProblemDetail pathProblem(String instance) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "path " + PATH_REASON);
        problem.setType(URI.create("urn:opsledger:problem:invalid-field"));
        problem.setTitle("Invalid request");
        problem.setProperty("errors", List.of(Map.of("field", "path", "reason", PATH_REASON)));
        if (instance != null) {
            try {
                problem.setInstance(URI.create(instance));
            } catch (IllegalArgumentException notAUri) {
                // the path is what was refused: the problem leaves it out rather than repeat it
            }
        }
        return problem;
    }

    /** Runs after Boot's own customizer, which installs Tomcat's HTML error report on the host. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReportsFromTomcat() {
        return new ProblemReportCustomizer();
    }

    private static final class ProblemReportCustomizer
            implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                Container host = context.getParent();
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve && !(valve instanceof ProblemReportValve)) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                if (host instanceof StandardHost standard) {
                    standard.setErrorReportValveClass(ProblemReportValve.class.getName());
                }
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
