package com.opsledger.query.search;

import com.opsledger.kernel.stockitem.StockItemOpenedEvent;
import com.opsledger.query.search.StockSearchIndex.Document;
import com.opsledger.query.common.ProcessingBatch;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The search index writes of one processing batch, gathered per document and sent as one bulk request when the
 * batch's unit of work prepares to commit (so before its token is stored: a failure makes the processor retry the
 * batch). Stock level changes need the item's reorder point to set {@code belowReorderPoint}; the documents that the
 * batch did not write itself are read with one multi-get. Outside a unit of work every write goes out at once.
 * <p>
 * Two events of one batch on the same document collapse into one write that leaves what the later one says, so
 * a batch of 100 receipts costs at most two requests instead of two per event. The product and warehouse documents
 * that the batch's new stock items copy from are read with one multi-get when the batch first reads a document.
 */
@Component
class StockSearchWrites {

    private static final String RESOURCE = StockSearchWrites.class.getName();

    private final StockSearchIndex index;

    StockSearchWrites(StockSearchIndex index) {
        this.index = index;
    }

    /** What one document is to become: replaced whole ({@code whole}), or these fields set on what is stored. */
    private static final class Pending {
        Map<String, Object> whole;
        final Map<String, Object> fields = new LinkedHashMap<>();
        /** The available quantity to compare with the stored reorder point, when the document is not whole. */
        BigDecimal availableToFlag;

        Map<String, Object> document() {
            Map<String, Object> document = new LinkedHashMap<>(whole);
            document.putAll(fields);
            return document;
        }
    }

    /** What one processing batch gathered: the writes by document id, and the documents read for it. */
    private static final class Batch {
        final Map<String, Pending> writes = new LinkedHashMap<>();
        /** Documents as stored when read (empty: not stored); forgotten once the batch writes to them. */
        Map<String, Optional<Document>> read;
    }

    /** Writes the whole document, replacing any earlier one with that id. */
    void put(String documentId, Map<String, Object> document) {
        Map<String, Pending> batch = writes(documentId);
        if (batch == null) {
            index.put(documentId, document);
            return;
        }
        Pending pending = new Pending();
        pending.whole = new LinkedHashMap<>(document);
        batch.put(documentId, pending);
    }

    /** Sets these fields and leaves the others; creates the document if it does not exist. */
    void merge(String documentId, Map<String, Object> fields) {
        Map<String, Pending> batch = writes(documentId);
        if (batch == null) {
            index.merge(documentId, fields);
            return;
        }
        batch.computeIfAbsent(documentId, id -> new Pending()).fields.putAll(fields);
    }

    /** Sets these level fields and {@code belowReorderPoint} from the document's reorder point, if it has one. */
    void mergeLevels(String documentId, Map<String, Object> fields, BigDecimal available) {
        Map<String, Pending> batch = writes(documentId);
        if (batch == null) {
            Map<String, Object> change = new LinkedHashMap<>(fields);
            index.get(documentId).map(Document::reorderPoint).ifPresent(reorderPoint ->
                    change.put("belowReorderPoint", available.compareTo(reorderPoint) < 0));
            index.merge(documentId, change);
            return;
        }
        Pending pending = batch.computeIfAbsent(documentId, id -> new Pending());
        pending.fields.putAll(fields);
        Object reorderPoint = pending.whole == null ? pending.fields.get("reorderPoint") : pending.document()
                .get("reorderPoint");
        if (reorderPoint instanceof BigDecimal known) {
            pending.fields.put("belowReorderPoint", available.compareTo(known) < 0);
            pending.availableToFlag = null;
        } else {
            pending.availableToFlag = available;
        }
    }

    /** The document as this batch leaves it if it wrote it whole, else as stored (a realtime get). */
    Optional<Document> get(String documentId) {
        Batch batch = batch();
        Pending pending = batch == null ? null : batch.writes.get(documentId);
        if (pending != null && pending.whole != null) {
            return Optional.of(StockSearchIndex.asDocument(pending.document()));
        }
        if (pending != null) {
            // fields only: send them first, so the stored document is complete
            flush(batch.writes);
        }
        if (batch != null) {
            if (batch.read == null) {
                batch.read = readForBatch();
            }
            Optional<Document> read = batch.read.get(documentId);
            if (read != null) {
                return read;
            }
        }
        return index.get(documentId);
    }

    /** The product and warehouse documents of the stock items the batch opens, in one multi-get. */
    private Map<String, Optional<Document>> readForBatch() {
        Set<String> ids = new LinkedHashSet<>();
        for (Object payload : ProcessingBatch.payloads()) {
            if (payload instanceof StockItemOpenedEvent opened) {
                ids.add(StockSearchIndex.documentId(StockSearchIndex.PRODUCT, opened.productId()));
                ids.add(StockSearchIndex.documentId(StockSearchIndex.WAREHOUSE, opened.warehouseId()));
            }
        }
        Map<String, Optional<Document>> read = new HashMap<>();
        if (!ids.isEmpty()) {
            Map<String, Document> stored = index.getAll(new ArrayList<>(ids));
            ids.forEach(id -> read.put(id, Optional.ofNullable(stored.get(id))));
        }
        return read;
    }

    /** Sends what this batch has gathered so far (before reading the index by search). */
    void flushNow() {
        Batch batch = batch();
        if (batch != null) {
            flush(batch.writes);
        }
    }

    private Batch batch() {
        return ProcessingBatch.state(RESOURCE, Batch::new, batch -> flush(batch.writes));
    }

    /** The batch's writes, after forgetting what was read of the document about to be written; null outside one. */
    private Map<String, Pending> writes(String documentId) {
        Batch batch = batch();
        if (batch == null) {
            return null;
        }
        if (batch.read != null) {
            batch.read.remove(documentId);
        }
        return batch.writes;
    }

    private void flush(Map<String, Pending> batch) {
        if (batch.isEmpty()) {
            return;
        }
        List<String> toRead = new ArrayList<>();
        batch.forEach((id, pending) -> {
            if (pending.availableToFlag != null) {
                toRead.add(id);
            }
        });
        Map<String, Document> stored = toRead.isEmpty() ? Map.of() : index.getAll(toRead);
        Map<String, Map<String, Object>> whole = new LinkedHashMap<>();
        Map<String, Map<String, Object>> partial = new LinkedHashMap<>();
        batch.forEach((id, pending) -> {
            if (pending.availableToFlag != null) {
                Document document = stored.get(id);
                if (document != null && document.reorderPoint() != null) {
                    pending.fields.put("belowReorderPoint",
                            pending.availableToFlag.compareTo(document.reorderPoint()) < 0);
                }
            }
            if (pending.whole != null) {
                whole.put(id, pending.document());
            } else {
                partial.put(id, pending.fields);
            }
        });
        index.writeAll(whole, partial);
        batch.clear();
    }
}
