package com.opsledger.query.catalog;

import com.opsledger.kernel.catalog.FindProductQuery;
import com.opsledger.kernel.catalog.ListProductsQuery;
import com.opsledger.kernel.catalog.ProductView;
import com.opsledger.kernel.common.PageView;
import com.opsledger.query.common.Pages;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Locale;
import java.util.Map;

@Component
class ProductQueryHandler {

    static final Map<String, String> SORTABLE = Map.of("sku", "skuUpper", "name", "nameLower",
            "createdAt", "createdAt", "updatedAt", "updatedAt", "leadTimeDays", "leadTimeDays");

    private final ProductRowRepository rows;

    ProductQueryHandler(ProductRowRepository rows) {
        this.rows = rows;
    }

    @QueryHandler
    @Transactional(readOnly = true)
    ProductView handle(FindProductQuery query) {
        return rows.findById(query.productId()).map(ProductRow::toView).orElse(null);
    }

    @QueryHandler
    @Transactional(readOnly = true)
    PageView<ProductView> handle(ListProductsQuery query) {
        Pageable pageable = Pages.pageable(query.page(), SORTABLE, "id");
        Page<ProductRow> page;
        if (query.category() != null) {
            page = rows.findAll(inCategory(query.category()).and(startingWith(query.text())), pageable);
        } else {
            page = query.text() == null
                    ? rows.findAll(pageable)
                    : rows.findBySkuUpperStartingWithOrNameLowerStartingWith(query.text().toUpperCase(Locale.ROOT),
                    query.text().toLowerCase(Locale.ROOT), pageable);
        }
        return Pages.view(page, ProductRow::toView);
    }

    /** Categories are free text: the filter ignores case (served by the index on lower(category)). */
    private static Specification<ProductRow> inCategory(String category) {
        return (row, q, cb) -> cb.equal(cb.lower(row.get("category")), category.toLowerCase(Locale.ROOT));
    }

    private static Specification<ProductRow> startingWith(String text) {
        if (text == null) {
            return (row, q, cb) -> cb.conjunction();
        }
        return (row, q, cb) -> cb.or(cb.like(row.get("skuUpper"), like(text.toUpperCase(Locale.ROOT)), '\\'),
                cb.like(row.get("nameLower"), like(text.toLowerCase(Locale.ROOT)), '\\'));
    }

    private static String like(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
