package com.opsledger.command.alert;

import com.opsledger.kernel.alert.AlertKinds;
import com.opsledger.kernel.alert.AlertSettingsChangedEvent;
import com.opsledger.kernel.alert.ChangeAlertSettingsCommand;
import com.opsledger.kernel.common.InvalidValueException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.List;
import java.util.TreeSet;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** One user's alert settings: the kinds they leave out of their inbox. A change that changes nothing is no event. */
@Aggregate
public class AlertSettings {

    @AggregateIdentifier
    private String settingsId;
    private List<String> mutedKinds = List.of();

    protected AlertSettings() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ChangeAlertSettingsCommand command) {
        if (command.mutedKinds() == null) {
            throw new InvalidValueException("mutedKinds", "is required (an empty list mutes nothing)");
        }
        TreeSet<String> muted = new TreeSet<>();
        for (int i = 0; i < command.mutedKinds().size(); i++) {
            String kind = command.mutedKinds().get(i);
            if (kind == null) {
                throw new InvalidValueException("mutedKinds[" + i + "]", "must be one of " + AlertKinds.ALL);
            }
            muted.add(AlertKinds.kind("mutedKinds[" + i + "]", kind));
        }
        List<String> next = List.copyOf(muted);
        if (settingsId == null || !next.equals(mutedKinds)) {
            apply(new AlertSettingsChangedEvent(command.settingsId(), command.userId(), next));
        }
    }

    @EventSourcingHandler
    void on(AlertSettingsChangedEvent event) {
        settingsId = event.settingsId();
        mutedKinds = event.mutedKinds();
    }
}
