package com.opsledger.query.customer;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opsledger.kernel.common.PageView;
import com.opsledger.kernel.customer.Address;
import com.opsledger.kernel.customer.CustomerView;
import com.opsledger.kernel.customer.FindCustomerQuery;
import com.opsledger.kernel.customer.ListCustomersQuery;
import com.opsledger.query.common.JdbcPages;
import com.opsledger.query.common.SqlFilter;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** Customers; a customer-portal asker (scope set) sees only their own record. */
@Component
class CustomerQueryHandler {

    static final Map<String, String> SORTABLE = Map.of("name", "name_lower", "email", "email_lower",
            "tier", "tier", "createdAt", "created_at", "updatedAt", "updated_at");
    private static final TypeReference<List<Address>> ADDRESSES = new TypeReference<>() {
    };
    static final String SELECT = "select id, name, email, phone, tier, addresses, communication_preference, "
            + "version, created_at, updated_at";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    CustomerQueryHandler(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @QueryHandler
    CustomerView handle(FindCustomerQuery query) {
        if (query.scopeCustomerId() != null && !query.scopeCustomerId().equals(query.customerId())) {
            return null;
        }
        return jdbc.query(SELECT + " from customer_view where id = ?", mapper(), query.customerId()).stream()
                .findFirst().orElse(null);
    }

    @QueryHandler
    PageView<CustomerView> handle(ListCustomersQuery query) {
        SqlFilter where = SqlFilter.from("from customer_view where true").and("id = ?", query.scopeCustomerId());
        if (query.text() != null && !query.text().isBlank()) {
            String prefix = CustomerTablePostgresProjection.lower(query.text().strip()).replace("\\", "\\\\")
                    .replace("%", "\\%").replace("_", "\\_") + "%";
            where.andAlways("(name_lower like ? or email_lower like ?)", prefix, prefix);
        }
        return JdbcPages.page(jdbc, SELECT, where.sql(), where.args(), query.page(), SORTABLE, "id", mapper());
    }

    private RowMapper<CustomerView> mapper() {
        return mapper(json);
    }

    static RowMapper<CustomerView> mapper(ObjectMapper json) {
        return (rs, row) -> new CustomerView(rs.getString("id"), rs.getString("name"), rs.getString("email"),
                rs.getString("phone"), rs.getString("tier"), addresses(json, rs.getString("addresses")),
                rs.getString("communication_preference"), rs.getLong("version"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }

    private static List<Address> addresses(ObjectMapper json, String text) {
        try {
            return json.readValue(text, ADDRESSES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
