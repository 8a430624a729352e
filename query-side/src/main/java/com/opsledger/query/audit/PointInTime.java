package com.opsledger.query.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.opsledger.kernel.access.Caller;
import com.opsledger.kernel.common.NotFoundException;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A record's state at an instant, rebuilt from its own events up to that instant (upcast like every read of the
 * event store), never from a read model. A resource with a {@link ViewEvolution} answers its own view; any other
 * aggregate type is folded generically, each event's fields overwriting the previous ones, which is enough for diffs.
 */
@Component
public class PointInTime {

    private final EventStore eventStore;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Map<String, ViewEvolution<?>> byResource;
    private final Map<String, ViewEvolution<?>> byType;

    PointInTime(EventStore eventStore, JdbcTemplate jdbc, ObjectMapper json, List<ViewEvolution<?>> evolutions) {
        this.eventStore = eventStore;
        this.jdbc = jdbc;
        this.json = json;
        this.byResource = evolutions.stream().collect(Collectors.toMap(ViewEvolution::resource, Function.identity()));
        this.byType = evolutions.stream().collect(Collectors.toMap(ViewEvolution::aggregateType, Function.identity()));
    }

    /** The resources that answer {@code ?asOf=}. */
    public Set<String> resources() {
        return new LinkedHashSet<>(byResource.keySet());
    }

    /** The record of {@code resource} at {@code asOf}; 404 when it did not exist yet or the caller may not see it. */
    public PointInTimeView asOf(String resource, String id, Instant asOf, Caller caller) {
        ViewEvolution<?> evolution = byResource.get(resource);
        if (evolution == null) {
            throw new NotFoundException("resource", resource);
        }
        Folded folded = fold(evolution.aggregateType(), id, asOf, caller);
        if (folded == null) {
            throw new NotFoundException(evolution.aggregateType() + " at " + asOf, id);
        }
        return new PointInTimeView(evolution.aggregateType(), id, asOf, folded.sequenceNumber(),
                globalIndex(id, folded.sequenceNumber()), folded.timestamp(), folded.state());
    }

    /** Every field that differs between the record at {@code from} and at {@code to}. */
    public DiffView diff(String aggregateType, String id, Instant from, Instant to, Caller caller) {
        Folded after = fold(aggregateType, id, to, caller);
        if (after == null) {
            throw new NotFoundException(aggregateType + " at " + to, id);
        }
        Folded before = from == null ? null : fold(aggregateType, id, from, caller);
        Map<String, JsonNode> old = flatten(before == null ? json.createObjectNode() : json.valueToTree(before.state()));
        Map<String, JsonNode> now = flatten(json.valueToTree(after.state()));
        List<FieldChange> changes = new ArrayList<>();
        Set<String> fields = new LinkedHashSet<>(old.keySet());
        fields.addAll(now.keySet());
        for (String field : fields) {
            JsonNode a = old.get(field);
            JsonNode b = now.get(field);
            if (!same(a, b)) {
                changes.add(new FieldChange(field, a, b));
            }
        }
        return new DiffView(aggregateType, id, from, to, before == null ? null : before.sequenceNumber(),
                after.sequenceNumber(), changes);
    }

    private record Folded(Object state, long sequenceNumber, Instant timestamp) {
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Folded fold(String aggregateType, String id, Instant asOf, Caller caller) {
        ViewEvolution evolution = byType.get(aggregateType);
        Object state = null;
        long sequence = -1;
        Instant at = null;
        DomainEventStream events = eventStore.readEvents(id, 0);
        while (events.hasNext()) {
            DomainEventMessage<?> event = events.peek();
            if (!aggregateType.equals(event.getType())) {
                return null;
            }
            if (event.getTimestamp().isAfter(asOf)) {
                break;
            }
            events.next();
            RecordEvent recordEvent = RecordEvent.of(event);
            state = evolution == null ? merge((ObjectNode) state, recordEvent) : evolution.evolve(state, recordEvent);
            sequence = event.getSequenceNumber();
            at = event.getTimestamp();
        }
        if (state == null) {
            return null;
        }
        if (evolution == null) {
            // a type folded generically says nothing of whose it is (user accounts, roles): for staff only
            return RecordScopes.staffRecord(caller) ? new Folded(state, sequence, at) : null;
        }
        state = evolution.seenAt(state, asOf);
        if (!evolution.visibleTo(caller, state)) {
            return null;
        }
        return new Folded(state, sequence, at);
    }

    /** The generic fold: every field of every event, the latest value winning. */
    private ObjectNode merge(ObjectNode state, RecordEvent event) {
        ObjectNode merged = state == null ? json.createObjectNode() : state;
        JsonNode payload = json.valueToTree(event.payload());
        if (payload instanceof ObjectNode fields) {
            merged.setAll(fields);
        }
        merged.put("version", event.sequenceNumber());
        merged.put("updatedAt", event.timestamp().toString());
        return merged;
    }

    private long globalIndex(String id, long sequenceNumber) {
        List<Long> index = jdbc.queryForList("select global_index from domain_event_entry "
                + "where aggregate_identifier = ? and sequence_number = ?", Long.class, id, sequenceNumber);
        return index.isEmpty() ? -1 : index.get(0);
    }

    static Map<String, JsonNode> flatten(JsonNode node) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        flatten("", node, fields);
        return fields;
    }

    private static void flatten(String path, JsonNode node, Map<String, JsonNode> out) {
        if (node.isObject() && !node.isEmpty()) {
            Iterator<Map.Entry<String, JsonNode>> children = node.fields();
            while (children.hasNext()) {
                Map.Entry<String, JsonNode> child = children.next();
                flatten(path.isEmpty() ? child.getKey() : path + "." + child.getKey(), child.getValue(), out);
            }
        } else if (node.isArray() && !node.isEmpty()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "[" + i + "]", node.get(i), out);
            }
        } else if (!path.isEmpty()) {
            out.put(path, node);
        }
    }

    /** Equal values; numbers by value, so that 5 and 5.000 do not count as a change. */
    static boolean same(JsonNode a, JsonNode b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }
}
