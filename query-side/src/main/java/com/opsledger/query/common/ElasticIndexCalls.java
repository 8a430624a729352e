package com.opsledger.query.common;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.indices.IndexSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What every Elasticsearch index of the read models does with a call: an I/O failure becomes unchecked (the
 * projection's processor retries the batch), and an index deleted under us is created again on the next call instead
 * of failing for ever.
 */
public abstract class ElasticIndexCalls {

    private static final int COPY_PAGE = 1000;

    /** Whether the index and its alias are known to exist; cleared when a call finds the index missing. */
    protected volatile boolean ready;

    protected <T> T call(Call<T> call) {
        try {
            return call.run();
        } catch (ElasticsearchException e) {
            forgetIfMissing(e.error().type());
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch did not answer: " + e.getMessage(), e);
        }
    }

    /**
     * Creates {@code index} as the write index behind {@code alias} unless the alias exists already. When the index
     * exists (another instance created it at the same moment, or it lost its alias) the alias is attached to it.
     */
    protected void createBehindAlias(ElasticsearchClient client, String index, String alias, IndexSettings settings,
                                     TypeMapping mapping) {
        if (call(() -> client.indices().exists(e -> e.index(alias))).value()) {
            return;
        }
        try {
            call(() -> client.indices().create(c -> c.index(index).aliases(alias, a -> a.isWriteIndex(true))
                    .settings(settings).mappings(mapping)));
        } catch (ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
            call(() -> client.indices().putAlias(p -> p.index(index).name(alias).isWriteIndex(true)));
        }
    }

    /**
     * Like {@link #createBehindAlias}, for an index whose mapping has a new version ({@code index}): when the alias
     * still stands on an index of an earlier version, the documents of that index are copied into the new one (their
     * fields are a subset of the new mapping's), the alias moves to the new index in one step and the old one is
     * dropped. What the new version adds to those documents comes with a replay of the projection.
     */
    protected void createOrUpgradeBehindAlias(ElasticsearchClient client, String index, String alias,
                                              IndexSettings settings, TypeMapping mapping) {
        List<String> earlier = indicesBehind(client, alias);
        if (earlier.isEmpty() || earlier.contains(index)) {
            createBehindAlias(client, index, alias, settings, mapping);
            return;
        }
        try {
            call(() -> client.indices().create(c -> c.index(index).settings(settings).mappings(mapping)));
        } catch (ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        }
        for (String old : earlier) {
            copyDocuments(client, old, index);
        }
        call(() -> client.indices().updateAliases(u -> {
            u.actions(a -> a.add(add -> add.index(index).alias(alias).isWriteIndex(true)));
            earlier.forEach(old -> u.actions(a -> a.remove(r -> r.index(old).alias(alias))));
            return u;
        }));
        for (String old : earlier) {
            call(() -> client.indices().delete(d -> d.index(old).ignoreUnavailable(true)));
        }
    }

    /** Drops {@code index} and every index behind {@code alias}: a replay starts from nothing. */
    protected void dropBehindAlias(ElasticsearchClient client, String index, String alias) {
        List<String> doomed = indicesBehind(client, alias);
        if (!doomed.contains(index)) {
            doomed.add(index);
        }
        for (String name : doomed) {
            call(() -> client.indices().delete(d -> d.index(name).ignoreUnavailable(true)));
        }
    }

    /** The indices an alias stands on; none when it does not exist. */
    protected List<String> indicesBehind(ElasticsearchClient client, String alias) {
        if (!call(() -> client.indices().existsAlias(e -> e.name(alias))).value()) {
            return new ArrayList<>();
        }
        return new ArrayList<>(call(() -> client.indices().getAlias(g -> g.name(alias))).result().keySet());
    }

    /** Every document of {@code from} into {@code to} under the same id, page by page in the order of their ids. */
    @SuppressWarnings("rawtypes")
    private void copyDocuments(ElasticsearchClient client, String from, String to) {
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> cursor = after;
            SearchResponse<Map> page = call(() -> client.search(s -> {
                s.index(from).size(COPY_PAGE).query(q -> q.matchAll(m -> m))
                        .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
                return cursor == null ? s : s.searchAfter(cursor);
            }, Map.class));
            List<Hit<Map>> hits = page.hits().hits();
            if (hits.isEmpty()) {
                return;
            }
            List<BulkOperation> writes = hits.stream().map(hit -> BulkOperation.of(b -> b.index(i -> i.index(to)
                    .id(hit.id()).document(hit.source())))).toList();
            BulkResponse written = call(() -> client.bulk(b -> b.operations(writes)));
            if (written.errors()) {
                throw new IllegalStateException("copying " + from + " into " + to + " failed: " + written.items()
                        .stream().filter(item -> item.error() != null).findFirst().map(item -> item.error().reason())
                        .orElse("unknown"));
            }
            after = hits.get(hits.size() - 1).sort();
        }
    }

    /** One shard, no replica (one node), refreshed every second: the settings of a read model's index. */
    protected static IndexSettings oneShard() {
        return IndexSettings.of(s -> s.numberOfShards("1").numberOfReplicas("0").refreshInterval(t -> t.time("1s")));
    }

    /** Someone deleted the index under us: create it again on the next call instead of failing for ever. */
    protected void forgetIfMissing(String errorType) {
        if ("index_not_found_exception".equals(errorType)) {
            ready = false;
        }
    }

    @FunctionalInterface
    protected interface Call<T> {
        T run() throws IOException;
    }
}
