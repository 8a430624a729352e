package com.opsledger.command.web;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class CommandSenderTest {

    record Receive(@TargetAggregateIdentifier String stockItemId) {
    }

    record Propose(String productId) {
    }

    private final CommandGateway gateway = mock(CommandGateway.class);
    private final List<String> awaited = new ArrayList<>();
    private final CommandSender sender = new CommandSender(gateway, aggregateId -> {
        awaited.add(aggregateId);
        return !"slow".equals(aggregateId);
    });

    @AfterEach
    void leaveTheRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void canAnswerTheRecordACommandChangedOnceTheReadModelsShowIt() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        IdResponse answer = sender.send(new Receive("stock-1"));

        assertThat(answer).isEqualTo(new IdResponse("stock-1"));
        assertThat(awaited).containsExactly("stock-1");
        assertThat(CommandOutcome.readModelsOf(request)).isEqualTo("current");
        assertThat(sender.send(new Receive("slow")).id()).isEqualTo("slow");
        assertThat(CommandOutcome.readModelsOf(request)).isEqualTo("pending");
    }

    @Test
    void canAnswerARecordCreatedInACollectionWithItsLocation() {
        assertThat(sender.create("/api/v1/stock-items", new Receive("stock-2")))
                .isEqualTo(new IdResponse("stock-2", "/api/v1/stock-items/stock-2"));
    }

    @Test
    void canAwaitACommandThatNamesNoRecordOnTheIdItsHandlerAnswers() {
        when(gateway.sendAndWait(any(), any(MetaData.class))).thenReturn("po-1");

        String answer = sender.dispatch(new Propose("product-1"), MetaData.with("userId", "u-1"));

        assertThat(answer).isEqualTo("po-1");
        assertThat(awaited).containsExactly("po-1");
    }
}
