package com.opsledger.query.search;

import com.opsledger.query.common.ReplayCopy;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.util.ObjectBuilder;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.opsledger.query.common.ElasticIndexCalls;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import static com.opsledger.query.common.Amounts.stripped;

/**
 * The one Elasticsearch index of products, warehouses and stock items, reached through its alias.
 * <p>
 * The index is created lazily on first use rather than at start-up, so the application starts while Elasticsearch
 * is down; the projection's processor then retries until it is back. Every call throws on any Elasticsearch error
 * (never swallows), which is what makes the processor retry.
 */
@Component
public class StockSearchIndex extends ElasticIndexCalls {

    public static final String PRODUCT = "product";
    public static final String WAREHOUSE = "warehouse";
    public static final String STOCK_ITEM = "stockItem";

    private static final int PAGE = 1000;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final ElasticsearchClient client;
    private final SearchIndexProperties names;
    /** The index a replay is building behind the rebuild alias, null when none; searches never read it. */
    private volatile String rebuilding;
    /** A scratch index this thread writes to instead (a verification's rebuild aside). */
    private final ThreadLocal<String> scratch = new ThreadLocal<>();

    public StockSearchIndex(ElasticsearchClient client, SearchIndexProperties names) {
        this.client = client;
        this.names = names;
    }

