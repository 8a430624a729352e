package com.opsledger.query.search;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import com.opsledger.kernel.catalog.ProductCreatedEvent;
import com.opsledger.kernel.catalog.ProductUpdatedEvent;
import com.opsledger.kernel.stockitem.StockItemOpenedEvent;
import com.opsledger.kernel.stockitem.StockLevels;
import com.opsledger.kernel.stockitem.StockLevelsChangedEvent;
import com.opsledger.kernel.stockitem.StockQuarantinedEvent;
import com.opsledger.kernel.stockitem.StockReleasedFromQuarantineEvent;
import com.opsledger.kernel.warehouse.WarehouseCreatedEvent;
import com.opsledger.query.search.StockSearchIndex.Document;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import static com.opsledger.query.search.StockSearchIndex.PRODUCT;
import static com.opsledger.query.search.StockSearchIndex.STOCK_ITEM;
import static com.opsledger.query.search.StockSearchIndex.WAREHOUSE;
import static com.opsledger.query.search.StockSearchIndex.documentId;
import static com.opsledger.query.search.StockSearchIndex.fold;

/**
 * Products, warehouses and stock items in Elasticsearch for search-as-you-type.
 * <p>
 * Elasticsearch is outside the token store's transaction, so a batch may be delivered again after a failure: every
 * write sets absolute values under an id derived from the aggregate id, and writing it twice changes nothing.
 * Stock items copy product and warehouse fields, which relies on events reaching this handler in global order:
 * run this processing group with one segment.
 */
@Component
@ProcessingGroup(StockSearchElasticProjection.NAME)
class StockSearchElasticProjection {

    static final String NAME = "stock-search-elastic";

    private final StockSearchIndex index;
    private final StockSearchWrites writes;

    StockSearchElasticProjection(StockSearchIndex index, StockSearchWrites writes) {
        this.index = index;
        this.writes = writes;
    }

    @EventHandler
    void on(ProductCreatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        Map<String, Object> doc = fields(PRODUCT, event.productId(), sequence, at);
        doc.put("productId", event.productId());
        doc.put("sku", event.sku());
        doc.put("productName", event.name());
        doc.put("productNameFolded", fold(event.name()));
        doc.put("unit", event.unit());
        doc.put("reorderPoint", event.reorderPoint().amount());
        writes.put(documentId(PRODUCT, event.productId()), doc);
    }

    /** The stock items copy the name and reorder point, so they change with the product. */
    @EventHandler
    void on(ProductUpdatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        BigDecimal reorderPoint = event.reorderPoint().amount();
        Map<String, Object> product = fields(PRODUCT, event.productId(), sequence, at);
        product.put("productName", event.name());
        product.put("productNameFolded", fold(event.name()));
        product.put("reorderPoint", reorderPoint);
        writes.merge(documentId(PRODUCT, event.productId()), product);

        // no _update_by_query in this distribution: send what the batch gathered, find the items, then update each
        // by id in one bulk
        writes.flushNow();
        index.refresh();
        Map<String, Map<String, Object>> changes = new LinkedHashMap<>();
        for (Document item : index.findAll(stockItemsOf(event.productId()))) {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("productName", event.name());
            change.put("productNameFolded", fold(event.name()));
            change.put("reorderPoint", reorderPoint);
            if (item.available() != null) {
                change.put("belowReorderPoint", item.available().compareTo(reorderPoint) < 0);
            }
            changes.put(documentId(STOCK_ITEM, item.id()), change);
        }
        index.mergeAll(changes);
    }

    @EventHandler
    void on(WarehouseCreatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        Map<String, Object> doc = fields(WAREHOUSE, event.warehouseId(), sequence, at);
        doc.put("warehouseId", event.warehouseId());
        doc.put("warehouseCode", event.code());
        doc.put("warehouseName", event.name());
        doc.put("warehouseNameFolded", fold(event.name()));
        writes.put(documentId(WAREHOUSE, event.warehouseId()), doc);
    }

    @EventHandler
    void on(StockItemOpenedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        // throwing makes the processor retry; in global order both are always indexed by now
        Document product = writes.get(documentId(PRODUCT, event.productId())).orElseThrow(() ->
                new IllegalStateException("product " + event.productId() + " is not in the search index yet"));
        Document warehouse = writes.get(documentId(WAREHOUSE, event.warehouseId())).orElseThrow(() ->
                new IllegalStateException("warehouse " + event.warehouseId() + " is not in the search index yet"));
        Map<String, Object> doc = fields(STOCK_ITEM, event.stockItemId(), sequence, at);
        doc.put("productId", event.productId());
        doc.put("sku", product.sku());
        doc.put("productName", product.productName());
        doc.put("productNameFolded", fold(product.productName()));
        doc.put("warehouseId", event.warehouseId());
        doc.put("warehouseCode", warehouse.warehouseCode());
        doc.put("warehouseName", warehouse.warehouseName());
        doc.put("warehouseNameFolded", fold(warehouse.warehouseName()));
        doc.put("unit", event.unit());
        doc.put("onHand", BigDecimal.ZERO);
        doc.put("reserved", BigDecimal.ZERO);
        doc.put("available", BigDecimal.ZERO);
        doc.put("quarantined", BigDecimal.ZERO);
        doc.put("reorderPoint", product.reorderPoint());
        doc.put("belowReorderPoint", BigDecimal.ZERO.compareTo(product.reorderPoint()) < 0);
        writes.put(documentId(STOCK_ITEM, event.stockItemId()), doc);
    }

    /** Any movement: the balances it left, never a delta, so applying an event twice gives the same document. */
    @EventHandler
    void on(StockLevelsChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        levels(event.stockItemId(), event.levels(), sequence, at);
    }

    /** A hold or its release moves stock between quarantined and available; the levels it left say how much. */
    @EventHandler
    void on(StockQuarantinedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        levels(event.stockItemId(), event.levels(), sequence, at);
    }

    @EventHandler
    void on(StockReleasedFromQuarantineEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        levels(event.stockItemId(), event.levels(), sequence, at);
    }

    private void levels(String stockItemId, StockLevels levels, long sequence, Instant at) {
        String id = documentId(STOCK_ITEM, stockItemId);
        BigDecimal available = levels.available().amount();
        Map<String, Object> doc = fields(STOCK_ITEM, stockItemId, sequence, at);
        doc.put("onHand", levels.onHand().amount());
        doc.put("reserved", levels.reserved().amount());
        doc.put("available", available);
        doc.put("quarantined", levels.quarantined().amount());
        // without scripts the flag cannot be computed in Elasticsearch: the reorder point is read before writing
        writes.mergeLevels(id, doc, available);
    }

    /** A replay builds a new index aside; searches read the current one until the replay has caught up. */
    @ResetHandler
    void reset() {
        index.startRebuild();
    }

    private static Map<String, Object> fields(String kind, String aggregateId, long sequence, Instant at) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("kind", kind);
        doc.put("id", aggregateId);
        doc.put("version", sequence);
        doc.put("updatedAt", at.toString());
        return doc;
    }

    private static Query stockItemsOf(String productId) {
        return Query.of(q -> q.bool(b -> b
                .filter(f -> f.term(t -> t.field("kind").value(STOCK_ITEM)))
                .filter(f -> f.term(t -> t.field("productId").value(productId)))));
    }
}
