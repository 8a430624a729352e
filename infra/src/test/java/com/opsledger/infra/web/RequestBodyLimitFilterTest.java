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
            DataSize.ofBytes(20), new ObjectMapper());

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
    void takesMultipartOnlyOnAnUploadPathAndUpToItsOwnLimit() throws Exception {
        MockHttpServletRequest proof = new MockHttpServletRequest("POST", "/api/v1/deliveries/d1/proof");
        proof.setContentType("multipart/form-data; boundary=x");
        proof.setContent(new byte[15]);
        MockFilterChain passed = new MockFilterChain();
        filter.doFilter(proof, new MockHttpServletResponse(), passed);
        assertThat(passed.getRequest()).isNotNull();

        MockHttpServletRequest tooLarge = new MockHttpServletRequest("POST", "/api/v1/deliveries/d1/proof");
        tooLarge.setContentType("multipart/form-data; boundary=x");
        tooLarge.setContent(new byte[21]);
        MockHttpServletResponse refused = new MockHttpServletResponse();
        filter.doFilter(tooLarge, refused, new MockFilterChain());
        assertThat(refused.getStatus()).isEqualTo(413);

        MockHttpServletRequest elsewhere = new MockHttpServletRequest("POST", "/api/v1/warehouses");
        elsewhere.setContentType("multipart/form-data; boundary=x");
        elsewhere.setContent(new byte[5]);
        MockHttpServletResponse unsupported = new MockHttpServletResponse();
        filter.doFilter(elsewhere, unsupported, new MockFilterChain());
        assertThat(unsupported.getStatus()).isEqualTo(415);
    }
}
