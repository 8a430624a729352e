package com.opsledger.query.customer;

import com.opsledger.query.common.ReadModelTables;
import com.opsledger.kernel.privacy.DataSubjectErasedEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opsledger.kernel.customer.Address;
import com.opsledger.kernel.customer.CustomerCreatedEvent;
import com.opsledger.kernel.customer.CustomerUpdatedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

@Component
@ReadModelTables("customer_view")
@ProcessingGroup("customers-postgres")
class CustomerTablePostgresProjection {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    CustomerTablePostgresProjection(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(CustomerCreatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        jdbc.update("insert into customer_view (id, name, name_lower, email, email_lower, phone, tier, addresses, "
                        + "communication_preference, version, created_at, updated_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?) on conflict do nothing",
                event.customerId(), event.name(), lower(event.name()), event.email(), lower(event.email()),
                event.phone(), event.tier(), write(event.addresses()), event.communicationPreference(), sequence,
                java.sql.Timestamp.from(at), java.sql.Timestamp.from(at));
    }

    @EventHandler
    void on(CustomerUpdatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        jdbc.update("update customer_view set name = ?, name_lower = ?, email = ?, email_lower = ?, phone = ?, "
                        + "tier = ?, addresses = cast(? as jsonb), communication_preference = ?, version = ?, "
                        + "updated_at = ? where id = ? and version < ?",
                event.name(), lower(event.name()), event.email(), lower(event.email()), event.phone(), event.tier(),
                write(event.addresses()), event.communicationPreference(), sequence, java.sql.Timestamp.from(at),
                event.customerId(), sequence);
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

    private String write(List<Address> addresses) {
        try {
            return json.writeValueAsString(addresses == null ? List.of() : addresses);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String lower(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }
}
