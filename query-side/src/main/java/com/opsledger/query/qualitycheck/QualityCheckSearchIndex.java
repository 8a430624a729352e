package com.opsledger.query.qualitycheck;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.util.ObjectBuilder;
import com.opsledger.kernel.qualitycheck.QualityCheckTerms;
import com.opsledger.query.common.ElasticIndexCalls;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.function.Function;

/**
 * The {@code quality-checks} Elasticsearch index behind its alias, for quality reports. Created lazily on first use;
 * every call throws on any Elasticsearch error, which makes the projection's processor retry.
 */
@Component
class QualityCheckSearchIndex extends ElasticIndexCalls {

    private final ElasticsearchClient client;
    private final String alias;
    private final String index;

    QualityCheckSearchIndex(ElasticsearchClient client,
                            @Value("${opsledger.elasticsearch.index-prefix:opsledger-}") String prefix) {
        this.client = client;
        this.alias = prefix + "quality-checks";
        this.index = prefix + "quality-checks-v1";
    }

    /** Sets {@code fields} on the document, creating it when missing: writing the same values twice changes nothing. */
    void merge(String id, Map<String, Object> fields) {
        String target = alias();
        call(() -> client.update(u -> u.index(target).id(id).doc(fields).docAsUpsert(true).requireAlias(true),
                Map.class));
    }

    SearchResponse<Void> search(Function<SearchRequest.Builder, ObjectBuilder<SearchRequest>> request) {
        String target = alias();
        return call(() -> client.search(s -> request.apply(s.index(target)), Void.class));
    }

    synchronized void recreate() {
        ready = false;
        call(() -> client.indices().delete(d -> d.index(index).ignoreUnavailable(true)));
        alias();
    }

    private synchronized String alias() {
        if (!ready) {
            createBehindAlias(client, index, alias, oneShard(), mapping());
            ready = true;
        }
        return alias;
    }

    private static TypeMapping mapping() {
        Property keyword = Property.of(p -> p.keyword(k -> k));
        Property date = Property.of(p -> p.date(d -> d));
        Property score = Property.of(p -> p.integer(i -> i));
        return TypeMapping.of(m -> {
            m.dynamic(DynamicMapping.Strict)
                    .properties("id", keyword)
                    .properties("number", keyword)
                    .properties("checkType", keyword)
                    .properties("status", keyword)
                    .properties("productId", keyword)
                    .properties("warehouseId", keyword)
                    .properties("supplierId", keyword)
                    .properties("decision", keyword)
                    .properties("disposition", keyword)
                    .properties("grade", keyword)
                    .properties("overallScore", p -> p.double_(d -> d))
                    .properties("openedAt", date)
                    .properties("decidedAt", date)
                    .properties("version", p -> p.long_(l -> l));
            for (String criterion : QualityCheckTerms.CRITERIA) {
                m.properties("score_" + criterion, score);
            }
            return m;
        });
    }
}
