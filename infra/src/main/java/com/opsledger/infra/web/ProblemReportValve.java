package com.opsledger.infra.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tomcat's error report for what it refuses itself, before any servlet runs (a URL it cannot parse, an encoded
 * slash, a NUL): problem+json, without server details, instead of Tomcat's HTML page. Public: Tomcat makes it by
 * its class name.
 */
public class ProblemReportValve extends ErrorReportValve {

    /** Spring's builder registers the mix-in that writes a problem's properties at its top level. */
    private static final ObjectMapper JSON = Jackson2ObjectMapperBuilder.json().build();

    public ProblemReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        ProblemDetail problem = status == 400 ? RejectedRequests.pathProblem(null)
                : ProblemDetail.forStatusAndDetail(known == null ? HttpStatus.INTERNAL_SERVER_ERROR : known,
                "the request was refused before it reached the application");
        problem.setStatus(status);
        if (status != 400) {
            problem.setType(URI.create("urn:opsledger:problem:refused"));
            problem.setTitle(known == null ? "Refused" : known.getReasonPhrase());
        }
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(JSON.writeValueAsString(problem));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response cannot be written: there is no one left to tell
        }
    }
}