    /** What the index holds of one product, warehouse or stock item; fields another kind lacks are null. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Document(String kind, String id, String productId, String sku, String productName,
                           String warehouseId, String warehouseCode, String warehouseName, String unit,
                           BigDecimal onHand, BigDecimal reserved, BigDecimal available, BigDecimal reorderPoint,
                           Boolean belowReorderPoint, Long version, String updatedAt, BigDecimal quarantined) {

        /**
         * The same document with its numbers in one form: Elasticsearch keeps a source as written (3.500) but rewrites
         * it on a partial update (3.5), so two equal documents can differ in the scale of their numbers.
         */
        Document normalized() {
            return new Document(kind, id, productId, sku, productName, warehouseId, warehouseCode, warehouseName, unit,
                    stripped(onHand), stripped(reserved), stripped(available), stripped(reorderPoint),
                    belowReorderPoint, version, updatedAt, stripped(quarantined));
        }
    }

    public static String documentId(String kind, String aggregateId) {
        return kind + ":" + aggregateId;
    }

    /**
     * Lower case without accents, for the *Folded fields and the text searched in them: the distribution we run
     * has no asciifolding filter, so both sides are folded here in Java the same way.
     */
    public static String fold(String text) {
        String stripped = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        StringBuilder folded = new StringBuilder(stripped.length());
        stripped.codePoints().forEach(c -> folded.append(switch (c) {
            // letters that have no decomposition into base letter + mark
            case 'ß' -> "ss";
            case 'æ', 'Æ' -> "ae";
            case 'œ', 'Œ' -> "oe";
            case 'ø', 'Ø' -> "o";
            case 'ł', 'Ł' -> "l";
            case 'đ', 'Đ' -> "d";
            case 'þ', 'Þ' -> "th";
            case 'ı' -> "i";
            default -> Character.toString(c);
        }));
        return folded.toString().toLowerCase(Locale.ROOT);
    }

    /** The alias to read and write through, creating the index behind it first if it does not exist yet. */
    public String alias() {
        if (!ready) {
            create();
        }
        return names.stockAlias();
    }

    /**
     * Where the projection writes and reads its own documents: a verification's scratch index on its thread, else
     * the index a replay is building when this is the replay's processing, else the alias that searches read.
     */
    String target() {
        String own = scratch.get();
        if (own != null) {
            return own;
        }
        String alias = alias();
        return rebuilding != null && ReplayCopy.active() ? rebuilding : alias;
    }

    /**
     * A replay starts: a new empty index is built behind the rebuild alias while searches keep reading the alias's
     * current index. Any earlier unfinished rebuild is dropped.
     */
    public synchronized void startRebuild() {
        alias();
        dropRebuild();
        String index = names.stockIndex() + "-" + System.currentTimeMillis();
        call(() -> client.indices().create(c -> c.index(index).aliases(names.rebuildAlias(), a -> a)
                .settings(oneShard()).mappings(mapping())));
        rebuilding = index;
    }

    /** Whether a replay is building a new index (also when it was started before this process). */
    public boolean isRebuilding() {
        alias();
        return rebuilding != null;
    }

    /** The rebuilt index takes the alias in one atomic step, and the index it replaces is dropped. */
    public synchronized void promoteRebuild() {
        String fresh = rebuilding;
        if (fresh == null) {
            return;
        }
        String alias = names.stockAlias();
        List<String> old = indicesOf(alias);
        old.remove(fresh);
        call(() -> client.indices().updateAliases(u -> {
            u.actions(a -> a.add(add -> add.index(fresh).alias(alias).isWriteIndex(true)));
            u.actions(a -> a.remove(r -> r.index(fresh).alias(names.rebuildAlias())));
            old.forEach(index -> u.actions(a -> a.remove(r -> r.index(index).alias(alias))));
            return u;
        }));
        rebuilding = null;
        for (String index : old) {
            call(() -> client.indices().delete(d -> d.index(index).ignoreUnavailable(true)));
        }
    }

    private void dropRebuild() {
        List<String> building = indicesOf(names.rebuildAlias());
        for (String index : building) {
            call(() -> client.indices().delete(d -> d.index(index).ignoreUnavailable(true)));
        }
        rebuilding = null;
    }

    /** A new empty index for a verification's rebuild; only this thread's writes go to it, inside {@code work}. */
    public String createScratch() {
        String index = names.stockIndex() + "-verify-" + System.nanoTime();
        call(() -> client.indices().create(c -> c.index(index).settings(oneShard()).mappings(mapping())));
        return index;
    }

    public void inScratch(String index, Runnable work) {
        scratch.set(index);
        try {
            work.run();
        } finally {
            scratch.remove();
        }
    }

    public void dropScratch(String index) {
        call(() -> client.indices().delete(d -> d.index(index).ignoreUnavailable(true)));
    }

    /** Every document of an index or alias by id, after a refresh. */
    public Map<String, Document> documents(String indexOrAlias) {
        call(() -> client.indices().refresh(r -> r.index(indexOrAlias)));
        Map<String, Document> documents = new java.util.TreeMap<>();
        String before = scratch.get();
        scratch.set(indexOrAlias);
        try {
            for (Document document : findAll(Query.of(q -> q.matchAll(m -> m)))) {
                documents.put(document.kind() + ":" + document.id(), document.normalized());
            }
        } finally {
            if (before == null) {
                scratch.remove();
            } else {
                scratch.set(before);
            }
        }
        return documents;
    }

    /** Makes every write so far visible to search (tests, and before searching what the projection wrote). */
    public void refresh() {
        String alias = alias();
        String target = target();
        call(() -> client.indices().refresh(r -> r.index(alias)));
        if (!target.equals(alias)) {
            call(() -> client.indices().refresh(r -> r.index(target)));
        }
    }

    /** A realtime get: sees the latest write even before a refresh. */
    public Optional<Document> get(String documentId) {
        String alias = target();
        var response = call(() -> client.get(g -> g.index(alias).id(documentId).realtime(true), Document.class));
        return response.found() ? Optional.ofNullable(response.source()) : Optional.empty();
    }

    /** Realtime gets of many documents in one request: those that exist, by id. */
    public Map<String, Document> getAll(List<String> documentIds) {
        String alias = target();
        var response = call(() -> client.mget(m -> m.index(alias).ids(documentIds).realtime(true), Document.class));
        Map<String, Document> found = new java.util.HashMap<>();
        response.docs().forEach(item -> {
            if (item.isFailure()) {
                throw new IllegalStateException("Elasticsearch could not read " + item.failure().id() + ": "
                        + item.failure().error().reason());
            }
            var result = item.result();
            if (result.found() && result.source() != null) {
                found.put(result.id(), result.source());
            }
        });
        return found;
    }

    /** The document that these fields make, as a search answers it. */
    static Document asDocument(Map<String, Object> fields) {
        return new Document(text(fields, "kind"), text(fields, "id"), text(fields, "productId"), text(fields, "sku"),
                text(fields, "productName"), text(fields, "warehouseId"), text(fields, "warehouseCode"),
                text(fields, "warehouseName"), text(fields, "unit"), number(fields, "onHand"),
                number(fields, "reserved"), number(fields, "available"), number(fields, "reorderPoint"),
                (Boolean) fields.get("belowReorderPoint"),
                fields.get("version") instanceof Number version ? version.longValue() : null,
                text(fields, "updatedAt"), number(fields, "quarantined"));
    }

    private static String text(Map<String, Object> fields, String name) {
        Object value = fields.get(name);
        return value == null ? null : value.toString();
    }

    private static BigDecimal number(Map<String, Object> fields, String name) {
        Object value = fields.get(name);
        return value instanceof BigDecimal decimal ? decimal : value == null ? null : new BigDecimal(value.toString());
    }

    /**
     * Replaces the {@code whole} documents and sets the {@code partial} fields (creating documents that do not
     * exist), all in one bulk request; fails if any one of them fails.
     */
    public void writeAll(Map<String, Map<String, Object>> whole, Map<String, Map<String, Object>> partial) {
        if (whole.isEmpty() && partial.isEmpty()) {
            return;
        }
        String alias = target();
        List<BulkOperation> operations = new ArrayList<>(whole.size() + partial.size());
        whole.forEach((id, document) -> operations.add(BulkOperation.of(o -> o.index(i -> i
                .index(alias).id(id).document(document)))));
        partial.forEach((id, fields) -> operations.add(BulkOperation.of(o -> o.update(u -> u
                .index(alias).id(id).action(a -> a.doc(fields).docAsUpsert(true))))));
        bulk(alias, operations);
    }

    /** Writes the whole document, replacing any earlier one with that id. */
    public void put(String documentId, Map<String, Object> fields) {
        String alias = target();
        call(() -> client.index(i -> i.index(alias).id(documentId).document(fields).requireAlias(isAlias(alias))));
    }

    /** Sets the given fields and leaves the others as they are; creates the document if it does not exist. */
    public void merge(String documentId, Map<String, Object> fields) {
        String alias = target();
        call(() -> client.update(u -> u.index(alias).id(documentId).doc(fields).docAsUpsert(true).requireAlias(isAlias(alias)),
                Document.class));
    }

    /** {@link #merge} of many documents in one bulk request; fails if any one of them fails. */
    public void mergeAll(Map<String, Map<String, Object>> fieldsByDocumentId) {
        if (fieldsByDocumentId.isEmpty()) {
            return;
        }
        writeAll(Map.of(), fieldsByDocumentId);
    }

    private void bulk(String alias, List<BulkOperation> operations) {
        BulkResponse response = call(() -> client.bulk(b -> b.operations(operations).requireAlias(isAlias(alias))));
        if (response.errors()) {
            BulkResponseItem failed = response.items().stream().filter(item -> item.error() != null).findFirst()
                    .orElseThrow();
            forgetIfMissing(failed.error().type());
            throw new IllegalStateException("Elasticsearch refused the update of " + failed.id() + ": "
                    + failed.error().type() + " " + failed.error().reason());
        }
    }

    /**
     * Every document matching {@code filter}, read page by page with search_after on the unique id field (sorting
     * on _id is off by default in 8.x). Callers refresh first when they must see their own recent writes.
     */
    public List<Document> findAll(Query filter) {
        String alias = target();
        List<Document> found = new ArrayList<>();
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> from = after;
            SearchResponse<Document> page = call(() -> client.search(s -> {
                s.index(alias).query(q -> q.bool(b -> b.filter(filter))).size(PAGE)
                        .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
                return from == null ? s : s.searchAfter(from);
            }, Document.class));
            List<Hit<Document>> hits = page.hits().hits();
            hits.forEach(hit -> found.add(hit.source()));
            if (hits.size() < PAGE) {
                return found;
            }
            after = hits.get(hits.size() - 1).sort();
        }
    }

    public SearchResponse<Document> search(Function<SearchRequest.Builder, ObjectBuilder<SearchRequest>> request) {
        String alias = alias();
        return call(() -> client.search(s -> request.apply(s.index(alias)), Document.class));
    }

    private List<String> indicesOf(String alias) {
        if (!call(() -> client.indices().existsAlias(e -> e.name(alias))).value()) {
            return new ArrayList<>();
        }
        return new ArrayList<>(call(() -> client.indices().getAlias(g -> g.name(alias))).result().keySet());
    }

    private boolean isAlias(String name) {
        return name.equals(names.stockAlias()) || name.equals(names.rebuildAlias());
    }

    private synchronized void create() {
        if (ready) {
            return;
        }
        String alias = names.stockAlias();
        String index = names.stockIndex();
        createBehindAlias(client, index, alias, oneShard(), mapping());
        addFieldsOfLaterVersions(alias);
        rebuilding = indicesOf(names.rebuildAlias()).stream().findFirst().orElse(null);
        ready = true;
    }

    /**
     * An index made by an earlier version lacks the fields added since ({@code quarantined}, v2): they are added to its
     * mapping (new fields are the one change a mapping takes in place), and a replay rebuilds it whole as this version.
     */
    private void addFieldsOfLaterVersions(String alias) {
        call(() -> client.indices().putMapping(p -> p.index(alias)
                .properties("quarantined", Property.of(n -> n.double_(d -> d)))));
    }

    /** Strict, so a typo in a field name fails the write instead of silently adding a field. */
    private static TypeMapping mapping() {
        Property keyword = Property.of(p -> p.keyword(k -> k));
        Property number = Property.of(p -> p.double_(d -> d));
        // index_prefixes turns the prefix of the last word typed into a term lookup instead of a term scan
        Property name = Property.of(p -> p.text(t -> t.analyzer("standard")
                .indexPrefixes(i -> i.minChars(1).maxChars(10))
                .fields("keyword", f -> f.keyword(k -> k.ignoreAbove(256)))));
        Property folded = Property.of(p -> p.text(t -> t.analyzer("standard")
                .indexPrefixes(i -> i.minChars(1).maxChars(10))));
        return TypeMapping.of(m -> m.dynamic(DynamicMapping.Strict)
                .properties("kind", keyword)
                .properties("id", keyword)
                .properties("productId", keyword)
                .properties("sku", keyword)
                .properties("productName", name)
                .properties("productNameFolded", folded)
                .properties("warehouseId", keyword)
                .properties("warehouseCode", keyword)
                .properties("warehouseName", name)
                .properties("warehouseNameFolded", folded)
                .properties("unit", keyword)
                // doubles serve ranges and aggregations; PostgreSQL stays the exact store of quantities
                .properties("onHand", number)
                .properties("reserved", number)
                .properties("available", number)
                .properties("quarantined", number)
                .properties("reorderPoint", number)
                .properties("belowReorderPoint", p -> p.boolean_(b -> b))
                .properties("updatedAt", p -> p.date(d -> d))
                .properties("version", p -> p.long_(l -> l)));
    }
}
