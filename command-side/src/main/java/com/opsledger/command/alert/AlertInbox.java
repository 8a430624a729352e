package com.opsledger.command.alert;

import com.opsledger.kernel.access.Caller;
import com.opsledger.kernel.alert.AlertKinds;
import com.opsledger.kernel.alert.AlertSettingsView;
import com.opsledger.kernel.alert.AlertView;
import com.opsledger.kernel.alert.FindAlertQuery;
import com.opsledger.kernel.alert.FindAlertSettingsQuery;
import com.opsledger.kernel.common.NotFoundException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.concurrent.CompletionException;

/**
 * The alerts as the inbox shows them, which is where they are raised: what a person acts on must be an alert they
 * see (else 404, as for an id that names none), and one that resolved by itself is resolved for them too.
 */
@Component
class AlertInbox {

    private final QueryGateway queries;

    AlertInbox(QueryGateway queries) {
        this.queries = queries;
    }

    AlertView seenBy(Caller caller, String alertId) {
        AlertView alert = ask(new FindAlertQuery(alertId, AlertKinds.visibleTo(caller), caller.customerScope(),
                caller.supplierScope()), AlertView.class);
        if (alert == null) {
            throw new NotFoundException("alert", alertId);
        }
        return alert;
    }

    AlertSettingsView settings(String userId) {
        return ask(new FindAlertSettingsQuery(userId), AlertSettingsView.class);
    }

    private <V> V ask(Object query, Class<V> type) {
        try {
            return queries.query(query, ResponseTypes.instanceOf(type)).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }
}
