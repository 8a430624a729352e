package com.opsledger.query.stocktake;

import com.opsledger.kernel.common.Quantity;
import com.opsledger.kernel.stockitem.BatchView;
import com.opsledger.kernel.stocktake.StockCount;
import com.opsledger.kernel.stocktake.StockCountsRecordedEvent;
import com.opsledger.kernel.stocktake.StocktakeApprovedEvent;
import com.opsledger.kernel.stocktake.StocktakeCompletedEvent;
import com.opsledger.kernel.stocktake.StocktakeCountView;
import com.opsledger.kernel.stocktake.StocktakeEvent;
import com.opsledger.kernel.stocktake.StocktakeItemView;
import com.opsledger.kernel.stocktake.StocktakeStartedEvent;
import com.opsledger.kernel.stocktake.StocktakeVarianceView;
import com.opsledger.kernel.stocktake.StocktakeView;
import com.opsledger.query.audit.RecordEvent;
import com.opsledger.query.audit.RecordEvolution;
import com.opsledger.query.common.JsonColumns;
import com.opsledger.query.common.ProcessingBatch;
import com.opsledger.query.common.ReadModelTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static com.opsledger.query.common.Amounts.plain;

/**
 * Stocktakes with their items, count history and variances, and a stocktake as it was at any instant: both follow
 * its events through one {@link #evolve}; the version (aggregate sequence number) makes every change count once. The
 * stocktakes a processing batch touches are read once, evolved in memory and written back as one JDBC batch.
 */
@Component
@ReadModelTables("stocktake_view")
@ProcessingGroup("stocktakes-postgres")
class StocktakeTablePostgresProjection extends RecordEvolution<StocktakeView> {

    static final String UPSERT = "insert into stocktake_view (id, number, warehouse_id, status, blind, document, "
            + "version, created_at, updated_at) values (?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?) on conflict (id) do update "
            + "set status = excluded.status, document = excluded.document, version = excluded.version, "
            + "updated_at = excluded.updated_at where stocktake_view.version < excluded.version";
    private static final String RESOURCE = StocktakeTablePostgresProjection.class.getName();

    private final JdbcTemplate jdbc;

    StocktakeTablePostgresProjection(JdbcTemplate jdbc) {
        super("stocktakes", "Stocktake", StocktakeView::version);
        this.jdbc = jdbc;
    }

    @Override
    public StocktakeView evolve(StocktakeView s, RecordEvent event) {
        if (event.payload() instanceof StocktakeStartedEvent e) {
            List<StocktakeItemView> items = e.items().stream().map(i -> new StocktakeItemView(i.stockItemId(),
                    i.productId(), i.onHand().unit(), plain(i.onHand().amount()), i.batches().stream()
                    .map(b -> new BatchView(b.batch(), b.expiryDate(), plain(b.quantity().amount()))).toList()))
                    .toList();
            return new StocktakeView(e.stocktakeId(), e.number(), e.warehouseId(), "counting", e.blind(), e.scope(),
                    e.startPosition(), items, List.of(), List.of(), false, null, event.timestamp(),
                    event.timestamp(), event.sequenceNumber());
        }
        if (s == null) {
            return null;
        }
        if (event.payload() instanceof StockCountsRecordedEvent e) {
            List<StocktakeCountView> counts = new ArrayList<>();
            for (StocktakeCountView earlier : s.counts()) {
                boolean replaced = e.counts().stream().anyMatch(c -> c.stockItemId().equals(earlier.stockItemId())
                        && Objects.equals(c.batch(), earlier.batch()));
                counts.add(replaced ? new StocktakeCountView(earlier.stockItemId(), earlier.productId(),
                        earlier.batch(), earlier.counted(), earlier.expectedAtStart(), earlier.movementsSince(),
                        earlier.expected(), false, earlier.countedAt(), earlier.countedBy()) : earlier);
            }
            for (StockCount c : e.counts()) {
                counts.add(new StocktakeCountView(c.stockItemId(), c.productId(), c.batch(), amount(c.counted()),
                        amount(c.expectedAtStart()), amount(c.movementsSince()), amount(c.expected()), true,
                        event.timestamp(), event.userId()));
            }
            return with(s, event, s.status(), List.copyOf(counts), s.variances(), s.approvalNeeded(),
                    s.approvedBy());
        }
        if (event.payload() instanceof StocktakeCompletedEvent e) {
            List<StocktakeVarianceView> variances = e.variances().stream().map(v -> new StocktakeVarianceView(
                    v.stockItemId(), v.productId(), v.batch(), amount(v.expectedAtStart()),
                    amount(v.movementsSince()), amount(v.expected()), amount(v.counted()), amount(v.variance()),
                    v.value() == null ? null : plain(v.value().amount()),
                    v.value() == null ? null : v.value().currency(), v.beyondLimits())).toList();
            return with(s, event, e.approvalNeeded() ? "awaiting-approval" : "completed", s.counts(), variances,
                    e.approvalNeeded(), null);
        }
        if (event.payload() instanceof StocktakeApprovedEvent e) {
            return with(s, event, "approved", s.counts(), s.variances(), s.approvalNeeded(),
                    e.automatic() ? null : event.userId());
        }
        return s;
    }

    @EventHandler
    void on(StocktakeEvent event, DomainEventMessage<?> message) {
        Map<String, StocktakeView> batch = ProcessingBatch.state(RESOURCE, LinkedHashMap::new, this::write);
        StocktakeView stored = batch != null && batch.containsKey(event.stocktakeId()) ? batch.get(event.stocktakeId())
                : StocktakeQueryHandler.find(jdbc, event.stocktakeId());
        StocktakeView next = evolveOnce(stored, RecordEvent.of(message));
        if (next == null) {
            return;
        }
        if (batch == null) {
            write(new LinkedHashMap<>(Map.of(next.id(), next)));
        } else {
            batch.put(next.id(), next);
        }
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from stocktake_view");
    }

    private void write(Map<String, StocktakeView> views) {
        if (views.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(UPSERT, views.values().stream().map(v -> new Object[]{v.id(), v.number(), v.warehouseId(),
                v.status(), v.blind(), JsonColumns.write(v), v.version(), utc(v.createdAt()), utc(v.updatedAt())})
                .toList());
        views.clear();
    }

    private static StocktakeView with(StocktakeView s, RecordEvent event, String status,
                                      List<StocktakeCountView> counts, List<StocktakeVarianceView> variances,
                                      boolean approvalNeeded, String approvedBy) {
        return new StocktakeView(s.id(), s.number(), s.warehouseId(), status, s.blind(), s.scope(), s.startPosition(),
                s.items(), counts, variances, approvalNeeded, approvedBy, s.createdAt(), event.timestamp(),
                event.sequenceNumber());
    }

    private static BigDecimal amount(Quantity quantity) {
        return plain(quantity.amount());
    }

    private static OffsetDateTime utc(java.time.Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
