package com.opsledger.infra.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.common.PageSpec;
import com.opsledger.kernel.common.PageView;
import com.opsledger.query.common.JdbcPages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Pages by cursor ({@code after}) on real PostgreSQL: a walk by cursor sees every row exactly once and in the list's
 * order, in both directions and with empty values in the sort column; rows written before the cursor meanwhile do not
 * shift the pages; a cursor of another sort, or one that is not a cursor, is a 400 naming {@code after}.
 */
class KeysetPagingIT extends ApplicationIT {

    private static final int ROWS = 1_000;
    private static final Map<String, String> SORTABLE = Map.of("group", "grp", "optional", "opt");

    private String table;

    @BeforeEach
    void rows() {
        table = "keyset_" + Long.toString(System.nanoTime(), 36);
        jdbc.execute("create table " + table + " (id bigint primary key, grp int not null, opt int)");
        // 50 rows share each group, so the id decides within it; every seventh row has no optional value
        jdbc.update("insert into " + table + " select n, n % 20, case when n % 7 = 0 then null else n % 13 end "
                + "from generate_series(1, ?) n", ROWS);
        jdbc.execute("create index on " + table + " (grp, id)");
    }

    @AfterEach
    void drop() {
        jdbc.execute("drop table " + table);
    }

    private PageView<Long> page(PageSpec spec) {
        return JdbcPages.page(jdbc, "select id", "from " + table + " where true", new ArrayList<>(), spec, SORTABLE,
                Set.of("opt"), "id", (rs, n) -> rs.getLong(1));
    }

    private List<Long> ordered(String orderBy) {
        return jdbc.queryForList("select id from " + table + " order by " + orderBy, Long.class);
    }

    /** Every page from the first by cursor; {@code between} runs after each page, with the rows seen so far. */
    private List<Long> walk(String sort, boolean descending, int size, Consumer<List<Long>> between) {
        List<Long> seen = new ArrayList<>();
        PageView<Long> page = page(new PageSpec(0, size, sort, descending));
        assertThat(page.page()).isZero();
        while (true) {
            seen.addAll(page.content());
            if (page.nextCursor() == null) {
                assertThat(page.content().size()).isLessThanOrEqualTo(size);
                return seen;
            }
            assertThat(page.content()).hasSize(size);
            between.accept(seen);
            page = page(new PageSpec(0, size, sort, descending, page.nextCursor()));
            assertThat(page.page()).as("a page by cursor has no number").isNull();
            assertThat(page.totalElements()).as("nor a count").isNull();
            assertThat(page.totalPages()).isNull();
            assertThat(page.totalElementsExact()).isFalse();
        }
    }

    @Test
    void aWalkByCursorSeesEveryRowOnceInOrder() {
        assertThat(walk("group", false, 37, seen -> { })).containsExactlyElementsOf(ordered("grp asc, id asc"));
        assertThat(walk("group", true, 37, seen -> { })).containsExactlyElementsOf(ordered("grp desc, id desc"));
    }

    @Test
    void emptyValuesComeLastAscendingAndFirstDescending() {
        List<Long> ascending = walk("optional", false, 23, seen -> { });
        assertThat(ascending).containsExactlyElementsOf(ordered("opt asc, id asc")).hasSize(ROWS);
        assertThat(ascending.get(ROWS - 1) % 7).as("the empty values last").isZero();
        List<Long> descending = walk("optional", true, 23, seen -> { });
        assertThat(descending).containsExactlyElementsOf(ordered("opt desc, id desc"));
        assertThat(descending.get(0) % 7).as("the empty values first").isZero();
        // a page boundary inside the empty values, both ways
        assertThat(walk("optional", false, 1, seen -> { })).containsExactlyElementsOf(ascending);
        assertThat(walk("optional", true, 1, seen -> { })).containsExactlyElementsOf(descending);
    }

    @Test
    void rowsWrittenBeforeTheCursorMeanwhileDoNotShiftThePages() {
        List<Long> before = ordered("grp asc, id asc");
        long[] next = {ROWS + 1};
        List<Long> walked = walk("group", false, 40, seen -> {
            // two rows that sort before everything seen: a page by number would now repeat the last two rows
            jdbc.update("insert into " + table + " values (?, -1, null), (?, -1, null)", next[0], next[0] + 1);
            next[0] += 2;
        });
        assertThat(walked).containsExactlyElementsOf(before).doesNotHaveDuplicates();
    }

    @Test
    void aPageByNumberGivesTheCursorOfItsLastRow() {
        PageView<Long> third = page(new PageSpec(2, 10, "group", true));
        PageView<Long> fourth = page(new PageSpec(3, 10, "group", true));
        PageView<Long> afterThird = page(new PageSpec(0, 10, "group", true, third.nextCursor()));
        assertThat(afterThird.content()).containsExactlyElementsOf(fourth.content());
        assertThat(third.totalElements()).isEqualTo(ROWS);

        PageView<Long> last = page(new PageSpec(ROWS / 10 - 1, 10, "group", true));
        assertThat(last.content()).hasSize(10);
        assertThat(last.nextCursor()).as("the last page, full").isNull();
    }

