package com.opsledger.infra.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.net.URI;

/**
 * Request bodies are at most {@code opsledger.web.max-body-size} (1 MB): a larger declared length is refused at once
 * with 413, and a body sent without a length (chunked) stops being read at the limit, answered 413 by
 * {@link ProblemAdvice}. Only the upload endpoints ({@link #UPLOADS}) take multipart bodies, of at most
 * {@code opsledger.web.max-upload-size} (12 MB: two files of 5 MB and the fields); elsewhere a multipart body, or a
 * Content-Type with a wildcard, is refused with 415 before anything tries to read it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestBodyLimitFilter extends OncePerRequestFilter {

    /** The paths that take multipart uploads (a proof of delivery's signature and photo). */
    static final java.util.regex.Pattern UPLOADS = java.util.regex.Pattern.compile("/api/v1/deliveries/[^/]+/proof");

    private final long limit;
    private final long uploadLimit;
    private final ObjectMapper json;

    RequestBodyLimitFilter(@Value("${opsledger.web.max-body-size:1MB}") DataSize limit,
                           @Value("${opsledger.web.max-upload-size:12MB}") DataSize uploadLimit, ObjectMapper json) {
        this.limit = limit.toBytes();
        this.uploadLimit = uploadLimit.toBytes();
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean upload = multipart(request.getContentType()) && UPLOADS.matcher(request.getRequestURI()).matches();
        long max = upload ? uploadLimit : limit;
        if (request.getContentLengthLong() > max) {
            response.setHeader("Connection", "close");
            refuse(response, HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", "Payload too large",
                    "the request body is larger than " + max + " bytes");
            return;
        }
        if (!upload && unreadable(request.getContentType())) {
            refuse(response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Unsupported media type",
                    "Content-Type " + request.getContentType() + " is not supported: send application/json");
            return;
        }
        chain.doFilter(new Limited(request, max), response);
    }

    private static boolean multipart(String contentType) {
        return contentType != null && contentType.strip().toLowerCase(java.util.Locale.ROOT)
                .startsWith("multipart/form-data");
    }

    /** A wildcard type names no format, and only uploads take multipart bodies: nothing can read either. */
    private static boolean unreadable(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return false;
        }
        String type = contentType.strip().toLowerCase(java.util.Locale.ROOT);
        return type.startsWith("multipart/") || type.startsWith("*") || type.matches("[^;]*/\\s*\\*.*");
    }

    private void refuse(HttpServletResponse response, HttpStatus status, String type, String title, String detail)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:opsledger:problem:" + type));
        problem.setTitle(title);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    /** Thrown when a body without a declared length goes past the limit. */
    static final class BodyTooLargeException extends IOException {

        BodyTooLargeException(long limit) {
            super("the request body is larger than " + limit + " bytes");
        }
    }

    private static final class Limited extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new LimitedStream(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class LimitedStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long read;

        LimitedStream(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > limit) {
                throw new BodyTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
