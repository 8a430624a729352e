package com.opsledger.infra.logging;

import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Run by {@link StructuredLogsTest} in a JVM of its own, where Spring Boot sets logging up as in the packaged
 * application: logs one line while a request passes the {@link CorrelationIdFilter}, and one after it.
 */
public final class StructuredLogProbe {

    static final String CORRELATION_ID = "probe-correlation-1";
    static final String DURING = "handled a request";
    static final String AFTER = "after the request";

    static class Nothing {
    }

    private StructuredLogProbe() {
    }

    public static void main(String[] args) throws Exception {
        SpringApplication application = new SpringApplication(Nothing.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        try (ConfigurableApplicationContext context = application.run(args)) {
            MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/products");
            request.addHeader("X-Correlation-Id", CORRELATION_ID);
            new CorrelationIdFilter().doFilter(request, new MockHttpServletResponse(),
                    (req, res) -> LoggerFactory.getLogger(StructuredLogProbe.class).info(DURING));
            LoggerFactory.getLogger(StructuredLogProbe.class).info(AFTER);
        }
    }
}
