package com.opsledger.command.web;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.springframework.stereotype.Component;

/**
 * Sends a command from a request and holds the answer until the read models show the change (read your writes).
 * The audit metadata comes from {@link RequestMetaData}; the answer's headers from what {@link CommandOutcome} keeps.
 */
@Component
public class CommandSender {

    private static final CommandTargetResolver TARGETS = AnnotationCommandTargetResolver.builder().build();

    private final CommandGateway gateway;
    private final ReadYourWrites readYourWrites;

    public CommandSender(CommandGateway gateway, ReadYourWrites readYourWrites) {
        this.gateway = gateway;
        this.readYourWrites = readYourWrites;
    }

    /** Sends the command and answers the id of the record it changed. */
    public IdResponse send(Object command) {
        String target = targetOf(command);
        dispatch(command, MetaData.emptyInstance(), target);
        return new IdResponse(target);
    }

    /** Sends a command that creates a record in the collection at {@code collectionPath}: 201 at its location. */
    public IdResponse create(String collectionPath, Object command) {
        return IdResponse.created(collectionPath, send(command).id());
    }

    /** Sends the command and answers what its handler answered. */
    public <R> R dispatch(Object command) {
        return dispatch(command, MetaData.emptyInstance());
    }

    /**
     * Sends the command with {@code metaData} (such as the {@code userId} of the user signing in, on whose behalf
     * it is sent) and answers what its handler answered. The read models awaited are those of the command's target
     * record; a command that names none (a process that picks its record) is awaited on the id it answers.
     */
    public <R> R dispatch(Object command, MetaData metaData) {
        return dispatch(command, metaData, targetOf(command));
    }

    /**
     * An id of a record of another type (a stock item's id on a supplier's path) names no record of the command's
     * type: the same answer as an unknown id.
     */
    private <R> R dispatch(Object command, MetaData metaData, String target) {
        R answer;
        try {
            answer = gateway.sendAndWait(command, metaData);
        } catch (IncompatibleAggregateException otherType) {
            if (target == null) {
                throw otherType;
            }
            throw new AggregateNotFoundException(target, "no record of this kind with id " + target, otherType);
        }
        String aggregateId = target;
        if (aggregateId == null && answer instanceof String id) {
            aggregateId = id;
        }
        CommandOutcome.readModels(readYourWrites.awaitReadModels(aggregateId));
        return answer;
    }

    private static String targetOf(Object command) {
        try {
            return TARGETS.resolveTarget(GenericCommandMessage.asCommandMessage(command)).getIdentifier();
        } catch (IllegalArgumentException noTarget) {
            return null;
        }
    }
}
