package com.opsledger.query.search;

import com.opsledger.query.admin.ReadModelStore;
import com.opsledger.query.admin.TableDifference;
import com.opsledger.query.search.StockSearchIndex.Document;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The search index as a read model built aside: a replay builds a new index behind the rebuild alias and the search
 * alias moves to it once the replay has caught up; a verification rebuilds into a scratch index.
 */
@Component
class StockSearchReadModel implements ReadModelStore {

    private final StockSearchIndex index;
    private final SearchIndexProperties names;

    StockSearchReadModel(StockSearchIndex index, SearchIndexProperties names) {
        this.index = index;
        this.names = names;
    }

    @Override
    public boolean owns(String projection) {
        return StockSearchElasticProjection.NAME.equals(projection);
    }

    @Override
    public void beginReplay(String projection, Runnable resetTokens) {
        resetTokens.run();
    }

    @Override
    public boolean replayingAside(String projection) {
        return index.isRebuilding();
    }

    @Override
    public void switchOver(String projection) {
        index.promoteRebuild();
    }

    @Override
    public Aside scratch(String projection) {
        String scratch = index.createScratch();
        return new Aside() {
            @Override
            public void run(Runnable work) {
                index.inScratch(scratch, work);
            }

            @Override
            public List<TableDifference> compare() {
                Map<String, Document> live = index.documents(names.stockAlias());
                Map<String, Document> rebuilt = index.documents(scratch);
                List<String> examples = new ArrayList<>();
                long onlyLive = differing(live, rebuilt, "live: ", examples);
                long onlyRebuilt = differing(rebuilt, live, "rebuilt: ", examples);
                return List.of(new TableDifference(names.stockAlias(), live.size(), rebuilt.size(), onlyLive,
                        onlyRebuilt, examples));
            }

            @Override
            public void close() {
                index.dropScratch(scratch);
            }
        };
    }

    private static long differing(Map<String, Document> these, Map<String, Document> others, String label,
                                  List<String> examples) {
        long count = 0;
        for (Map.Entry<String, Document> entry : these.entrySet()) {
            if (!Objects.equals(entry.getValue(), others.get(entry.getKey()))) {
                count++;
                // a few of each side, as the PostgreSQL comparison gives
                if (count <= 5) {
                    examples.add(label + entry.getValue());
                }
            }
        }
        return count;
    }
}
