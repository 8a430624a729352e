package com.opsledger.command.web;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RequestMetaDataTest {

    private final RequestMetaData interceptor = new RequestMetaData();

    @AfterEach
    void leaveTheRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    private static MockHttpServletRequest request(String user) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/stock-items/42/receipts");
        request.setRemoteAddr("10.0.0.7");
        if (user != null) {
            request.setUserPrincipal(() -> user);
        }
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        return request;
    }

    private CommandMessage<?> dispatch(CommandMessage<?> message) {
        return interceptor.handle(List.of(message)).apply(0, message);
    }

    private static CommandMessage<?> command(MetaData metaData) {
        return GenericCommandMessage.asCommandMessage("receive").andMetaData(metaData);
    }

    @Test
    void canGiveACommandSentDuringARequestWhoSentItFromWhereAndByWhichRequest() {
        MockHttpServletRequest request = request("user-1");
        request.addHeader("User-Agent", "x".repeat(250));
        request.addHeader(CommandOutcome.CORRELATION_HEADER, "story-7");

        MetaData metaData = dispatch(command(MetaData.emptyInstance())).getMetaData();

        assertThat(metaData).containsEntry("userId", "user-1").containsEntry("clientIp", "10.0.0.7")
                .containsEntry("correlationId", "story-7").containsEntry("requestMethod", "POST")
                .containsEntry("requestPath", "/api/v1/stock-items/42/receipts");
        assertThat((String) metaData.get("userAgent")).hasSize(200);
        assertThat(CommandOutcome.correlationIdOf(request)).isEqualTo("story-7");
    }

    @Test
    void canKeepWhatTheCommandCarriesAlreadySuchAsTheUserItIsSentFor() {
        request(null);

        MetaData metaData = dispatch(command(MetaData.with("userId", "signing-in"))).getMetaData();

        assertThat(metaData).containsEntry("userId", "signing-in").containsEntry("clientIp", "10.0.0.7")
                .doesNotContainKey("userAgent");
    }

    @Test
    void canGiveEveryCommandOfOneRequestOneNewCorrelationIdWhenTheRequestHasNoSafeOne() {
        MockHttpServletRequest request = request(null);
        request.addHeader(CommandOutcome.CORRELATION_HEADER, "not safe!");

        MetaData first = dispatch(command(MetaData.emptyInstance())).getMetaData();
        MetaData second = dispatch(command(MetaData.emptyInstance())).getMetaData();

        assertThat(first).containsEntry("userId", "system");
        assertThat((String) first.get("correlationId")).isNotEqualTo("not safe!")
                .isEqualTo(second.get("correlationId")).isEqualTo(CommandOutcome.correlationIdOf(request));
    }

    @Test
    void cannotTouchACommandSentOutsideARequest() {
        CommandMessage<?> message = command(MetaData.with("userId", "system"));

        assertThat(dispatch(message)).isSameAs(message);
    }
}
