package com.opsledger.query.admin;

import com.opsledger.query.common.ReadModelTables;
import org.axonframework.config.ProcessingGroup;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * PostgreSQL read models built aside in a schema of their own: the projection's tables are copied empty into it
 * ({@code like ... including all}) and the projection's transactions put that schema first on their
 * {@code search_path}, so its unqualified SQL writes and reads the copy while the portals keep reading the served
 * tables. A replay's schema ({@code replay_<projection>}) survives a restart: its existence is what says a replay is
 * building aside.
 */
@Component
class PostgresReadModels implements ReadModelStore, SmartInitializingSingleton {

    private static final Pattern SAFE = Pattern.compile("[a-z0-9_]+");

    private final ApplicationContext context;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Map<String, List<String>> tables = new LinkedHashMap<>();
    /** projection -> the schema its processor writes to while a replay builds aside */
    private final Map<String, String> replaying = new ConcurrentHashMap<>();
    private String home;

    PostgresReadModels(ApplicationContext context, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.context = context;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
    }

    @Override
    public void afterSingletonsInstantiated() {
        home = jdbc.queryForObject("select current_schema()", String.class);
        for (Object bean : context.getBeansWithAnnotation(ReadModelTables.class).values()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            ProcessingGroup group = AnnotatedElementUtils.findMergedAnnotation(type, ProcessingGroup.class);
            ReadModelTables owned = AnnotatedElementUtils.findMergedAnnotation(type, ReadModelTables.class);
            if (group != null && owned != null) {
                tables.computeIfAbsent(group.value(), g -> new ArrayList<>()).addAll(List.of(owned.value()));
            }
        }
        refresh();
    }

    /** A replay schema's existence is what says a replay builds aside, whichever process started it. */
    @Override
    public void refresh() {
        List<String> schemas = jdbc.queryForList("select nspname from pg_namespace where nspname like 'replay\\_%'",
                String.class);
        for (String projection : tables.keySet()) {
            String schema = schema("replay_", projection);
            if (schemas.contains(schema)) {
                replaying.put(projection, schema);
            } else {
                replaying.remove(projection);
            }
        }
    }

    @Override
    public void useCopy(String projection) {
        String schema = replaying.get(projection);
        if (schema != null) {
            searchPath(schema);
        }
    }

    @Override
    public boolean owns(String projection) {
        return tables.containsKey(projection);
    }

    @Override
    public void beginReplay(String projection, Runnable resetTokens) {
        String schema = schema("replay_", projection);
        copy(schema, tables.get(projection));
        replaying.put(projection, schema);
        try {
            tx.executeWithoutResult(status -> {
                searchPath(schema);
                resetTokens.run();
            });
        } catch (RuntimeException e) {
            replaying.remove(projection);
            drop(schema);
            throw e;
        }
    }

    @Override
    public boolean replayingAside(String projection) {
        return replaying.containsKey(projection);
    }

    @Override
    public void switchOver(String projection) {
        String schema = replaying.get(projection);
        if (schema == null) {
            return;
        }
        tx.executeWithoutResult(status -> {
            for (String table : tables.get(projection)) {
                jdbc.execute("drop table " + home + "." + table);
                jdbc.execute("alter table " + schema + "." + table + " set schema " + home);
            }
            jdbc.execute("drop schema " + schema + " cascade");
        });
        replaying.remove(projection);
    }

    @Override
    public Aside scratch(String projection) {
        String schema = schema("verify_", projection);
        List<String> owned = tables.get(projection);
        copy(schema, owned);
        return new Aside() {
            @Override
            public void run(Runnable work) {
                tx.executeWithoutResult(status -> {
                    searchPath(schema);
                    work.run();
                });
            }

            @Override
            public List<TableDifference> compare() {
                List<TableDifference> differences = new ArrayList<>();
                for (String table : owned) {
                    differences.add(compareTable(home + "." + table, schema + "." + table, table));
                }
                return differences;
            }

            @Override
            public void close() {
                drop(schema);
            }
        };
    }

    private TableDifference compareTable(String live, String rebuilt, String name) {
        long liveRows = count("select count(*) from " + live);
        long rebuiltRows = count("select count(*) from " + rebuilt);
        String onlyLive = "select * from " + live + " except all select * from " + rebuilt;
        String onlyRebuilt = "select * from " + rebuilt + " except all select * from " + live;
        List<String> examples = new ArrayList<>();
        examples.addAll(jdbc.queryForList("select 'live: ' || to_jsonb(x)::text from (" + onlyLive + ") x limit 5",
                String.class));
        examples.addAll(jdbc.queryForList("select 'rebuilt: ' || to_jsonb(x)::text from (" + onlyRebuilt
                + ") x limit 5", String.class));
        return new TableDifference(name, liveRows, rebuiltRows, count("select count(*) from (" + onlyLive + ") x"),
                count("select count(*) from (" + onlyRebuilt + ") x"), examples);
    }

    private long count(String sql) {
        Long count = jdbc.queryForObject(sql, Long.class);
        return count == null ? 0 : count;
    }

    private void copy(String schema, List<String> owned) {
        tx.executeWithoutResult(status -> {
            jdbc.execute("drop schema if exists " + schema + " cascade");
            jdbc.execute("create schema " + schema);
            for (String table : owned) {
                jdbc.execute("create table " + schema + "." + safe(table) + " (like " + home + "." + table
                        + " including all)");
            }
        });
    }

    private void drop(String schema) {
        tx.executeWithoutResult(status -> jdbc.execute("drop schema if exists " + schema + " cascade"));
    }

    private void searchPath(String schema) {
        jdbc.execute("set local search_path to " + schema + ", " + home);
    }

    private static String schema(String kind, String projection) {
        return safe(kind + projection.replace('-', '_'));
    }

    private static String safe(String name) {
        if (!SAFE.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain lower-case SQL name: " + name);
        }
        return name;
    }
}
