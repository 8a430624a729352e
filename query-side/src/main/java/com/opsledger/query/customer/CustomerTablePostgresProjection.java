package com.opsledger.query.customer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opsledger.kernel.customer.Address;
import com.opsledger.kernel.customer.CustomerCreatedEvent;
import com.opsledger.kernel.customer.CustomerEvent;
import com.opsledger.kernel.customer.CustomerUpdatedEvent;
import com.opsledger.kernel.customer.CustomerView;
import com.opsledger.kernel.privacy.DataSubjectErasedEvent;
import com.opsledger.query.audit.RecordEvent;
import com.opsledger.query.audit.RecordEvolution;
import com.opsledger.query.audit.RecordScopes;
import com.opsledger.query.common.ReadModelTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;

/**
 * The customer table, and a customer as it was at any instant: both follow its events through one {@link #evolve}. A
 * portal customer sees only themselves.
 */
@Component
@ReadModelTables("customer_view")
@ProcessingGroup("customers-postgres")
class CustomerTablePostgresProjection extends RecordEvolution<CustomerView> {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    CustomerTablePostgresProjection(JdbcTemplate jdbc, ObjectMapper json) {
        super("customers", "Customer", CustomerView::version, RecordScopes.ofCustomer(CustomerView::id));
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public CustomerView evolve(CustomerView c, RecordEvent event) {
        if (event.payload() instanceof CustomerCreatedEvent e) {
            return new CustomerView(e.customerId(), e.name(), e.email(), e.phone(), e.tier(), addresses(e.addresses()),
                    e.communicationPreference(), event.sequenceNumber(), event.timestamp(), event.timestamp());
        }
        if (c == null) {
            return null;
        }
        if (event.payload() instanceof CustomerUpdatedEvent e) {
            return new CustomerView(c.id(), e.name(), e.email(), e.phone(), e.tier(), addresses(e.addresses()),
                    e.communicationPreference(), event.sequenceNumber(), c.createdAt(), event.timestamp());
        }
        if (event.payload() instanceof com.opsledger.kernel.customer.CustomerDeliveryPreferencesSetEvent) {
            return new CustomerView(c.id(), c.name(), c.email(), c.phone(), c.tier(), c.addresses(),
                    c.communicationPreference(), event.sequenceNumber(), c.createdAt(), event.timestamp());
        }
        return c;
    }

    @EventHandler
    void on(CustomerEvent event, DomainEventMessage<?> message) {
        project(event.customerId(), message);
    }

    /**
     * A person's erasure: their personal fields read as a replay would now read them from the events (erased text,
     * no addresses), so the read model and a rebuild of it agree.
     */
    @EventHandler
    void on(DataSubjectErasedEvent event) {
        jdbc.update("update customer_view set name = '[erased]', name_lower = '[erased]', email = '[erased]', "
                + "email_lower = '[erased]', phone = case when phone is null then null else '[erased]' end, "
                + "addresses = '[]'::jsonb where id = ?", event.subjectId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from customer_view");
    }

    private void project(String customerId, DomainEventMessage<?> message) {
        CustomerView stored = jdbc.query(CustomerQueryHandler.SELECT + " from customer_view where id = ?",
                CustomerQueryHandler.mapper(json), customerId).stream().findFirst().orElse(null);
        CustomerView c = evolveOnce(stored, RecordEvent.of(message));
        if (c == null) {
            return;
        }
        jdbc.update("insert into customer_view (id, name, name_lower, email, email_lower, phone, tier, addresses, "
                        + "communication_preference, version, created_at, updated_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?) on conflict (id) do update set "
                        + "name = excluded.name, name_lower = excluded.name_lower, email = excluded.email, "
                        + "email_lower = excluded.email_lower, phone = excluded.phone, tier = excluded.tier, "
                        + "addresses = excluded.addresses, communication_preference = excluded.communication_preference, "
                        + "version = excluded.version, updated_at = excluded.updated_at "
                        + "where customer_view.version < excluded.version",
                c.id(), c.name(), lower(c.name()), c.email(), lower(c.email()), c.phone(), c.tier(),
                write(c.addresses()), c.communicationPreference(), c.version(), Timestamp.from(c.createdAt()),
                Timestamp.from(c.updatedAt()));
    }

    private static List<Address> addresses(List<Address> addresses) {
        return addresses == null ? List.of() : List.copyOf(addresses);
    }

    private String write(List<Address> addresses) {
        try {
            return json.writeValueAsString(addresses);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String lower(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }
}
