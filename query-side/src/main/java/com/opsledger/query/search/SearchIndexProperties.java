package com.opsledger.query.search;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.regex.Pattern;

/**
 * Names of the stock search index. Everything reads and writes through the alias, so a new mapping can be built
 * in a new concrete index and the alias swapped, without touching callers. The prefix lets tests (and several
 * environments sharing one cluster) keep apart.
 */
@Component
public class SearchIndexProperties {

    private static final Pattern INDEX_PREFIX = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    private final String prefix;

    public SearchIndexProperties(@Value("${opsledger.elasticsearch.index-prefix:opsledger-}") String prefix) {
        if (!INDEX_PREFIX.matcher(prefix).matches()) {
            // Elasticsearch refuses upper case and most punctuation in index names: fail at start, not at first write
            throw new IllegalArgumentException("opsledger.elasticsearch.index-prefix '" + prefix
                    + "' must be lower-case letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        this.prefix = prefix;
    }

    public String stockAlias() {
        return prefix + "stock";
    }

    /** The alias of the index a replay is building, before it takes over {@link #stockAlias()}. */
    public String rebuildAlias() {
        return prefix + "stock-rebuild";
    }

    public String stockIndex() {
        return prefix + "stock-v2";
    }
}
