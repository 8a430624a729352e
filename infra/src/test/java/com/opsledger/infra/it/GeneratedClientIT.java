package com.opsledger.infra.it;

import com.opsledger.client.ApiClient;
import com.opsledger.client.ApiException;
import com.opsledger.client.api.AuthenticationApi;
import com.opsledger.client.api.ProductsApi;
import com.opsledger.client.api.StockItemsApi;
import com.opsledger.client.api.WarehousesApi;
import com.opsledger.client.model.CreateProductRequest;
import com.opsledger.client.model.CreateWarehouseRequest;
import com.opsledger.client.model.IdResponse;
import com.opsledger.client.model.LoginRequest;
import com.opsledger.client.model.OpenStockItemRequest;
import com.opsledger.client.model.StockItemReceiptRequest;
import com.opsledger.client.model.StockItemView;
import com.opsledger.client.model.TokenResponse;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A portal developer's first story, through the Java client generated from the API document in the build
 * (openapi-generator, library {@code native}) and nothing else: sign in, create a warehouse and a product, open
 * their stock item, receive stock into a batch and read the stock item back.
 */
class GeneratedClientIT extends ApplicationIT {

    @Test
    void canReceiveStockAndReadItBackThroughTheGeneratedClient() throws Exception {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://127.0.0.1:" + port);
        client.setReadTimeout(Duration.ofSeconds(60));

        TokenResponse tokens = new AuthenticationApi(client).signIn(new LoginRequest().username(Api.ADMIN)
                .password(Api.adminPassword()));
        assertThat(tokens.getTokenType()).isEqualTo("Bearer");
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + tokens.getAccessToken()));

        String code = unique("GC");
        IdResponse warehouse = new WarehousesApi(client).createWarehouse(new CreateWarehouseRequest().code(code)
                .name("Generated client warehouse"));
        IdResponse product = new ProductsApi(client).createProduct(new CreateProductRequest().sku(code)
                .name("Rye flour").unit("kg").reorderPoint(new BigDecimal("5")).leadTimeDays(3));
        StockItemsApi stock = new StockItemsApi(client);
        IdResponse item = stock.openStockItem(new OpenStockItemRequest().productId(product.getId())
                .warehouseId(warehouse.getId()));

        LocalDate expiry = LocalDate.of(2031, 3, 31);
        stock.receiveStock(item.getId(), new StockItemReceiptRequest().quantity(new BigDecimal("12.5"))
                .batch("LOT-GC-1").expiryDate(expiry), null);

        StockItemView view = until(() -> stock.getStockItem(item.getId()),
                read -> read.getOnHand().compareTo(new BigDecimal("12.5")) == 0);
        assertThat(view.getId()).isEqualTo(item.getId());
        assertThat(view.getProductId()).isEqualTo(product.getId());
        assertThat(view.getWarehouseId()).isEqualTo(warehouse.getId());
        assertThat(view.getSku()).isEqualTo(code);
        assertThat(view.getWarehouseCode()).isEqualTo(code);
        assertThat(view.getUnit()).isEqualTo("kg");
        assertThat(view.getAvailable()).isEqualByComparingTo("12.5");
        assertThat(view.getBatches()).singleElement().satisfies(batch -> {
            assertThat(batch.getBatch()).isEqualTo("LOT-GC-1");
            assertThat(batch.getExpiryDate()).isEqualTo(expiry);
        });

        ApiException refused = null;
        try {
            stock.receiveStock(item.getId(), new StockItemReceiptRequest().quantity(new BigDecimal("2000000000")),
                    null);
        } catch (ApiException e) {
            refused = e;
        }
        assertThat(refused).as("the client reports a refusal as an ApiException").isNotNull();
        assertThat(refused.getCode()).as("a quantity beyond the bounds the document states").isEqualTo(400);
        assertThat(refused.getResponseBody()).contains("quantity");
    }

    /** The read model follows the command within the consistency timeout; on a busy machine, ask a few times. */
    private static <T> T until(Callable<T> read, Predicate<T> condition) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        T last = read.call();
        while (!condition.test(last) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            last = read.call();
        }
        return last;
    }
}
