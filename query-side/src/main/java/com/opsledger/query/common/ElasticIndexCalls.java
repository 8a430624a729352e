package com.opsledger.query.common;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.elasticsearch.indices.IndexSettings;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * What every Elasticsearch index of the read models does with a call: an I/O failure becomes unchecked (the
 * projection's processor retries the batch), and an index deleted under us is created again on the next call instead
 * of failing for ever.
 */
public abstract class ElasticIndexCalls {

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
