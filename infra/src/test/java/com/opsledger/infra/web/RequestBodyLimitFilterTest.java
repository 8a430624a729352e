package com.opsledger.infra.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestBodyLimitFilterTest {

    private final RequestBodyLimitFilter filter = new RequestBodyLimitFilter(DataSize.ofBytes(10),
            DataSize.ofBytes(100), new ObjectMapper());

    @Test
    void refusesADeclaredLengthOverTheLimitWith413() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/warehouses");
        request.setContent(new byte[11]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, response, chain);
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void stopsReadingABodyOfUnknownLengthAtTheLimit() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/warehouses") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
        request.setContent(new byte[11]);
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, new MockHttpServletResponse(), chain);
        HttpServletRequest passed = (HttpServletRequest) chain.getRequest();
        assertThatThrownBy(() -> passed.getInputStream().readAllBytes())
                .isInstanceOf(RequestBodyLimitFilter.BodyTooLargeException.class);
    }

    @Test
    void passesABodyWithinTheLimit() throws IOException, jakarta.servlet.ServletException {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/warehouses");
        request.setContent(new byte[10]);
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, new MockHttpServletResponse(), chain);
        assertThat(((HttpServletRequest) chain.getRequest()).getInputStream().readAllBytes()).hasSize(10);
    }

    @Test
    void passesAMultipartUploadOnAnUploadPathUpToItsOwnLimit() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/quality-checks/x/photos");
        request.setContentType("multipart/form-data; boundary=b");
        request.setContent(new byte[5000]);
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).isNotNull();

        MockHttpServletRequest tooLarge = new MockHttpServletRequest("POST", "/api/v1/quality-checks/x/photos");
        tooLarge.setContentType("multipart/form-data; boundary=b");
        tooLarge.setContent(new byte[100 + 16 * 1024 + 1]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(tooLarge, response, new MockFilterChain());
        assertThat(response.getStatus()).isEqualTo(413);
    }

    @Test
    void refusesAMultipartBodyElsewhere() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/warehouses");
        request.setContentType("multipart/form-data; boundary=b");
        request.setContent(new byte[5]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, response, chain);
        assertThat(response.getStatus()).isEqualTo(415);
        assertThat(chain.getRequest()).isNull();
    }
}
