package com.opsledger.infra.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.opsledger.kernel.alert.AlertAlreadyHandledException;
import com.opsledger.kernel.common.BusinessRuleViolationException;
import com.opsledger.kernel.common.DuplicateException;
import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.common.LimitReachedException;
import com.opsledger.kernel.common.NotFoundException;
import com.opsledger.kernel.common.NotPermittedException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.common.lock.LockAcquisitionFailedException;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.modelling.command.ConflictingModificationException;
import com.opsledger.infra.security.AccessProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every refusal as RFC 9457 problem+json: 400 names the field and why, 403 a rule about who acts (four eyes), 404
 * the missing record, 409 the conflict, 422 the business rule (and the field, when a value breaks it), 503 (with
 * {@code Retry-After}) a database that cannot be reached. An unexpected failure is a 500 without internals, and
 * is logged.
 */
@RestControllerAdvice
public class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);
    private static final String TYPES = "urn:opsledger:problem:";

    @ExceptionHandler(InvalidValueException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidValueException e) {
        return fieldProblem(e.field(), e.reason());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        ProblemDetail problem = problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
        problem.setProperty("resource", e.resource());
        problem.setProperty("id", e.id());
        return respond(problem);
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> aggregateNotFound(AggregateNotFoundException e) {
        ProblemDetail problem = problem(HttpStatus.NOT_FOUND, "not-found", "Not found",
                "no record with id " + e.getAggregateIdentifier());
        problem.setProperty("id", e.getAggregateIdentifier());
        return respond(problem);
    }

    /**
     * The id is that of a record of another type (a stock item's id on a supplier's path): for this kind of record
     * it does not exist. The command side answers the same as for an unknown id where it knows the id.
     */
    @ExceptionHandler(IncompatibleAggregateException.class)
    ResponseEntity<ProblemDetail> otherType(IncompatibleAggregateException e) {
        return respond(problem(HttpStatus.NOT_FOUND, "not-found", "Not found", "no record of this kind with this id"));
    }

    /** A record with this id was created by another request at the same time (or exists already). */
    @ExceptionHandler(AggregateStreamCreationException.class)
    ResponseEntity<ProblemDetail> alreadyCreated(AggregateStreamCreationException e) {
        return respond(problem(HttpStatus.CONFLICT, "concurrent-modification", "Concurrent modification",
                "a record with this id already exists"));
    }

    @ExceptionHandler(DuplicateException.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "duplicate", "Duplicate", e.getMessage());
        problem.setProperty("field", e.field());
        problem.setProperty("value", e.value());
        problem.setProperty("existingId", e.existingId());
        return respond(problem);
    }

    @ExceptionHandler(ConflictingAggregateVersionException.class)
    ResponseEntity<ProblemDetail> staleVersion(ConflictingAggregateVersionException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "concurrent-modification", "Concurrent modification",
                "the record is at version " + e.getActualVersion() + ", not " + e.getExpectedVersion()
                        + " as If-Match says; read it again and retry");
        problem.setProperty("expectedVersion", e.getExpectedVersion());
        problem.setProperty("actualVersion", e.getActualVersion());
        return respond(problem);
    }

    /** Also a concurrent append of the record's next event (another process won it): Axon calls that transient. */
    @ExceptionHandler({ConflictingModificationException.class, ConcurrencyException.class,
            LockAcquisitionFailedException.class})
    ResponseEntity<ProblemDetail> conflict(Exception e) {
        return respond(problem(HttpStatus.CONFLICT, "concurrent-modification", "Concurrent modification",
                "the record was changed by another request at the same time; retry"));
    }

    @ExceptionHandler(BusinessRuleViolationException.class)
    ResponseEntity<ProblemDetail> rule(BusinessRuleViolationException e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, e.rule(), "Business rule violated",
                e.getMessage());
        problem.setProperty("rule", e.rule());
        if (e.field() != null) {
            problem.setProperty("errors", List.of(Map.of("field", e.field(), "reason", e.getMessage())));
        }
        return respond(problem);
    }

    @ExceptionHandler(NotPermittedException.class)
    ResponseEntity<ProblemDetail> notPermitted(NotPermittedException e) {
        ProblemDetail problem = problem(HttpStatus.FORBIDDEN, e.rule(), "Forbidden", e.getMessage());
        problem.setProperty("rule", e.rule());
        return respond(problem);
    }

    @ExceptionHandler(AccessProblem.class)
    ResponseEntity<ProblemDetail> access(AccessProblem e) {
        ProblemDetail problem = problem(e.status(), e.type(), e.status().getReasonPhrase(), e.getMessage());
        ResponseEntity.BodyBuilder response = ResponseEntity.status(e.status());
        if (e.status() == HttpStatus.UNAUTHORIZED) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"opsledger\"");
        }
        if (e.retryAfterSeconds() > 0) {
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
        }
        return response.body(problem);
    }

    @ExceptionHandler(LimitReachedException.class)
    ResponseEntity<ProblemDetail> limitReached(LimitReachedException e) {
        ProblemDetail problem = problem(HttpStatus.TOO_MANY_REQUESTS, e.limit(), "Too Many Requests", e.getMessage());
        problem.setProperty("limit", e.limit());
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds())).body(problem);
    }

    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<ProblemDetail> remote(CommandExecutionException e) {
        ResponseEntity<ProblemDetail> known = known(e.getCause());
        if (known != null) {
            return known;
        }
        if (DatabaseUnavailable.causes(e)) {
            return unavailable(e);
        }
        log.error("Command failed", e);
        return respond(problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error",
                "the command could not be handled; the failure is logged"));
    }

    /** Also a typed id ({@code StockItemId}) that its value cannot make: named as the parameter, with its reason. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidValueException invalid) {
                return fieldProblem(e.getName(), invalid.reason());
            }
        }
        String expected = e.getRequiredType() == null ? "another type" : e.getRequiredType().getSimpleName();
        return fieldProblem(e.getName(), "must be a valid " + expected.toLowerCase());
    }

    /**
     * An upload that is not a multipart form, or whose form cannot be read: 400 naming {@code file}; one past the
     * size limit (also without a declared length) 413.
     */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> multipart(MultipartException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestBodyLimitFilter.BodyTooLargeException
                    || cause instanceof MaxUploadSizeExceededException) {
                return respond(problem(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", "Payload too large",
                        "the uploaded file is too large"));
            }
        }
        return fieldProblem("file", "must be sent as one part named file of a multipart/form-data body");
    }

    /** Never the exception's class, message or stack: they stay in the log. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        ResponseEntity<ProblemDetail> known = known(e);
        if (known != null) {
            return known;
        }
        if (DatabaseUnavailable.causes(e)) {
            return unavailable(e);
        }
        log.error("Unexpected failure", e);
        return respond(problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error",
                "an unexpected error occurred; it is logged"));
    }

    /** The answer for a known failure, also one wrapped in another (a command's, a transaction's); else null. */
    private ResponseEntity<ProblemDetail> known(Throwable cause) {
        for (int depth = 0; cause != null && depth < 10; cause = cause.getCause(), depth++) {
            if (cause instanceof InvalidValueException e) {
                return invalid(e);
            } else if (cause instanceof NotFoundException e) {
                return notFound(e);
            } else if (cause instanceof AggregateNotFoundException e) {
                return aggregateNotFound(e);
            } else if (cause instanceof IncompatibleAggregateException e) {
                return otherType(e);
            } else if (cause instanceof DuplicateException e) {
                return duplicate(e);
            } else if (cause instanceof BusinessRuleViolationException e) {
                return rule(e);
            } else if (cause instanceof NotPermittedException e) {
                return notPermitted(e);
            } else if (cause instanceof ConflictingAggregateVersionException e) {
                return staleVersion(e);
            } else if (cause instanceof AggregateStreamCreationException e) {
                return alreadyCreated(e);
            } else if (cause instanceof ConflictingModificationException || cause instanceof ConcurrencyException
                    || cause instanceof LockAcquisitionFailedException) {
                return conflict((Exception) cause);
            } else if (cause instanceof AlertAlreadyHandledException e) {
                return alertAlreadyHandled(e);
            }
        }
        return null;
    }

    /** An alert acknowledged or resolved already (by a person, or resolved by itself). */
    @ExceptionHandler(AlertAlreadyHandledException.class)
    ResponseEntity<ProblemDetail> alertAlreadyHandled(AlertAlreadyHandledException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "alert-already-" + e.status(), "Conflict",
                e.getMessage());
        problem.setProperty("alertStatus", e.status());
        return respond(problem);
    }

    /** The database is down or restarting: nothing was changed, and the same request can be sent again shortly. */
    private static ResponseEntity<ProblemDetail> unavailable(Exception e) {
        log.warn("Database unavailable: {}", e.toString());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS))
                .body(DatabaseUnavailable.problem(null));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(ProblemAdvice::fieldError).toList();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-field", "Invalid request",
                errors.stream().map(f -> f.get("field") + " " + f.get("reason")).collect(Collectors.joining("; ")));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    /**
     * A body that cannot be read names the field and why: a value a value object refuses (with its reason), a value
     * beyond what {@link BoundedRequestJson} reads, a wrong type, an unknown field; never the parser's own words.
     * A body over the size limit is 413.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        String field = "body";
        String reason = "is not valid JSON";
        JsonMappingException mapping = null;
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestBodyLimitFilter.BodyTooLargeException tooLarge) {
                return new ResponseEntity<>(problem(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large",
                        "Payload too large", tooLarge.getMessage()), HttpStatus.PAYLOAD_TOO_LARGE);
            }
            if (mapping == null && cause instanceof JsonMappingException m && !m.getPath().isEmpty()) {
                mapping = m;
            }
            if (cause instanceof InvalidValueException invalid) {
                return new ResponseEntity<>(fieldProblem(mapping == null ? invalid.field() : path(mapping),
                        invalid.reason()).getBody(), HttpStatus.BAD_REQUEST);
            }
            if (cause instanceof StreamConstraintsException constraint) {
                String at = mapping != null ? path(mapping)
                        : constraint.getProcessor() instanceof JsonParser parser
                        && parser.getParsingContext().getCurrentName() != null
                        ? parser.getParsingContext().getCurrentName() : "body";
                return new ResponseEntity<>(fieldProblem(at, "is too long or too deeply nested").getBody(),
                        HttpStatus.BAD_REQUEST);
            }
        }
        if (e.getCause() instanceof InvalidNullException nullValue && !nullValue.getPath().isEmpty()) {
            field = path(nullValue);
            reason = "must not be null";
        } else if (e.getCause() instanceof UnrecognizedPropertyException unknown) {
            field = unknown.getPropertyName();
            reason = "is not a known field";
        } else if (e.getCause() instanceof InvalidFormatException format) {
            field = path(format);
            reason = "must be a valid " + format.getTargetType().getSimpleName().toLowerCase();
        } else if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            field = path(mismatch);
            reason = "has the wrong type";
        } else if (mapping != null) {
            field = path(mapping);
            reason = "has a value that cannot be read";
        }
        return new ResponseEntity<>(fieldProblem(field, reason).getBody(), HttpStatus.BAD_REQUEST);
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static Map<String, String> fieldError(FieldError error) {
        return Map.of("field", error.getField(),
                "reason", error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage());
    }

    private static ResponseEntity<ProblemDetail> fieldProblem(String field, String reason) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-field", "Invalid request", field + " " + reason);
        problem.setProperty("errors", List.of(Map.of("field", field, "reason", reason)));
        return respond(problem);
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPES + type));
        problem.setTitle(title);
        return problem;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
