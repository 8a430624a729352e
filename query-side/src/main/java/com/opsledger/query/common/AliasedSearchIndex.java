package com.opsledger.query.common;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.util.ObjectBuilder;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A read model's Elasticsearch index of documents {@code D}, one per record, reached through its alias: created
 * lazily on first use (the application starts while Elasticsearch is down), taking over from an earlier version of
 * itself, and throwing on any Elasticsearch error so that the projection's processor retries.
 */
public abstract class AliasedSearchIndex<D> extends ElasticIndexCalls {

    private final ElasticsearchClient client;
    private final String alias;
    private final String index;
    private final Class<D> documentType;

    protected AliasedSearchIndex(ElasticsearchClient client, String alias, String index, Class<D> documentType) {
        this.client = client;
        this.alias = alias;
        this.index = index;
        this.documentType = documentType;
    }

    /** The mapping of this version of the index. */
    protected abstract TypeMapping mapping();

    /** What must hold of the index once it exists, before its first use (nothing unless said). */
    protected void prepare(ElasticsearchClient client, String alias) {
    }

    protected ElasticsearchClient client() {
        return client;
    }

    public String alias() {
        if (!ready) {
            create();
        }
        return alias;
    }

    public synchronized void recreate() {
        ready = false;
        dropBehindAlias(client, index, alias);
        create();
    }

    public void refresh() {
        String target = alias();
        call(() -> client.indices().refresh(r -> r.index(target)));
    }

    public Optional<D> get(String id) {
        String target = alias();
        var response = call(() -> client.get(g -> g.index(target).id(id).realtime(true), documentType));
        return response.found() ? Optional.ofNullable(response.source()) : Optional.empty();
    }

    /** Sets the given fields and leaves the others; creates the document if it does not exist. */
    public void merge(String id, Map<String, Object> fields) {
        String target = alias();
        call(() -> client.update(u -> u.index(target).id(id).doc(fields).docAsUpsert(true).requireAlias(true),
                documentType));
    }

    public SearchResponse<D> search(Function<SearchRequest.Builder, ObjectBuilder<SearchRequest>> request) {
        String target = alias();
        return call(() -> client.search(s -> request.apply(s.index(target)), documentType));
    }

    private synchronized void create() {
        if (ready) {
            return;
        }
        createOrUpgradeBehindAlias(client, index, alias, oneShard(), mapping());
        prepare(client, alias);
        ready = true;
    }
}