    @Test
    void aCursorBelongsToItsSort() {
        String cursor = page(new PageSpec(0, 10, "group", false)).nextCursor();
        assertThatThrownBy(() -> page(new PageSpec(0, 10, "group", true, cursor)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("after"));
        assertThatThrownBy(() -> page(new PageSpec(0, 10, "optional", false, cursor)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("after"));
    }

    @Test
    void customersByCursorOverHttp() {
        Api api = api();
        String prefix = unique("kp").toLowerCase();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            names.add(String.format("%s %02d", prefix, i * 2));
            OrderFlows.customer(api, names.get(i), prefix + i + "@example.com", "standard");
        }
        String list = "/api/v1/customers?size=5&q=" + prefix;
        JsonNode first = ok(api.get(list));
        assertThat(names(first)).containsExactlyElementsOf(names.subList(0, 5));
        assertThat(first.path("page").asInt()).isZero();
        assertThat(first.path("totalElements").asLong()).isEqualTo(12);
        // a customer before the cursor, added meanwhile, neither shows nor shifts the next pages
        OrderFlows.customer(api, prefix + " 01", prefix + "-early@example.com", "standard");
        JsonNode second = ok(api.get(list + "&after=" + first.path("nextCursor").asText()));
        assertThat(names(second)).containsExactlyElementsOf(names.subList(5, 10));
        assertThat(second.has("page")).isTrue();
        assertThat(second.path("page").isNull()).isTrue();
        assertThat(second.path("totalElements").isNull()).isTrue();
        JsonNode third = ok(api.get(list + "&after=" + second.path("nextCursor").asText()));
        assertThat(names(third)).containsExactlyElementsOf(names.subList(10, 12));
        assertThat(third.has("nextCursor")).isTrue();
        assertThat(third.path("nextCursor").isNull()).as("the last page").isTrue();

        // newest first: the same rows as one page by number, walked by cursor
        String newest = "/api/v1/customers?size=4&sort=createdAt,desc&q=" + prefix;
        List<String> byCursor = new ArrayList<>();
        JsonNode page = ok(api.get(newest));
        byCursor.addAll(names(page));
        while (!page.path("nextCursor").isNull()) {
            page = ok(api.get(newest + "&after=" + page.path("nextCursor").asText()));
            byCursor.addAll(names(page));
        }
        assertThat(byCursor).hasSize(13).first().isEqualTo(prefix + " 01");
        assertThat(byCursor).containsExactlyElementsOf(names(ok(api.get(newest.replace("size=4", "size=50")))));

        // a cursor of the name order with the createdAt order, or one that is not a cursor at all
        assertRefusesAfter(api.get(newest + "&after=" + first.path("nextCursor").asText()));
        assertRefusesAfter(api.get(list + "&after=not-a-cursor"));
        String altered = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"sort\":\"createdAt,desc\",\"value\":\"not a time\",\"id\":\"x\"}".getBytes(StandardCharsets.UTF_8));
        assertRefusesAfter(api.get(newest + "&after=" + altered));
        Api.Response numbered = api.get(list + "&page=2&after=" + first.path("nextCursor").asText());
        assertThat(numbered.status()).isEqualTo(400);
        assertThat(numbered.body().path("errors").get(0).path("field").asText()).isEqualTo("page");
    }

    @Test
    void everyLargeListPagesByCursor() {
        Api api = api();
        for (String list : List.of("/api/v1/stock-items", "/api/v1/customers", "/api/v1/orders",
                "/api/v1/backorders", "/api/v1/notifications", "/api/v1/stock-items?sort=warehouseCode,desc",
                "/api/v1/backorders?sort=eta,asc")) {
            String sized = list + (list.contains("?") ? "&" : "?") + "size=1";
            JsonNode first = ok(api.get(sized));
            assertThat(first.has("nextCursor")).as(list).isTrue();
            if (!first.path("nextCursor").isNull()) {
                JsonNode second = ok(api.get(sized + "&after=" + first.path("nextCursor").asText()));
                assertThat(second.path("content").get(0).path("id").asText()).as(list)
                        .isNotEqualTo(first.path("content").get(0).path("id").asText());
            }
            assertRefusesAfter(api.get(sized + "&after=AAAA"));
        }
    }

    private static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        return response.body();
    }

    private static List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.path("content").forEach(customer -> names.add(customer.path("name").asText()));
        return names;
    }

    private static void assertRefusesAfter(Api.Response response) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.body().path("errors").get(0).path("field").asText()).isEqualTo("after");
    }
}
