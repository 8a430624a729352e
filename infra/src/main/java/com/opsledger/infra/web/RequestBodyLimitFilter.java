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
import java.util.List;
import java.util.regex.Pattern;

/**
 * Request bodies are at most {@code opsledger.web.max-body-size} (1 MB): a larger declared length is refused at once
 * with 413, and a body sent without a length (chunked) stops being read at the limit, answered 413 by
 * {@link ProblemAdvice}. Only the upload paths ({@link #UPLOAD_PATHS}, a POST each) take multipart bodies, up to
 * {@code opsledger.files.max-upload-size} (5 MB) a request plus room for the multipart framing; anywhere else a
 * multipart body, or a Content-Type with a wildcard, is refused with 415 before anything tries to read it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestBodyLimitFilter extends OncePerRequestFilter {

    /** The paths that take one uploaded file each (multipart/form-data). */
    static final List<Pattern> UPLOAD_PATHS = List.of(
            Pattern.compile("/api/v1/quality-checks/[^/]+/photos/?"));
    /** What a multipart request may carry beyond its file: boundaries and part headers. */
    private static final long MULTIPART_FRAMING = 16 * 1024;

    private final long jsonLimit;
    private final long uploadLimit;
    private final ObjectMapper json;

    RequestBodyLimitFilter(@Value("${opsledger.web.max-body-size:1MB}") DataSize limit,
                           @Value("${opsledger.files.max-upload-size:5MB}") DataSize uploadLimit, ObjectMapper json) {
        this.jsonLimit = limit.toBytes();
        this.uploadLimit = uploadLimit.toBytes() + MULTIPART_FRAMING;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean upload = "POST".equals(request.getMethod())
                && UPLOAD_PATHS.stream().anyMatch(p -> p.matcher(request.getRequestURI()).matches());
        long limit = upload ? uploadLimit : jsonLimit;
        if (request.getContentLengthLong() > limit) {
            response.setHeader("Connection", "close");
            refuse(response, HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", "Payload too large",
                    "the request body is larger than " + limit + " bytes");
            return;
        }
        if (unreadable(request.getContentType(), upload)) {
            refuse(response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Unsupported media type",
                    "Content-Type " + request.getContentType() + " is not supported: send application/json");
            return;
        }
        chain.doFilter(new Limited(request, limit), response);
    }

    /** A wildcard type names no format, and only the upload paths take (form-data) multipart bodies. */
    private static boolean unreadable(String contentType, boolean upload) {
        if (contentType == null || contentType.isBlank()) {
            return false;
        }
        String type = contentType.strip().toLowerCase(java.util.Locale.ROOT);
        if (upload && type.startsWith("multipart/form-data")) {
            return false;
        }
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
