package com.opsledger.command.privacy;

import com.opsledger.command.registry.ReferenceRegistry;
import com.opsledger.kernel.common.Ids;
import com.opsledger.kernel.common.Reason;
import com.opsledger.kernel.privacy.DataSubjectErasedEvent;
import com.opsledger.kernel.privacy.EraseDataSubjectCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** The erasure of one person's personal data: recorded once, with its reason, and never undone. */
@Aggregate
public class Erasure {

    static final String SUBJECT_SCOPE = "erasure.subject";

    @AggregateIdentifier
    private String erasureId;

    protected Erasure() {
    }

    @CommandHandler
    public Erasure(EraseDataSubjectCommand command, ReferenceRegistry registry, PersonalDataKeys keys) {
        String subjectId = Ids.requireValid("subjectId", command.subjectId());
        String reason = Reason.require("reason", command.reason());
        registry.claim(SUBJECT_SCOPE, "subjectId", subjectId, command.erasureId());
        keys.erase(subjectId, reason);
        apply(new DataSubjectErasedEvent(command.erasureId(), subjectId, reason));
    }

    @EventSourcingHandler
    void on(DataSubjectErasedEvent event) {
        erasureId = event.erasureId();
    }
}
