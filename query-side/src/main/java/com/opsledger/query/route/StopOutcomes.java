package com.opsledger.query.route;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;

/**
 * A stop's status follows its delivery's own outcome: {@code delivered} once the goods were handed over,
 * {@code failed} once they could not be (and still after they came back), whatever the route itself says.
 */
final class StopOutcomes {

    static final String DELIVERED = "delivered";
    static final String FAILED = "failed";

    private StopOutcomes() {
    }

    /** The outcome of each delivery of the route that has one, by delivery id. */
    static Map<String, String> of(JdbcTemplate jdbc, String routeId) {
        Map<String, String> outcomes = new HashMap<>();
        jdbc.query("select id, status from delivery_view where route_id = ? and status in ('delivered', 'failed', "
                + "'returned')", (ResultSet rs) -> {
                    outcomes.put(rs.getString(1), rs.getString(2).equals(DELIVERED) ? DELIVERED : FAILED);
                }, routeId);
        return outcomes;
    }
}
