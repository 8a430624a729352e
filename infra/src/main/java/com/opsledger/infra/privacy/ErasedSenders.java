package com.opsledger.infra.privacy;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * A request of an erased person (a sign-in attempt to their disabled account, say) leaves no address or user agent in
 * the trail: the command's metadata, and so its events', reads {@value PersonalDataModule#ERASED} for them. Runs
 * after the request's metadata is added.
 */
class ErasedSenders implements MessageDispatchInterceptor<CommandMessage<?>> {

    private final PersonalDataKeyStore keys;

    ErasedSenders(PersonalDataKeyStore keys) {
        this.keys = keys;
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
            List<? extends CommandMessage<?>> messages) {
        return (index, message) -> {
            Object userId = message.getMetaData().get("userId");
            if (userId == null || ErasedTraces.TRACES.stream().noneMatch(message.getMetaData()::containsKey)
                    || !keys.isErased(userId.toString())) {
                return message;
            }
            Map<String, Object> erased = new HashMap<>();
            for (String trace : ErasedTraces.TRACES) {
                if (message.getMetaData().containsKey(trace)) {
                    erased.put(trace, PersonalDataModule.ERASED);
                }
            }
            return message.andMetaData(erased);
        };
    }
}
