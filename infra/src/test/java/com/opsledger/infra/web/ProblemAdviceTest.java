package com.opsledger.infra.web;

import com.opsledger.kernel.common.InvalidValueException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.common.lock.LockAcquisitionFailedException;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/** Axon's failures, also wrapped in others, answer the problem a client can act on, and never show internals. */
class ProblemAdviceTest {

    private final ProblemAdvice advice = new ProblemAdvice();

    @Test
    void concurrencyFailuresAnswer409EvenWhenWrapped() {
        assertThat(advice.conflict(new ConcurrencyException("append failed")).getStatusCode().value())
                .isEqualTo(409);
        assertThat(status(advice.unexpected(new IllegalStateException("commit failed",
                new ConcurrencyException("append failed"))))).isEqualTo(409);
        assertThat(status(advice.unexpected(new AggregateStreamCreationException("exists")))).isEqualTo(409);
        assertThat(status(advice.unexpected(new LockAcquisitionFailedException("lock")))).isEqualTo(409);
        assertThat(status(advice.remote(new CommandExecutionException("remote", new ConcurrencyException("x")))))
                .isEqualTo(409);
    }

    @Test
    void anIdOfAnotherRecordTypeAnswers404() {
        ResponseEntity<ProblemDetail> answer = advice.unexpected(new RuntimeException(
                new IncompatibleAggregateException("Aggregate identifier must be non-null after applying an event")));
        assertThat(status(answer)).isEqualTo(404);
        assertThat(answer.getBody().getDetail()).doesNotContain("Aggregate identifier");
    }

    @Test
    void aWrappedInvalidValueNamesItsField() {
        ResponseEntity<ProblemDetail> answer = advice.unexpected(new RuntimeException(
                new InvalidValueException("quantity", "must be between -1000000000 and 1000000000")));
        assertThat(status(answer)).isEqualTo(400);
        assertThat(answer.getBody().getProperties().get("errors").toString()).contains("quantity");
    }

    @Test
    void anUnexpectedFailureShowsNoInternals() {
        ResponseEntity<ProblemDetail> answer = advice.unexpected(
                new IllegalStateException("org.postgresql.util.PSQLException: select * from secrets"));
        assertThat(status(answer)).isEqualTo(500);
        String shown = answer.getBody().toString();
        assertThat(shown).doesNotContain("PSQLException", "select", "IllegalStateException");
    }

    private static int status(ResponseEntity<ProblemDetail> answer) {
        return answer.getStatusCode().value();
    }
}
